package com.precog.domain.position;

/**
 * A position's health in [0, 1] (SPEC §7): weighted sum of four components, each in [0, 1]:
 * edge remaining 0.40, time remaining 0.20, liquidity depth 0.20, unrealized P&L 0.20.
 * Bands: ≥ 0.80 EXCELLENT, ≥ 0.60 GOOD, ≥ 0.40 FAIR, ≥ 0.20 POOR, else CRITICAL.
 * A score is a report, not money: doubles are fine here. Immutable.
 */
public record HealthScore(double edgeRemaining, double timeRemaining, double liquidityDepth, double unrealizedPnl) {
    public static final double EDGE_WEIGHT = 0.40;
    public static final double TIME_WEIGHT = 0.20;
    public static final double LIQUIDITY_WEIGHT = 0.20;
    public static final double PNL_WEIGHT = 0.20;

    public HealthScore {
        check(edgeRemaining, "edgeRemaining");
        check(timeRemaining, "timeRemaining");
        check(liquidityDepth, "liquidityDepth");
        check(unrealizedPnl, "unrealizedPnl");
    }

    private static void check(double v, String name) {
        if (!(v >= 0.0 && v <= 1.0)) throw new IllegalArgumentException(name + " must be within [0, 1], was " + v);
    }

    /** Health bands. */
    public enum Band { EXCELLENT, GOOD, FAIR, POOR, CRITICAL }

    /**
     * Components from raw inputs, each clamped to [0, 1]: edge = current edge / entry edge
     * (0 when the entry edge is not positive); time = time left / horizon; liquidity = bid
     * quantity / held quantity; P&L maps pnl_pct from {@code stopLossPpm} (0) to
     * {@code profitTargetPpm} (1) linearly.
     */
    public static HealthScore of(long currentEdgeMicros, long entryEdgeMicros, long millisLeft, long horizonMillis,
                                 long bidQuantityHundredths, long heldHundredths, long pnlPpm, long stopLossPpm, long profitTargetPpm) {
        double edge = entryEdgeMicros <= 0 ? 0.0 : clamp(currentEdgeMicros / (double) entryEdgeMicros);
        double time = horizonMillis <= 0 ? 0.0 : clamp(millisLeft / (double) horizonMillis);
        double liq = heldHundredths <= 0 ? 1.0 : clamp(bidQuantityHundredths / (double) heldHundredths);
        double pnl = profitTargetPpm <= stopLossPpm ? 0.0 : clamp((pnlPpm - stopLossPpm) / (double) (profitTargetPpm - stopLossPpm));
        return new HealthScore(edge, time, liq, pnl);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(1.0, v));
    }

    public double score() {
        return EDGE_WEIGHT * edgeRemaining + TIME_WEIGHT * timeRemaining + LIQUIDITY_WEIGHT * liquidityDepth + PNL_WEIGHT * unrealizedPnl;
    }

    public Band band() {
        double s = score() + 1e-12;
        return s >= 0.80 ? Band.EXCELLENT : s >= 0.60 ? Band.GOOD : s >= 0.40 ? Band.FAIR : s >= 0.20 ? Band.POOR : Band.CRITICAL;
    }
}
