package com.precog.domain.exit;

import com.precog.domain.position.ConfidenceLevel;

/**
 * Condition 1, CRITICAL: {@code pnl_pct ≤ threshold}, the threshold depending on the entry
 * confidence (defaults −0.15 high, −0.12 medium, −0.08 low). Thresholds in ppm, each within
 * (−1_000_000, 0). Sells everything.
 */
public final class StopLoss implements ExitCondition {
    private final long highPpm;
    private final long mediumPpm;
    private final long lowPpm;

    /**
     * A stop loss by entry confidence.
     *
     * @param highPpm threshold {@code pnl_pct} for HIGH confidence in millionths, within (−1 000 000, 0)
     * @param mediumPpm threshold for MEDIUM confidence, same range
     * @param lowPpm threshold for LOW confidence, same range
     * @throws IllegalArgumentException if a threshold is out of range
     */
    public StopLoss(long highPpm, long mediumPpm, long lowPpm) {
        this.highPpm = check(highPpm, "stop loss highPpm");
        this.mediumPpm = check(mediumPpm, "stop loss mediumPpm");
        this.lowPpm = check(lowPpm, "stop loss lowPpm");
    }

    /** {@return the SPEC defaults: −15% high, −12% medium, −8% low confidence} */
    public static StopLoss defaults() {
        return new StopLoss(-150_000, -120_000, -80_000);
    }

    private static long check(long v, String name) {
        if (v <= -1_000_000 || v >= 0) throw new IllegalArgumentException(name + " must be within (-1_000_000, 0), was " + v);
        return v;
    }

    /**
     * The threshold for an entry confidence.
     *
     * @param c the entry confidence
     * @return the threshold {@code pnl_pct} in millionths (negative)
     */
    public long thresholdPpm(ConfidenceLevel c) {
        return c == ConfidenceLevel.HIGH ? highPpm : c == ConfidenceLevel.MEDIUM ? mediumPpm : lowPpm;
    }

    @Override
    public ExitConditionKind kind() {
        return ExitConditionKind.STOP_LOSS;
    }

    @Override
    public boolean triggered(ExitContext ctx) {
        return ctx.hasMark() && ctx.pnlAtMost(thresholdPpm(ctx.confidence()));
    }

    @Override
    public boolean near(ExitContext ctx, long margin) {
        return ctx.hasMark() && ctx.pnlAtMost(thresholdPpm(ctx.confidence()) + margin);
    }
}
