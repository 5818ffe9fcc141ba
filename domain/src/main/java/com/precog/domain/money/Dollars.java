package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A signed amount of US dollars held exactly in units of 10^-8 $ (so that a 2-decimal contract
 * count times a 6-decimal price is exact). Used for costs, fees, P&L, balances and edges.
 *
 * <p>Rounding is always explicit: {@link #ceilTo(Dollars)}, {@link #floorToCent()}.
 * {@link #toString()} prints at least 2 decimals ("12.50", "-0.0035") and round-trips through
 * {@link #parse(String)}. Immutable and thread-safe.
 */
public record Dollars(long units) implements Comparable<Dollars> {
    /** Decimal digits of one unit: 1 unit = 10^-8 $. */
    public static final int SCALE_DIGITS = 8;
    public static final long ONE_DOLLAR = 100_000_000L;
    public static final Dollars ZERO = new Dollars(0);
    /** One cent. */
    public static final Dollars CENT = new Dollars(1_000_000L);
    /** One hundredth of a cent ($0.0001), Kalshi's fee rounding unit. */
    public static final Dollars BASIS_CENT = new Dollars(10_000L);

    /** Parses {@code "12.34"}, {@code "-0.0035"} (at most 8 decimals). */
    public static Dollars parse(String text) {
        return new Dollars(FixedPoint.parse(text, SCALE_DIGITS, "dollars"));
    }

    public static Dollars of(String text) {
        return parse(text);
    }

    /** Whole dollars. */
    public static Dollars of(long wholeDollars) {
        return new Dollars(Math.multiplyExact(wholeDollars, ONE_DOLLAR));
    }

    public static Dollars ofUnits(long units) {
        return new Dollars(units);
    }

    /** From micro-dollars (10^-6 $). */
    public static Dollars ofMicros(long micros) {
        return new Dollars(Math.multiplyExact(micros, 100L));
    }

    public static Dollars ofCents(long cents) {
        return new Dollars(Math.multiplyExact(cents, 1_000_000L));
    }

    public static Dollars of(BigDecimal value) {
        return new Dollars(FixedPoint.fromBigDecimal(value, SCALE_DIGITS, "dollars"));
    }

    public Dollars plus(Dollars o) {
        return new Dollars(Math.addExact(units, o.units));
    }

    public Dollars minus(Dollars o) {
        return new Dollars(Math.subtractExact(units, o.units));
    }

    public Dollars negate() {
        return new Dollars(Math.negateExact(units));
    }

    public Dollars abs() {
        return units < 0 ? negate() : this;
    }

    /** {@code this × n}, exact. */
    public Dollars times(long n) {
        return new Dollars(Math.multiplyExact(units, n));
    }

    /** {@code this × contracts}, exact when this is a per-contract amount with at most 6 decimals; otherwise fails. */
    public Dollars times(Contracts contracts) {
        long product = Math.multiplyExact(units, contracts.hundredths());
        if (product % Contracts.SCALE != 0) {
            throw new ArithmeticException(this + " × " + contracts + " needs more than " + SCALE_DIGITS + " decimals");
        }
        return new Dollars(product / Contracts.SCALE);
    }

    /** Rounds up (toward +∞) to a multiple of {@code step}, e.g. fees to $0.0001. */
    public Dollars ceilTo(Dollars step) {
        requirePositiveStep(step);
        return new Dollars(Math.multiplyExact(FixedPoint.ceilDiv(units, step.units), step.units));
    }

    /** Rounds down (toward −∞) to a multiple of {@code step}. */
    public Dollars floorTo(Dollars step) {
        requirePositiveStep(step);
        return new Dollars(Math.multiplyExact(FixedPoint.floorDiv(units, step.units), step.units));
    }

    /** Rounds down (toward −∞) to the cent: how a cash balance change is booked (debits round away from zero). */
    public Dollars floorToCent() {
        return floorTo(CENT);
    }

    private static void requirePositiveStep(Dollars step) {
        if (step.units <= 0) throw new IllegalArgumentException("rounding step must be positive, was " + step);
    }

    public boolean isNegative() {
        return units < 0;
    }

    public boolean isPositive() {
        return units > 0;
    }

    public boolean isZero() {
        return units == 0;
    }

    public Dollars min(Dollars o) {
        return units <= o.units ? this : o;
    }

    public Dollars max(Dollars o) {
        return units >= o.units ? this : o;
    }

    public BigDecimal toBigDecimal() {
        BigDecimal exact = FixedPoint.toBigDecimal(units, SCALE_DIGITS).stripTrailingZeros();
        return exact.scale() < 2 ? exact.setScale(2) : exact;
    }


    @Override
    public int compareTo(Dollars o) {
        return Long.compare(units, o.units);
    }

    @Override
    public String toString() {
        return FixedPoint.format(units, SCALE_DIGITS, 2);
    }
}
