package com.precog.domain.position;

/**
 * A position's health in [0, 1] (SPEC §7): weighted sum of four components, each in [0, 1]:
 * edge remaining 0.40, time remaining 0.20, liquidity depth 0.20, unrealized P&amp;L 0.20.
 * Bands: ≥ 0.80 EXCELLENT, ≥ 0.60 GOOD, ≥ 0.40 FAIR, ≥ 0.20 POOR, else CRITICAL.
 * A score is a report, not money: doubles are fine here. Immutable and thread-safe.
 *
 * @param edgeRemaining current edge / entry edge, in [0, 1]
 * @param timeRemaining time left / horizon, in [0, 1]
 * @param liquidityDepth bid quantity / held quantity, in [0, 1]
 * @param unrealizedPnl P&amp;L between the stop loss (0) and the profit target (1), in [0, 1]
 */
public record HealthScore(double edgeRemaining, double timeRemaining, double liquidityDepth, double unrealizedPnl) {
    /** Weight of the edge component. */
    public static final double EDGE_WEIGHT = 0.40;
    /** Weight of the time component. */
    public static final double TIME_WEIGHT = 0.20;
    /** Weight of the liquidity component. */
    public static final double LIQUIDITY_WEIGHT = 0.20;
    /** Weight of the P&amp;L component. */
    public static final double PNL_WEIGHT = 0.20;

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is NaN or outside [0, 1]
     */
    public HealthScore {
        check(edgeRemaining, "edgeRemaining");
        check(timeRemaining, "timeRemaining");
        check(liquidityDepth, "liquidityDepth");
        check(unrealizedPnl, "unrealizedPnl");
    }

    private static void check(double v, String name) {
        if (!(v >= 0.0 && v <= 1.0)) throw new IllegalArgumentException(name + " must be within [0, 1], was " + v);
    }

    /** Health bands, best first. */
    public enum Band {
        /** Score ≥ 0.80. */
        EXCELLENT,
        /** Score ≥ 0.60. */
        GOOD,
        /** Score ≥ 0.40. */
        FAIR,
        /** Score ≥ 0.20. */
        POOR,
        /** Score below 0.20. */
        CRITICAL
    }

    /**
     * Components from raw inputs, each clamped to [0, 1]: edge = current edge / entry edge
     * (0 when the entry edge is not positive); time = time left / horizon; liquidity = bid
     * quantity / held quantity; P&amp;L maps pnl_pct from {@code stopLossPpm} (0) to
     * {@code profitTargetPpm} (1) linearly.
     *
     * @param currentEdgeMicros the current edge in micro-dollars per contract
     * @param entryEdgeMicros the edge at entry in micro-dollars per contract
     * @param millisLeft milliseconds until the close
     * @param horizonMillis the horizon the time component is measured against, in milliseconds
     * @param bidQuantityHundredths quantity at the held side's bid, in hundredths
     * @param heldHundredths quantity held, in hundredths
     * @param pnlPpm the position's {@code pnl_pct} in millionths
     * @param stopLossPpm the stop-loss threshold in millionths (maps to 0)
     * @param profitTargetPpm the profit target in millionths (maps to 1)
     * @return the score's components
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

    /** {@return the weighted sum of the components, in [0, 1]} */
    public double score() {
        return EDGE_WEIGHT * edgeRemaining + TIME_WEIGHT * timeRemaining + LIQUIDITY_WEIGHT * liquidityDepth + PNL_WEIGHT * unrealizedPnl;
    }

    /** {@return the band of the score (bounds inclusive, with a 1e-12 tolerance)} */
    public Band band() {
        double s = score() + 1e-12;
        return s >= 0.80 ? Band.EXCELLENT : s >= 0.60 ? Band.GOOD : s >= 0.40 ? Band.FAIR : s >= 0.20 ? Band.POOR : Band.CRITICAL;
    }
}
