package com.precog.domain.exit;

/**
 * One of the ten exit conditions (SPEC §7): a pure predicate over an {@link ExitContext}
 * plus the quantity it would sell, in contract hundredths. Implementations are small
 * immutable classes with validated parameters; evaluation allocates nothing.
 */
public interface ExitCondition {
    ExitConditionKind kind();

    default ExitPriority priority() {
        return kind().priority();
    }

    /** Whether the condition fires now. */
    boolean triggered(ExitContext ctx);

    /** Contracts (hundredths) to sell when triggered; by default the whole current quantity. */
    default long quantityHundredths(ExitContext ctx) {
        return ctx.currentHundredths();
    }

    /**
     * Whether the position is within {@code margin} (ppm of pnl_pct, or micro-dollars for price
     * and edge thresholds — 0.02 either way is 20_000) of this condition's threshold without
     * having crossed it: the monitor then re-checks on the urgent cadence.
     */
    default boolean near(ExitContext ctx, long margin) {
        return false;
    }
}
