package com.precog.domain.exit;

/**
 * Condition 10, LOW: the position is in profit ({@code pnl_pct > 0}), a candidate's edge exceeds
 * this position's recomputed current edge by at least {@code minImprovementMicros} (default
 * 0.03), and the risk limits block the candidate. Improvement within (0, 1_000_000).
 * Sells everything.
 */
public final class Rebalance implements ExitCondition {
    private final long minImprovementMicros;

    /**
     * A rebalance condition.
     *
     * @param minImprovementMicros how much larger (micro-dollars per contract) the candidate's edge must be, {@code 1 .. 999_999}
     * @throws IllegalArgumentException if out of range
     */
    public Rebalance(long minImprovementMicros) {
        if (minImprovementMicros <= 0 || minImprovementMicros >= 1_000_000) {
            throw new IllegalArgumentException("rebalance minImprovementMicros must be within (0, 1_000_000), was " + minImprovementMicros);
        }
        this.minImprovementMicros = minImprovementMicros;
    }

    /** {@return the SPEC default: a candidate better by at least $0.03 per contract} */
    public static Rebalance defaults() {
        return new Rebalance(30_000);
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.REBALANCE;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.candidateBlockedByLimits() && ctx.candidateEdgeMicros() != Long.MIN_VALUE && ctx.edgeKnown()
                && ctx.hasMark() && !ctx.pnlAtMost(0)
                && ctx.candidateEdgeMicros() - ctx.currentEdgeMicros() >= minImprovementMicros;
    }
}
