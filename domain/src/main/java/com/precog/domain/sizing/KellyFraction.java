package com.precog.domain.sizing;

/**
 * The share of full Kelly to bet (SPEC §5), in millionths: default 0.25, hard maximum 0.50
 * (nothing, not even configuration, may exceed it). Invariant: {@code 0 ≤ millionths ≤ 500_000}.
 */
public record KellyFraction(long millionths) {
    public static final long HARD_MAX_MILLIONTHS = 500_000;
    public static final KellyFraction DEFAULT = new KellyFraction(250_000);
    public static final KellyFraction HARD_MAX = new KellyFraction(HARD_MAX_MILLIONTHS);

    public KellyFraction {
        if (millionths < 0 || millionths > HARD_MAX_MILLIONTHS) {
            throw new IllegalArgumentException("kelly fraction must be within [0, 0.50], was " + millionths / 1e6);
        }
    }

    /** Parses {@code "0.25"} (at most 6 decimals). */
    public static KellyFraction parse(String text) {
        long m;
        try {
            m = com.precog.domain.money.Probability.parse(text).millionths();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kelly fraction '" + text + "' must be a decimal within [0, 0.50]");
        }
        return new KellyFraction(m);
    }

    public static KellyFraction of(String text) {
        return parse(text);
    }

    @Override
    public String toString() {
        return com.precog.domain.money.Probability.ofMillionths(millionths).toString();
    }
}
