package com.precog.domain.exit;

import com.precog.domain.money.Contracts;
import java.util.List;
import java.util.Objects;

/**
 * The resolver's verdict for one position in one cycle: hold, or exit with the winning condition.
 * Switch over the two records; both are immutable and thread-safe.
 */
public sealed interface ExitDecision permits ExitDecision.Hold, ExitDecision.Exit {

    /** Nothing fired (or what fired has nothing to sell). */
    record Hold() implements ExitDecision {
        /** The one instance the resolver returns (any {@code Hold} equals it). */
        public static final Hold INSTANCE = new Hold();
    }

    /**
     * Sell {@code quantity} because {@code condition} won; {@code conflicting} are the other
     * conditions that fired in the same cycle (table order), stored as {@code conflicting_triggers}.
     * {@code partialStages} is the bit mask of partial-exit stages this exit executes (0 unless
     * the winner is {@link ExitConditionKind#PARTIAL_EXIT_TARGET}).
     *
     * @param condition the winning condition
     * @param quantity the contracts to sell, positive, at most the held quantity
     * @param partialStages bit mask of partial-exit stages executed by this exit, {@code >= 0}
     * @param conflicting the other conditions that fired, in table order (copied, immutable)
     */
    record Exit(ExitConditionKind condition, Contracts quantity, int partialStages, List<ExitConditionKind> conflicting)
            implements ExitDecision {
        /**
         * Validates the exit.
         *
         * @throws IllegalArgumentException if the quantity is not positive, the stage mask is negative
         *         or the winner is among the conflicting conditions
         * @throws NullPointerException if a component is null
         */
        public Exit {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(quantity, "quantity");
            if (!quantity.isPositive()) throw new IllegalArgumentException("exit quantity must be positive, was " + quantity);
            if (partialStages < 0) throw new IllegalArgumentException("partialStages must not be negative, was " + partialStages);
            conflicting = List.copyOf(conflicting);
            if (conflicting.contains(condition)) throw new IllegalArgumentException("the winner " + condition + " cannot conflict with itself");
        }

        /** {@return the winning condition's priority} */
        public ExitPriority priority() {
            return condition.priority();
        }
    }
}
