package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A non-negative number of contracts with 2 decimals (Kalshi's {@code *_fp} counts), held
 * exactly in hundredths. Sizes always round down.
 *
 * <p>Invariant: {@code hundredths >= 0}. {@link #toString()} prints 2 decimals ("10.00") and
 * round-trips through {@link #parse(String)}. Immutable and thread-safe.
 *
 * @param hundredths the count in hundredths of a contract, {@code >= 0} (1 contract = 100)
 */
public record Contracts(long hundredths) implements Comparable<Contracts> {
    /** Hundredths per contract ({@code 100}). */
    public static final long SCALE = 100;
    /** No contracts. */
    public static final Contracts ZERO = new Contracts(0);

    /**
     * Validates the invariant.
     *
     * @param hundredths the count in hundredths of a contract, {@code >= 0}
     * @throws IllegalArgumentException if {@code hundredths} is negative
     */
    public Contracts {
        if (hundredths < 0) {
            throw new IllegalArgumentException("contracts must not be negative, was " + FixedPoint.format(hundredths, 2, 2));
        }
    }

    /**
     * Parses a count exactly (no rounding), as Kalshi sends {@code *_fp} fields.
     *
     * @param text {@code "12.50"} or {@code "12"}, non-negative, at most 2 decimals
     * @return the count
     * @throws IllegalArgumentException if the text is not a decimal, has more than 2 decimals or is negative
     */
    public static Contracts parse(String text) {
        return new Contracts(FixedPoint.parse(text, 2, "contracts"));
    }

    /**
     * Same as {@link #parse(String)}.
     *
     * @param text {@code "12.50"} or {@code "12"}
     * @return the count
     * @throws IllegalArgumentException as {@link #parse(String)}
     */
    public static Contracts of(String text) {
        return parse(text);
    }

    /**
     * Whole contracts.
     *
     * @param whole the number of contracts, {@code >= 0}
     * @return {@code whole × 100} hundredths
     * @throws IllegalArgumentException if {@code whole} is negative
     * @throws ArithmeticException if the hundredths overflow a {@code long}
     */
    public static Contracts of(long whole) {
        if (whole < 0) throw new IllegalArgumentException("contracts must not be negative, was " + whole);
        return new Contracts(Math.multiplyExact(whole, SCALE));
    }

    /**
     * A count from hundredths of a contract, the unit the hot-path functions use.
     *
     * @param hundredths e.g. {@code 1250} for 12.50 contracts; {@code >= 0}
     * @return the count
     * @throws IllegalArgumentException if {@code hundredths} is negative
     */
    public static Contracts ofHundredths(long hundredths) {
        return new Contracts(hundredths);
    }

    /**
     * Exact conversion from a decimal; never rounds.
     *
     * @param count the number of contracts, non-negative, at most 2 significant decimals
     * @return the count
     * @throws IllegalArgumentException if the value needs more than 2 decimals or is negative
     */
    public static Contracts of(BigDecimal count) {
        return new Contracts(FixedPoint.fromBigDecimal(count, 2, "contracts"));
    }

    /**
     * Sum of two counts.
     *
     * @param other the count to add
     * @return {@code this + other}, exact
     * @throws ArithmeticException on {@code long} overflow
     */
    public Contracts plus(Contracts other) {
        return new Contracts(Math.addExact(hundredths, other.hundredths));
    }

    /**
     * Difference of two counts.
     *
     * @param other the count to subtract, at most this count
     * @return {@code this − other}, exact
     * @throws IllegalArgumentException if the result would be negative
     */
    public Contracts minus(Contracts other) {
        return new Contracts(hundredths - other.hundredths);
    }

    /**
     * The smaller count.
     *
     * @param other the count to compare with
     * @return this if {@code this <= other}, else {@code other}
     */
    public Contracts min(Contracts other) {
        return hundredths <= other.hundredths ? this : other;
    }

    /**
     * The larger count.
     *
     * @param other the count to compare with
     * @return this if {@code this >= other}, else {@code other}
     */
    public Contracts max(Contracts other) {
        return hundredths >= other.hundredths ? this : other;
    }

    /**
     * Whole contracts, rounded down (sizes never round up).
     *
     * @return {@code floor(this)}, e.g. 12.00 for 12.75
     */
    public Contracts floorToWhole() {
        return new Contracts(hundredths - hundredths % SCALE);
    }

    /**
     * A fraction of this count rounded down to the hundredth, e.g. 50% of the original quantity.
     *
     * @param numerator the fraction's numerator, {@code >= 0}
     * @param denominator the fraction's denominator, {@code > 0}
     * @return {@code floor(this × numerator / denominator)} in hundredths
     * @throws IllegalArgumentException if {@code numerator < 0} or {@code denominator <= 0}
     * @throws ArithmeticException if {@code hundredths × numerator} overflows a {@code long}
     */
    public Contracts fractionFloor(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) throw new IllegalArgumentException("fraction must be non-negative, was " + numerator + "/" + denominator);
        return new Contracts(Math.multiplyExact(hundredths, numerator) / denominator);
    }

    /** {@return {@code true} if the count is 0} */
    public boolean isZero() {
        return hundredths == 0;
    }

    /** {@return {@code true} if the count is above 0} */
    public boolean isPositive() {
        return hundredths > 0;
    }

    /** {@return {@code true} if the count has no fractional hundredths} */
    public boolean isWhole() {
        return hundredths % SCALE == 0;
    }

    /**
     * Dollar value of these contracts at a price (the cost before fees).
     *
     * @param price the price per contract
     * @return {@code count × price}, exact (hundredths × micro-dollars = 10<sup>-8</sup> $ units)
     * @throws ArithmeticException on {@code long} overflow
     */
    public Dollars times(Price price) {
        // hundredths (10^-2) × micros (10^-6) = 10^-8 dollars = Dollars units: exact
        return Dollars.ofUnits(Math.multiplyExact(hundredths, price.micros()));
    }

    /**
     * Exact decimal value.
     *
     * @return the count with scale 2, e.g. {@code 12.50}
     */
    public BigDecimal toBigDecimal() {
        return FixedPoint.toBigDecimal(hundredths, 2);
    }

    @Override
    public int compareTo(Contracts o) {
        return Long.compare(hundredths, o.hundredths);
    }

    /**
     * The count with 2 decimals ({@code "10.00"}); parses back with {@link #parse(String)}.
     *
     * @return the decimal text
     */
    @Override
    public String toString() {
        return FixedPoint.format(hundredths, 2, 2);
    }
}
