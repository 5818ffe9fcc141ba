package com.precog.domain.execution;

import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One order sent to exit (part of) a position: an {@code exit_attempts} row (SPEC §9).
 * {@code attemptNumber} counts from 1 within one exit; {@code filled ≤ quantity}; the fill price
 * is the average price of what filled (empty when nothing did). Append-only; immutable.
 */
public record ExitAttempt(String positionId, String marketTicker, ExitConditionKind condition, ExitPriority priority,
                          ExitOrderType orderType, ClientOrderId clientOrderId, Price limitPrice, Optional<Price> fillPrice,
                          Contracts quantity, Contracts filled, int attemptNumber, Duration timeout,
                          AttemptOutcome outcome, String reason, Instant at) {
    public ExitAttempt {
        if (positionId == null || positionId.isBlank()) throw new IllegalArgumentException("positionId must not be blank");
        if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(limitPrice, "limitPrice");
        Objects.requireNonNull(fillPrice, "fillPrice");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(filled, "filled");
        if (filled.compareTo(quantity) > 0) throw new IllegalArgumentException("filled " + filled + " exceeds quantity " + quantity);
        if (filled.isPositive() != fillPrice.isPresent()) throw new IllegalArgumentException("fillPrice must be present exactly when something filled");
        if (attemptNumber < 1) throw new IllegalArgumentException("attemptNumber must be at least 1, was " + attemptNumber);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(at, "at");
    }
}
