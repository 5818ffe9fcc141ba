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
 * {@code remainingAfter} is what the position still holds. Append-only; immutable and thread-safe.
 *
 * @param exitId the exit's id, not blank
 * @param positionId the position's id, not blank
 * @param marketTicker the market's ticker, not blank
 * @param condition the condition that caused the exit
 * @param priority the priority it was executed with
 * @param quantity the contracts sold, positive
 * @param averagePrice the average sale price
 * @param fees the exit fees paid, non-negative
 * @param realizedPnl the realized P&amp;L of this exit after all fees, may be negative
 * @param remainingAfter the contracts still held afterwards
 * @param conflictingTriggers the other conditions that fired in the same cycle (copied)
 * @param environment where the exit happened
 * @param at when the exit completed
 */
public record PositionExit(String exitId, String positionId, String marketTicker, ExitConditionKind condition,
                           ExitPriority priority, Contracts quantity, Price averagePrice, Dollars fees,
                           Dollars realizedPnl, Contracts remainingAfter, List<ExitConditionKind> conflictingTriggers,
                           ExecutionEnvironment environment, Instant at) {
    /**
     * Validates the exit.
     *
     * @throws IllegalArgumentException if an id or the ticker is blank, the quantity is not positive or the fees are negative
     * @throws NullPointerException if another component is null
     */
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
