package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A signed amount of US dollars held exactly in units of 10^-8 $ (so that a 2-decimal contract
 * count times a 6-decimal price is exact). Used for costs, fees, P&amp;L, balances and edges.
 *
 * <p>Rounding is always explicit: {@link #ceilTo(Dollars)}, {@link #floorToCent()}.
 * {@link #toString()} prints at least 2 decimals ("12.50", "-0.0035") and round-trips through
 * {@link #parse(String)}. Arithmetic is exact and throws {@link ArithmeticException} on
 * {@code long} overflow (beyond about ±92 billion dollars). Immutable and thread-safe.
 *
 * @param units the amount in 10<sup>-8</sup> $ (1 $ = {@value #ONE_DOLLAR}), any sign
 */
public record Dollars(long units) implements Comparable<Dollars> {
    /** Decimal digits of one unit: 1 unit = 10^-8 $. */
    public static final int SCALE_DIGITS = 8;
    /** Units per dollar ({@code 100_000_000}). */
    public static final long ONE_DOLLAR = 100_000_000L;
    /** $0. */
    public static final Dollars ZERO = new Dollars(0);
    /** One cent. */
    public static final Dollars CENT = new Dollars(1_000_000L);
    /** One hundredth of a cent ($0.0001), Kalshi's fee rounding unit. */
    public static final Dollars BASIS_CENT = new Dollars(10_000L);

    /**
     * Parses a signed decimal exactly (no rounding).
     *
     * @param text {@code "12.34"}, {@code "-0.0035"}; at most 8 decimals
     * @return the amount
     * @throws IllegalArgumentException if the text is not a decimal or has more than 8 decimals
     */
    public static Dollars parse(String text) {
        return new Dollars(FixedPoint.parse(text, SCALE_DIGITS, "dollars"));
    }

    /**
     * Same as {@link #parse(String)}.
     *
     * @param text {@code "12.34"}, {@code "-0.0035"}; at most 8 decimals
     * @return the amount
     * @throws IllegalArgumentException as {@link #parse(String)}
     */
    public static Dollars of(String text) {
        return parse(text);
    }

    /**
     * Whole dollars.
     *
     * @param wholeDollars the amount in dollars, any sign
     * @return the amount
     * @throws ArithmeticException on overflow
     */
    public static Dollars of(long wholeDollars) {
        return new Dollars(Math.multiplyExact(wholeDollars, ONE_DOLLAR));
    }

    /**
     * An amount from 10<sup>-8</sup> $ units, the unit the hot-path functions return.
     *
     * @param units the amount in 10<sup>-8</sup> $, any sign
     * @return the amount
     */
    public static Dollars ofUnits(long units) {
        return new Dollars(units);
    }

    /**
     * From micro-dollars (10<sup>-6</sup> $), the unit of {@link Price#micros()}.
     *
     * @param micros the amount in micro-dollars, any sign
     * @return the amount ({@code micros × 100} units)
     * @throws ArithmeticException on overflow
     */
    public static Dollars ofMicros(long micros) {
        return new Dollars(Math.multiplyExact(micros, 100L));
    }

    /**
     * From whole cents.
     *
     * @param cents the amount in cents, any sign
     * @return the amount ({@code cents × 1 000 000} units)
     * @throws ArithmeticException on overflow
     */
    public static Dollars ofCents(long cents) {
        return new Dollars(Math.multiplyExact(cents, 1_000_000L));
    }

    /**
     * Exact conversion from a decimal; never rounds.
     *
     * @param value the amount in dollars, at most 8 significant decimals
     * @return the amount
     * @throws IllegalArgumentException if the value needs more than 8 decimals or does not fit a {@code long}
     */
    public static Dollars of(BigDecimal value) {
        return new Dollars(FixedPoint.fromBigDecimal(value, SCALE_DIGITS, "dollars"));
    }

    /**
     * Sum.
     *
     * @param o the amount to add
     * @return {@code this + o}, exact
     * @throws ArithmeticException on overflow
     */
    public Dollars plus(Dollars o) {
        return new Dollars(Math.addExact(units, o.units));
    }

    /**
     * Difference.
     *
     * @param o the amount to subtract
     * @return {@code this − o}, exact (may be negative)
     * @throws ArithmeticException on overflow
     */
    public Dollars minus(Dollars o) {
        return new Dollars(Math.subtractExact(units, o.units));
    }

    /**
     * Sign flip.
     *
     * @return {@code −this}
     * @throws ArithmeticException for {@code Long.MIN_VALUE} units
     */
    public Dollars negate() {
        return new Dollars(Math.negateExact(units));
    }

    /**
     * Absolute value.
     *
     * @return {@code |this|}
     * @throws ArithmeticException for {@code Long.MIN_VALUE} units
     */
    public Dollars abs() {
        return units < 0 ? negate() : this;
    }

    /**
     * Multiplication by an integer.
     *
     * @param n the factor, any sign
     * @return {@code this × n}, exact
     * @throws ArithmeticException on overflow
     */
    public Dollars times(long n) {
        return new Dollars(Math.multiplyExact(units, n));
    }

    /**
     * A per-contract amount times a count, e.g. a per-contract fee times the quantity.
     *
     * @param contracts the count
     * @return {@code this × contracts}, exact
     * @throws ArithmeticException if the exact product needs more than 8 decimals (this amount has
     *         more than 6 decimals and the count is fractional) or overflows
     */
    public Dollars times(Contracts contracts) {
        long product = Math.multiplyExact(units, contracts.hundredths());
        if (product % Contracts.SCALE != 0) {
            throw new ArithmeticException(this + " × " + contracts + " needs more than " + SCALE_DIGITS + " decimals");
        }
        return new Dollars(product / Contracts.SCALE);
    }

    /**
     * Rounds up (toward +∞) to a multiple of {@code step}, e.g. fees to $0.0001.
     *
     * @param step the rounding unit, positive (e.g. {@link #BASIS_CENT})
     * @return the smallest multiple of {@code step} that is {@code >= this}
     * @throws IllegalArgumentException if {@code step} is not positive
     */
    public Dollars ceilTo(Dollars step) {
        requirePositiveStep(step);
        return new Dollars(Math.multiplyExact(FixedPoint.ceilDiv(units, step.units), step.units));
    }

    /**
     * Rounds down (toward −∞) to a multiple of {@code step}.
     *
     * @param step the rounding unit, positive (e.g. {@link #CENT})
     * @return the largest multiple of {@code step} that is {@code <= this}
     * @throws IllegalArgumentException if {@code step} is not positive
     */
    public Dollars floorTo(Dollars step) {
        requirePositiveStep(step);
        return new Dollars(Math.multiplyExact(FixedPoint.floorDiv(units, step.units), step.units));
    }

    /**
     * Rounds down (toward −∞) to the cent: how a cash balance change is booked (debits round away from zero).
     *
     * @return {@code floorTo(CENT)}, e.g. −0.0035 becomes −0.01 and 0.0099 becomes 0.00
     */
    public Dollars floorToCent() {
        return floorTo(CENT);
    }

    private static void requirePositiveStep(Dollars step) {
        if (step.units <= 0) throw new IllegalArgumentException("rounding step must be positive, was " + step);
    }

    /** {@return {@code true} if the amount is below $0} */
    public boolean isNegative() {
        return units < 0;
    }

    /** {@return {@code true} if the amount is above $0} */
    public boolean isPositive() {
        return units > 0;
    }

    /** {@return {@code true} if the amount is exactly $0} */
    public boolean isZero() {
        return units == 0;
    }

    /**
     * The smaller amount.
     *
     * @param o the amount to compare with
     * @return this if {@code this <= o}, else {@code o}
     */
    public Dollars min(Dollars o) {
        return units <= o.units ? this : o;
    }

    /**
     * The larger amount.
     *
     * @param o the amount to compare with
     * @return this if {@code this >= o}, else {@code o}
     */
    public Dollars max(Dollars o) {
        return units >= o.units ? this : o;
    }

    /**
     * Exact decimal value.
     *
     * @return the amount with trailing zeros stripped but at least 2 decimals, e.g. {@code 12.50}, {@code -0.0035}
     */
    public BigDecimal toBigDecimal() {
        BigDecimal exact = FixedPoint.toBigDecimal(units, SCALE_DIGITS).stripTrailingZeros();
        return exact.scale() < 2 ? exact.setScale(2) : exact;
    }


    @Override
    public int compareTo(Dollars o) {
        return Long.compare(units, o.units);
    }

    /**
     * The amount with at least 2 decimals ({@code "12.50"}, {@code "-0.0035"}); parses back with
     * {@link #parse(String)}.
     *
     * @return the decimal text
     */
    @Override
    public String toString() {
        return FixedPoint.format(units, SCALE_DIGITS, 2);
    }
}
