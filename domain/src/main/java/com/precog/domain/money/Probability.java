package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A probability in [0, 1] used in money math, held exactly in millionths (10^-6).
 *
 * <p>Models compute in {@code double}; {@link #ofDouble(double)} is the one boundary where a
 * model's number becomes a money-grade value (rounded half-even to 6 decimals).
 * {@link #toString()} round-trips through {@link #parse(String)}. Immutable and thread-safe.
 */
public record Probability(long millionths) implements Comparable<Probability> {
    public static final long ONE = FixedPoint.MICROS;
    public static final Probability ZERO = new Probability(0);
    public static final Probability CERTAIN = new Probability(ONE);
    public static final Probability HALF = new Probability(ONE / 2);

    public Probability {
        if (millionths < 0 || millionths > ONE) {
            throw new IllegalArgumentException("probability must be within [0, 1], was " + FixedPoint.format(millionths, 6, 1));
        }
    }

    /** Parses a decimal such as {@code "0.72"} (at most 6 decimals). */
    public static Probability parse(String text) {
        return new Probability(FixedPoint.parse(text, 6, "probability"));
    }

    /** Same as {@link #parse(String)}. */
    public static Probability of(String text) {
        return parse(text);
    }

    public static Probability ofMillionths(long millionths) {
        return new Probability(millionths);
    }

    /**
     * Converts a model's double to a probability, rounding half-even to 6 decimals.
     * @throws IllegalArgumentException if {@code p} is NaN or outside [0, 1]
     */
    public static Probability ofDouble(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability must be within [0, 1], was " + p);
        }
        return new Probability(Math.round(Math.rint(p * ONE)));
    }

    /** Like {@link #ofDouble(double)} but clamps values outside [0, 1] (NaN is still rejected). */
    public static Probability ofDoubleClamped(double p) {
        if (Double.isNaN(p)) throw new IllegalArgumentException("probability must not be NaN");
        return ofDouble(Math.min(1.0, Math.max(0.0, p)));
    }

    /** The probability of the other outcome: {@code 1 − this}. */
    public Probability complement() {
        return new Probability(ONE - millionths);
    }

    /** The value as a double, for model math only. */
    public double asDouble() {
        return millionths / (double) ONE;
    }

    public BigDecimal toBigDecimal() {
        return FixedPoint.toBigDecimal(millionths, 6);
    }

    @Override
    public int compareTo(Probability o) {
        return Long.compare(millionths, o.millionths);
    }

    @Override
    public String toString() {
        return FixedPoint.format(millionths, 6, 1);
    }
}
