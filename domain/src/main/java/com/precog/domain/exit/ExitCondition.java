package com.precog.domain.exit;

/**
 * One of the ten exit conditions (SPEC §7): a pure predicate over an {@link ExitContext}
 * plus the quantity it would sell, in contract hundredths. Implementations are small
 * immutable classes with validated parameters; evaluation allocates nothing. Implementations
 * must be thread-safe (the built-in ones are immutable); the context is per thread.
 */
public interface ExitCondition {
    /** {@return which of the ten conditions this is} */
    ExitConditionKind kind();

    /** {@return the urgency of this condition: by default its kind's priority} */
    default ExitPriority priority() {
        return kind().priority();
    }

    /**
     * Whether the condition fires now.
     *
     * @param ctx the loaded context of one position
     * @return {@code true} when the condition's threshold is crossed
     */
    boolean triggered(ExitContext ctx);

    /**
     * Contracts to sell when triggered.
     *
     * @param ctx the loaded context of one position
     * @return hundredths of a contract; by default the whole current quantity
     */
    default long quantityHundredths(ExitContext ctx) {
        return ctx.currentHundredths();
    }

    /**
     * Whether the position is within {@code margin} (ppm of pnl_pct, or micro-dollars for price
     * and edge thresholds — 0.02 either way is 20_000) of this condition's threshold without
     * having crossed it: the monitor then re-checks on the urgent cadence.
     *
     * @param ctx the loaded context of one position
     * @param margin the closeness margin, in the threshold's own unit
     * @return {@code true} when near; by default never
     */
    default boolean near(ExitContext ctx, long margin) {
        return false;
    }
}
