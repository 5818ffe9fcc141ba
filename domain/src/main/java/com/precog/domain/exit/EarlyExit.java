package com.precog.domain.exit;

/**
 * Condition 8, LOW: the recomputed current edge ({@link CurrentEdge}) is below
 * {@code thresholdMicros} (default 0.02). Threshold within [0, 1_000_000). Sells everything.
 */
public final class EarlyExit implements ExitCondition {
    private final long thresholdMicros;

    /**
     * An early exit with the given threshold.
     *
     * @param thresholdMicros the current edge (micro-dollars per contract) below which to exit, {@code 0 .. 999_999}
     * @throws IllegalArgumentException if the threshold lies outside [0, 1 000 000)
     */
    public EarlyExit(long thresholdMicros) {
        if (thresholdMicros < 0 || thresholdMicros >= 1_000_000) {
            throw new IllegalArgumentException("early_exit thresholdMicros must be within [0, 1_000_000), was " + thresholdMicros);
        }
        this.thresholdMicros = thresholdMicros;
    }

    /** {@return the SPEC default: exit when the current edge is below $0.02} */
    public static EarlyExit defaults() {
        return new EarlyExit(20_000);
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.EARLY_EXIT;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.edgeKnown() && ctx.currentEdgeMicros() < thresholdMicros;
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        return ctx.edgeKnown() && ctx.currentEdgeMicros() < thresholdMicros + margin;
    }
}
