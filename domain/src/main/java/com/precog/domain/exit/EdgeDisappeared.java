package com.precog.domain.exit;

/** Condition 9, LOW: the recomputed current edge ({@link CurrentEdge}) is negative. Sells everything. */
public final class EdgeDisappeared implements ExitCondition {
    /** The condition; it has no parameters. */
    public EdgeDisappeared() {
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.EDGE_DISAPPEARED;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.edgeKnown() && ctx.currentEdgeMicros() < 0;
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        return ctx.edgeKnown() && ctx.currentEdgeMicros() < margin;
    }
}
