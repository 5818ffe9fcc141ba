package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A probability in [0, 1] used in money math, held exactly in millionths (10^-6).
 *
 * <p>Models compute in {@code double}; {@link #ofDouble(double)} is the one boundary where a
 * model's number becomes a money-grade value (rounded half-even to 6 decimals).
 * {@link #toString()} round-trips through {@link #parse(String)}. Immutable and thread-safe.
 *
 * @param millionths the probability in millionths, {@code 0 .. 1_000_000}
 */
public record Probability(long millionths) implements Comparable<Probability> {
    /** Millionths in a probability of 1 ({@code 1_000_000}). */
    public static final long ONE = FixedPoint.MICROS;
    /** Probability 0 (the event cannot happen). */
    public static final Probability ZERO = new Probability(0);
    /** Probability 1 (the event is certain). */
    public static final Probability CERTAIN = new Probability(ONE);
    /** Probability 0.5. */
    public static final Probability HALF = new Probability(ONE / 2);

    /**
     * Validates the invariant.
     *
     * @param millionths the probability in millionths, {@code 0 .. 1_000_000}
     * @throws IllegalArgumentException if {@code millionths} lies outside [0, {@link #ONE}]
     */
    public Probability {
        if (millionths < 0 || millionths > ONE) {
            throw new IllegalArgumentException("probability must be within [0, 1], was " + FixedPoint.format(millionths, 6, 1));
        }
    }

    /**
     * Parses a decimal exactly (no rounding).
     *
     * @param text a decimal such as {@code "0.72"} with at most 6 decimals
     * @return the probability
     * @throws IllegalArgumentException if the text is not a decimal, has more than 6 decimals or lies outside [0, 1]
     */
    public static Probability parse(String text) {
        return new Probability(FixedPoint.parse(text, 6, "probability"));
    }

    /**
     * Same as {@link #parse(String)}.
     *
     * @param text a decimal such as {@code "0.72"} with at most 6 decimals
     * @return the probability
     * @throws IllegalArgumentException as {@link #parse(String)}
     */
    public static Probability of(String text) {
        return parse(text);
    }

    /**
     * A probability from millionths, the unit the hot-path functions use.
     *
     * @param millionths e.g. {@code 720_000} for 0.72; {@code 0 .. 1_000_000}
     * @return the probability
     * @throws IllegalArgumentException if {@code millionths} lies outside [0, 1 000 000]
     */
    public static Probability ofMillionths(long millionths) {
        return new Probability(millionths);
    }

    /**
     * Converts a model's double to a probability, rounding half-even to 6 decimals.
     *
     * @param p the model's probability in [0, 1]
     * @return {@code rint(p × 1 000 000)} millionths
     * @throws IllegalArgumentException if {@code p} is NaN or outside [0, 1]
     */
    public static Probability ofDouble(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability must be within [0, 1], was " + p);
        }
        return new Probability(Math.round(Math.rint(p * ONE)));
    }

    /**
     * Like {@link #ofDouble(double)} but clamps values outside [0, 1] (infinities included).
     *
     * @param p the model's probability; values below 0 become 0, above 1 become 1
     * @return the clamped probability rounded half-even to 6 decimals
     * @throws IllegalArgumentException if {@code p} is NaN
     */
    public static Probability ofDoubleClamped(double p) {
        if (Double.isNaN(p)) throw new IllegalArgumentException("probability must not be NaN");
        return ofDouble(Math.min(1.0, Math.max(0.0, p)));
    }

    /**
     * The probability of the other outcome (P(NO) from P(YES)).
     *
     * @return {@code 1 − this}, exact
     */
    public Probability complement() {
        return new Probability(ONE - millionths);
    }

    /**
     * The value as a double, for model math only (never for money).
     *
     * @return {@code millionths / 1e6}
     */
    public double asDouble() {
        return millionths / (double) ONE;
    }

    /**
     * Exact decimal value.
     *
     * @return the probability with scale 6, e.g. {@code 0.720000}
     */
    public BigDecimal toBigDecimal() {
        return FixedPoint.toBigDecimal(millionths, 6);
    }

    @Override
    public int compareTo(Probability o) {
        return Long.compare(millionths, o.millionths);
    }

    /**
     * The probability as a decimal with at least 1 decimal ({@code "0.72"}, {@code "1.0"}); parses back
     * with {@link #parse(String)}.
     *
     * @return the decimal text
     */
    @Override
    public String toString() {
        return FixedPoint.format(millionths, 6, 1);
    }
}
