package com.precog.domain.sizing;

/**
 * Multiplicative size reductions of SPEC §5 (all in millionths): volatility ≥ {@code volatilityRatio}
 * × normal → −{@code volatilityCut}; volume below {@code minVolume} → −{@code lowVolumeCut};
 * spread above {@code maxSpreadMicros} → −{@code wideSpreadCut}; more than
 * {@code farSettlementSeconds} to settlement → −{@code farSettlementCut}; confidence below
 * {@code confidenceBelow} → −{@code lowConfidenceCut}; and {@code ciCutPerPoint} per point
 * (0.01) of 95% interval width. Immutable and thread-safe.
 *
 * @param volatilityRatioMillionths volatility ratio (millionths of normal) from which {@code volatilityCut} applies, positive
 * @param volatilityCut reduction for high volatility, millionths in [0, 1 000 000]
 * @param minVolume 24 h volume (whole contracts) below which {@code lowVolumeCut} applies
 * @param lowVolumeCut reduction for low volume, millionths
 * @param maxSpreadMicros spread (micro-dollars) above which {@code wideSpreadCut} applies
 * @param wideSpreadCut reduction for a wide spread, millionths
 * @param farSettlementSeconds time to settlement (seconds) above which {@code farSettlementCut} applies
 * @param farSettlementCut reduction for a far settlement, millionths
 * @param confidenceBelowMillionths confidence (millionths) below which {@code lowConfidenceCut} applies
 * @param lowConfidenceCut reduction for low confidence, millionths
 * @param ciCutPerPoint reduction per 0.01 of interval width, millionths
 */
public record SizeReductions(long volatilityRatioMillionths, long volatilityCut, long minVolume, long lowVolumeCut,
                             long maxSpreadMicros, long wideSpreadCut, long farSettlementSeconds, long farSettlementCut,
                             long confidenceBelowMillionths, long lowConfidenceCut, long ciCutPerPoint) {
    /**
     * Validates the reductions.
     *
     * @throws IllegalArgumentException if a cut lies outside [0, 1], the volatility ratio is not
     *         positive, a bound is negative or the confidence bound lies outside [0, 1]
     */
    public SizeReductions {
        for (long cut : new long[] {volatilityCut, lowVolumeCut, wideSpreadCut, farSettlementCut, lowConfidenceCut, ciCutPerPoint}) {
            if (cut < 0 || cut > 1_000_000) throw new IllegalArgumentException("size reduction must be within [0, 1], was " + cut / 1e6);
        }
        if (volatilityRatioMillionths <= 0) throw new IllegalArgumentException("volatility ratio must be positive, was " + volatilityRatioMillionths);
        if (minVolume < 0 || maxSpreadMicros < 0 || farSettlementSeconds < 0) throw new IllegalArgumentException("size reduction bounds must not be negative");
        if (confidenceBelowMillionths < 0 || confidenceBelowMillionths > 1_000_000) {
            throw new IllegalArgumentException("confidenceBelow must be within [0, 1], was " + confidenceBelowMillionths);
        }
    }

    /** {@return the SPEC defaults: vol ≥ 2× −30%, volume &lt; 50 −50%, spread &gt; 0.04 −25%, &gt; 3 h −20%, confidence &lt; 0.70 −40%, 2% per CI point} */
    public static SizeReductions defaults() {
        return new SizeReductions(2_000_000, 300_000, 50, 500_000, 40_000, 250_000, 3 * 3600, 200_000, 700_000, 400_000, 20_000);
    }

    /** {@return reductions that never apply} */
    public static SizeReductions none() {
        return new SizeReductions(Long.MAX_VALUE, 0, 0, 0, Long.MAX_VALUE, 0, Long.MAX_VALUE, 0, 0, 0, 0);
    }

    /**
     * The combined reduction for a market's conditions.
     *
     * @param c the market's conditions
     * @return the product of every applicable {@code (1 − cut)} in millionths (1 000 000 = no
     *         reduction), each step rounded down
     */
    public long factorMillionths(MarketConditions c) {
        long f = 1_000_000L;
        if (c.volatilityRatioMillionths() >= volatilityRatioMillionths) f = SizingMath.reduce(f, volatilityCut);
        if (c.volume24h() < minVolume) f = SizingMath.reduce(f, lowVolumeCut);
        if (c.spreadMicros() > maxSpreadMicros) f = SizingMath.reduce(f, wideSpreadCut);
        if (c.secondsToSettlement() > farSettlementSeconds) f = SizingMath.reduce(f, farSettlementCut);
        if (c.confidenceMillionths() < confidenceBelowMillionths) f = SizingMath.reduce(f, lowConfidenceCut);
        // width in millionths / 10_000 = points; cut = points × ciCutPerPoint, kept exact: width × perPoint / 10_000
        long ciCut = Math.min(1_000_000L, c.ciWidthMillionths() * ciCutPerPoint / 10_000L);
        if (ciCut > 0) f = SizingMath.reduce(f, ciCut);
        return f;
    }
}
