package com.precog.domain.sizing;

/**
 * What the size reductions of SPEC §5 look at, as plain scaled numbers so the hot path does not
 * allocate: volatility relative to normal (millionths; 1_000_000 = normal), 24 h volume (whole
 * contracts), YES spread (micro-dollars, -1 when unknown), seconds until settlement, the
 * model's confidence and the width of its 95% interval (both millionths). Immutable.
 */
public record MarketConditions(long volatilityRatioMillionths, long volume24h, long spreadMicros, long secondsToSettlement,
                               long confidenceMillionths, long ciWidthMillionths) {
    public MarketConditions {
        if (volatilityRatioMillionths < 0) throw new IllegalArgumentException("volatilityRatio must not be negative, was " + volatilityRatioMillionths);
        if (volume24h < 0) throw new IllegalArgumentException("volume24h must not be negative, was " + volume24h);
        if (spreadMicros < -1) throw new IllegalArgumentException("spreadMicros must be -1 (unknown) or non-negative, was " + spreadMicros);
        if (secondsToSettlement < 0) throw new IllegalArgumentException("secondsToSettlement must not be negative, was " + secondsToSettlement);
        if (confidenceMillionths < 0 || confidenceMillionths > 1_000_000) throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidenceMillionths);
        if (ciWidthMillionths < 0 || ciWidthMillionths > 1_000_000) throw new IllegalArgumentException("ciWidth must be within [0, 1], was " + ciWidthMillionths);
    }

    /** Normal conditions that trigger no reduction: normal volatility, deep volume, tight spread, settles within the hour, confident, zero interval width. */
    public static MarketConditions calm() {
        return new MarketConditions(1_000_000, 10_000, 10_000, 3_600, 1_000_000, 0);
    }
}
