package com.precog.domain.exit;

/**
 * Condition 9, LOW: the recomputed current edge ({@link CurrentEdge}) is below
 * {@code thresholdMicros} (SPEC default 0: the edge turned negative). Threshold within
 * (−1_000_000, 1_000_000) micro-dollars per contract. Sells everything.
 */
public final class EdgeDisappeared implements ExitCondition {
    private final long thresholdMicros;

    /** The SPEC condition: exit when the current edge is negative (threshold 0). */
    public EdgeDisappeared() {
        this(0);
    }

    /**
     * An edge-disappeared condition with the given threshold.
     *
     * @param thresholdMicros the current edge (micro-dollars per contract) below which to exit, {@code −999_999 .. 999_999}
     * @throws IllegalArgumentException if the threshold lies outside (−1 000 000, 1 000 000)
     */
    public EdgeDisappeared(long thresholdMicros) {
        if (thresholdMicros <= -1_000_000 || thresholdMicros >= 1_000_000) {
            throw new IllegalArgumentException("edge_disappeared thresholdMicros must be within (-1_000_000, 1_000_000), was " + thresholdMicros);
        }
        this.thresholdMicros = thresholdMicros;
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.EDGE_DISAPPEARED;
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
