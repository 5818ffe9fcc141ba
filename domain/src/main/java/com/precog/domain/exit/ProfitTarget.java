package com.precog.domain.exit;

import com.precog.domain.position.ConfidenceLevel;

/**
 * Condition 6, MEDIUM: {@code pnl_pct ≥ target} by entry confidence (defaults 0.25 high, 0.20
 * medium, 0.15 low); sells the whole remainder. <b>Decision</b>: while a partial-exit stage is
 * due ({@link PartialExitTarget#dueStages}) the profit target waits, so staged exits run first
 * and the target then applies to the remainder (SPEC §7 "the remainder if partial exits ran");
 * the two never fire together. Targets in ppm, positive.
 */
public final class ProfitTarget implements ExitCondition {
    private final long highPpm;
    private final long mediumPpm;
    private final long lowPpm;
    private final PartialExitTarget partial;

    /**
     * A profit target by entry confidence.
     *
     * @param highPpm target {@code pnl_pct} for HIGH confidence in millionths, {@code 1 .. 100_000_000}
     * @param mediumPpm target for MEDIUM confidence, same range
     * @param lowPpm target for LOW confidence, same range
     * @param partial the staged exit that takes precedence, or {@code null} when partial exits are disabled
     * @throws IllegalArgumentException if a target is out of range
     */
    public ProfitTarget(long highPpm, long mediumPpm, long lowPpm, PartialExitTarget partial) {
        this.highPpm = check(highPpm, "profit target highPpm");
        this.mediumPpm = check(mediumPpm, "profit target mediumPpm");
        this.lowPpm = check(lowPpm, "profit target lowPpm");
        this.partial = partial;
    }

    /**
     * The SPEC defaults: +25% high, +20% medium, +15% low confidence.
     *
     * @param partial the staged exit that takes precedence, or {@code null}
     * @return the condition
     */
    public static ProfitTarget defaults(PartialExitTarget partial) {
        return new ProfitTarget(250_000, 200_000, 150_000, partial);
    }

    private static long check(long v, String name) {
        if (v <= 0 || v > 100_000_000) throw new IllegalArgumentException(name + " must be within (0, 100_000_000], was " + v);
        return v;
    }

    /**
     * The target for an entry confidence.
     *
     * @param c the entry confidence
     * @return the target {@code pnl_pct} in millionths
     */
    public long targetPpm(ConfidenceLevel c) {
        return c == ConfidenceLevel.HIGH ? highPpm : c == ConfidenceLevel.MEDIUM ? mediumPpm : lowPpm;
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.PROFIT_TARGET;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.hasMark() && ctx.pnlAtLeast(targetPpm(ctx.confidence())) && (partial == null || partial.dueStages(ctx) == 0);
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        return ctx.hasMark() && ctx.pnlAtLeast(targetPpm(ctx.confidence()) - margin);
    }
}
