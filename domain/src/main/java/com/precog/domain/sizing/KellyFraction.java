package com.precog.domain.sizing;

/**
 * The share of full Kelly to bet (SPEC §5), in millionths: default 0.25, hard maximum 0.50
 * (nothing, not even configuration, may exceed it). Invariant: {@code 0 ≤ millionths ≤ 500_000}.
 * Immutable and thread-safe.
 *
 * @param millionths the fraction of full Kelly in millionths, {@code 0 .. 500_000}
 */
public record KellyFraction(long millionths) {
    /** The hard maximum, 0.50, in millionths. */
    public static final long HARD_MAX_MILLIONTHS = 500_000;
    /** Quarter Kelly, the SPEC default. */
    public static final KellyFraction DEFAULT = new KellyFraction(250_000);
    /** Half Kelly, the hard maximum. */
    public static final KellyFraction HARD_MAX = new KellyFraction(HARD_MAX_MILLIONTHS);

    /**
     * Validates the fraction.
     *
     * @throws IllegalArgumentException if {@code millionths} lies outside [0, 500 000]
     */
    public KellyFraction {
        if (millionths < 0 || millionths > HARD_MAX_MILLIONTHS) {
            throw new IllegalArgumentException("kelly fraction must be within [0, 0.50], was " + millionths / 1e6);
        }
    }

    /**
     * Parses a decimal fraction exactly.
     *
     * @param text e.g. {@code "0.25"}, at most 6 decimals, within [0, 0.50]
     * @return the fraction
     * @throws IllegalArgumentException if the text is malformed or out of range
     */
    public static KellyFraction parse(String text) {
        long m;
        try {
            m = com.precog.domain.money.Probability.parse(text).millionths();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kelly fraction '" + text + "' must be a decimal within [0, 0.50]");
        }
        return new KellyFraction(m);
    }

    /**
     * Same as {@link #parse(String)}.
     *
     * @param text e.g. {@code "0.25"}
     * @return the fraction
     * @throws IllegalArgumentException as {@link #parse(String)}
     */
    public static KellyFraction of(String text) {
        return parse(text);
    }

    /** {@return the fraction as a decimal, e.g. {@code "0.25"}} */
    @Override
    public String toString() {
        return com.precog.domain.money.Probability.ofMillionths(millionths).toString();
    }
}
