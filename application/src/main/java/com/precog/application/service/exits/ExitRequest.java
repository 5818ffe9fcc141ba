package com.precog.application.service.exits;

import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.money.Contracts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request to sell {@code quantity} of a position because {@code condition} fired, worked at
 * {@code priority}'s urgency plan. {@code partialStages} is the partial-exit stage mask this
 * exit executes. Immutable.
 */
public record ExitRequest(String positionId, ExitConditionKind condition, ExitPriority priority, Contracts quantity,
                          int partialStages, List<ExitConditionKind> conflicting, Instant at) {
    public ExitRequest {
        if (positionId == null || positionId.isBlank()) throw new IllegalArgumentException("positionId must not be blank");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(quantity, "quantity");
        if (!quantity.isPositive()) throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        if (partialStages < 0) throw new IllegalArgumentException("partialStages must not be negative, was " + partialStages);
        conflicting = List.copyOf(conflicting);
        Objects.requireNonNull(at, "at");
    }

    /** The request for a resolver's exit decision. */
    public static ExitRequest of(String positionId, ExitDecision.Exit decision, Instant at) {
        return new ExitRequest(positionId, decision.condition(), decision.priority(), decision.quantity(), decision.partialStages(),
                decision.conflicting(), at);
    }

    /** An operator's close of the whole position ({@code precog positions close}), at HIGH urgency unless told otherwise. */
    public static ExitRequest manual(String positionId, Contracts quantity, ExitPriority priority, Instant at) {
        return new ExitRequest(positionId, ExitConditionKind.MANUAL, priority, quantity, 0, List.of(), at);
    }
}
