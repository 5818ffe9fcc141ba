package com.precog.domain.sizing;

/**
 * What the size reductions of SPEC §5 look at, as plain scaled numbers so the hot path does not
 * allocate: volatility relative to normal (millionths; 1_000_000 = normal), 24 h volume (whole
 * contracts), YES spread (micro-dollars, -1 when unknown), seconds until settlement, the
 * model's confidence and the width of its 95% interval (both millionths). Immutable and thread-safe.
 *
 * @param volatilityRatioMillionths recent volatility relative to normal, in millionths ({@code 1_000_000} = normal), {@code >= 0}
 * @param volume24h contracts traded in the last 24 hours (whole contracts), {@code >= 0}
 * @param spreadMicros the YES spread in micro-dollars, {@code >= 0}, or -1 when unknown
 * @param secondsToSettlement seconds until the market settles, {@code >= 0}
 * @param confidenceMillionths the model's confidence in millionths, {@code 0 .. 1_000_000}
 * @param ciWidthMillionths the width of the model's 95% interval in millionths, {@code 0 .. 1_000_000}
 */
public record MarketConditions(long volatilityRatioMillionths, long volume24h, long spreadMicros, long secondsToSettlement,
                               long confidenceMillionths, long ciWidthMillionths) {
    /**
     * Validates the conditions.
     *
     * @throws IllegalArgumentException if a value lies outside its range above
     */
    public MarketConditions {
        if (volatilityRatioMillionths < 0) throw new IllegalArgumentException("volatilityRatio must not be negative, was " + volatilityRatioMillionths);
        if (volume24h < 0) throw new IllegalArgumentException("volume24h must not be negative, was " + volume24h);
        if (spreadMicros < -1) throw new IllegalArgumentException("spreadMicros must be -1 (unknown) or non-negative, was " + spreadMicros);
        if (secondsToSettlement < 0) throw new IllegalArgumentException("secondsToSettlement must not be negative, was " + secondsToSettlement);
        if (confidenceMillionths < 0 || confidenceMillionths > 1_000_000) throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidenceMillionths);
        if (ciWidthMillionths < 0 || ciWidthMillionths > 1_000_000) throw new IllegalArgumentException("ciWidth must be within [0, 1], was " + ciWidthMillionths);
    }

    /**
     * Normal conditions that trigger no default reduction.
     *
     * @return normal volatility, 10 000 contracts of volume, a 1¢ spread, settlement in an hour,
     *         confidence 1 and a zero interval width
     */
    public static MarketConditions calm() {
        return new MarketConditions(1_000_000, 10_000, 10_000, 3_600, 1_000_000, 0);
    }
}
