package com.precog.domain.exit;

import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One completed (possibly partial) exit of a position: a {@code position_exits} row (SPEC §9).
 * {@code quantity} contracts sold at {@code averagePrice} paying {@code fees};
 * {@code realizedPnl = quantity × averagePrice − fees − quantity × all-in entry cost}.
 * {@code remainingAfter} is what the position still holds. Append-only; immutable.
 */
public record PositionExit(String exitId, String positionId, String marketTicker, ExitConditionKind condition,
                           ExitPriority priority, Contracts quantity, Price averagePrice, Dollars fees,
                           Dollars realizedPnl, Contracts remainingAfter, List<ExitConditionKind> conflictingTriggers,
                           ExecutionEnvironment environment, Instant at) {
    public PositionExit {
        if (exitId == null || exitId.isBlank()) throw new IllegalArgumentException("exitId must not be blank");
        if (positionId == null || positionId.isBlank()) throw new IllegalArgumentException("positionId must not be blank");
        if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(quantity, "quantity");
        if (!quantity.isPositive()) throw new IllegalArgumentException("exit quantity must be positive, was " + quantity);
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(fees, "fees");
        if (fees.isNegative()) throw new IllegalArgumentException("fees must not be negative, was " + fees);
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(remainingAfter, "remainingAfter");
        conflictingTriggers = List.copyOf(conflictingTriggers);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(at, "at");
    }
}
