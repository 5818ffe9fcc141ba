package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A non-negative number of contracts with 2 decimals (Kalshi's {@code *_fp} counts), held
 * exactly in hundredths. Sizes always round down.
 *
 * <p>Invariant: {@code hundredths >= 0}. {@link #toString()} prints 2 decimals ("10.00") and
 * round-trips through {@link #parse(String)}. Immutable and thread-safe.
 */
public record Contracts(long hundredths) implements Comparable<Contracts> {
    public static final long SCALE = 100;
    public static final Contracts ZERO = new Contracts(0);

    public Contracts {
        if (hundredths < 0) {
            throw new IllegalArgumentException("contracts must not be negative, was " + FixedPoint.format(hundredths, 2, 2));
        }
    }

    /** Parses {@code "12.50"} or {@code "12"} (at most 2 decimals). */
    public static Contracts parse(String text) {
        return new Contracts(FixedPoint.parse(text, 2, "contracts"));
    }

    public static Contracts of(String text) {
        return parse(text);
    }

    /** Whole contracts. */
    public static Contracts of(long whole) {
        if (whole < 0) throw new IllegalArgumentException("contracts must not be negative, was " + whole);
        return new Contracts(Math.multiplyExact(whole, SCALE));
    }

    public static Contracts ofHundredths(long hundredths) {
        return new Contracts(hundredths);
    }

    public static Contracts of(BigDecimal count) {
        return new Contracts(FixedPoint.fromBigDecimal(count, 2, "contracts"));
    }

    public Contracts plus(Contracts other) {
        return new Contracts(Math.addExact(hundredths, other.hundredths));
    }

    /** {@code this − other}; fails if the result would be negative. */
    public Contracts minus(Contracts other) {
        return new Contracts(hundredths - other.hundredths);
    }

    public Contracts min(Contracts other) {
        return hundredths <= other.hundredths ? this : other;
    }

    public Contracts max(Contracts other) {
        return hundredths >= other.hundredths ? this : other;
    }

    /** Whole contracts, rounded down. */
    public Contracts floorToWhole() {
        return new Contracts(hundredths - hundredths % SCALE);
    }

    /** {@code floor(this × numerator / denominator)} in hundredths, e.g. 50% of the original quantity. */
    public Contracts fractionFloor(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) throw new IllegalArgumentException("fraction must be non-negative, was " + numerator + "/" + denominator);
        return new Contracts(Math.multiplyExact(hundredths, numerator) / denominator);
    }

    public boolean isZero() {
        return hundredths == 0;
    }

    public boolean isPositive() {
        return hundredths > 0;
    }

    public boolean isWhole() {
        return hundredths % SCALE == 0;
    }

    /** Dollar value of these contracts at a price: {@code count × price}, exact. */
    public Dollars times(Price price) {
        // hundredths (10^-2) × micros (10^-6) = 10^-8 dollars = Dollars units: exact
        return Dollars.ofUnits(Math.multiplyExact(hundredths, price.micros()));
    }

    public BigDecimal toBigDecimal() {
        return FixedPoint.toBigDecimal(hundredths, 2);
    }

    @Override
    public int compareTo(Contracts o) {
        return Long.compare(hundredths, o.hundredths);
    }

    @Override
    public String toString() {
        return FixedPoint.format(hundredths, 2, 2);
    }
}
