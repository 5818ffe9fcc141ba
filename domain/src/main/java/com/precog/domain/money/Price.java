package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A contract price in dollars, strictly inside (0, 1), held exactly as whole micro-dollars
 * (10^-6 $). Kalshi quotes market data with 4 decimals and portfolio data with up to 6; both fit.
 *
 * <p>Invariant: {@code 0 < micros < 1_000_000}. {@link #toString()} prints at least 4 decimals
 * ("0.5600") and round-trips through {@link #parse(String)}. Immutable and thread-safe.
 *
 * @param micros the price in micro-dollars, {@code 1 .. 999_999} ($0.000001 to $0.999999)
 */
public record Price(long micros) implements Comparable<Price> {
    /** Micro-dollars per dollar. */
    public static final long ONE_DOLLAR_MICROS = FixedPoint.MICROS;

    /**
     * Validates the invariant.
     *
     * @param micros the price in micro-dollars, {@code 1 .. 999_999}
     * @throws IllegalArgumentException if {@code micros} is not strictly between 0 and {@link #ONE_DOLLAR_MICROS}
     */
    public Price {
        if (micros <= 0 || micros >= ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("price must be strictly between 0 and 1 dollar, was "
                    + FixedPoint.format(micros, 6, 4));
        }
    }

    /**
     * Parses a decimal dollar string exactly, as Kalshi sends it.
     *
     * @param dollars a decimal such as {@code "0.5600"} with at most 6 decimals; no rounding happens
     * @return the exact price
     * @throws IllegalArgumentException if the text is not a decimal, has more than 6 decimals or
     *         lies outside (0, 1)
     */
    public static Price parse(String dollars) {
        return new Price(FixedPoint.parse(dollars, 6, "price"));
    }

    /**
     * Same as {@link #parse(String)}.
     *
     * @param dollars a decimal such as {@code "0.5600"} with at most 6 decimals
     * @return the exact price
     * @throws IllegalArgumentException as {@link #parse(String)}
     */
    public static Price of(String dollars) {
        return parse(dollars);
    }

    /**
     * A price from micro-dollars, the unit the hot-path functions use.
     *
     * @param micros micro-dollars, e.g. {@code 560_000} for $0.56; {@code 1 .. 999_999}
     * @return the price
     * @throws IllegalArgumentException if {@code micros} lies outside (0, 1 000 000)
     */
    public static Price ofMicros(long micros) {
        return new Price(micros);
    }

    /**
     * A price from whole cents.
     *
     * @param cents whole cents, {@code 1 .. 99}
     * @return the price, {@code cents × 10 000} micro-dollars
     * @throws IllegalArgumentException if {@code cents} lies outside 1..99
     */
    public static Price ofCents(int cents) {
        return new Price(cents * 10_000L);
    }

    /**
     * Exact conversion from a decimal; never rounds.
     *
     * @param dollars the price in dollars
     * @return the exact price
     * @throws IllegalArgumentException if the value has more than 6 significant decimals or lies outside (0, 1)
     */
    public static Price of(BigDecimal dollars) {
        return new Price(FixedPoint.fromBigDecimal(dollars, 6, "price"));
    }

    /**
     * The price of the other side of a binary contract. A YES bid at 0.80 is a NO ask at 0.20.
     *
     * @return {@code 1 − this}, exact
     */
    public Price complement() {
        return new Price(ONE_DOLLAR_MICROS - micros);
    }

    /**
     * This price as an amount of money (the cost of one contract before fees).
     *
     * @return the same value as {@link Dollars}, exact
     */
    public Dollars toDollars() {
        return Dollars.ofMicros(micros);
    }

    /**
     * Exact decimal value in dollars.
     *
     * @return the value with trailing zeros stripped but at least 4 decimals, e.g. {@code 0.5600}
     */
    public BigDecimal toBigDecimal() {
        BigDecimal exact = FixedPoint.toBigDecimal(micros, 6).stripTrailingZeros();
        return exact.scale() < 4 ? exact.setScale(4) : exact;
    }

    /**
     * Strict comparison.
     *
     * @param other the price to compare with
     * @return {@code true} if this price is strictly higher than {@code other}
     */
    public boolean isAbove(Price other) {
        return micros > other.micros;
    }

    /**
     * Strict comparison.
     *
     * @param other the price to compare with
     * @return {@code true} if this price is strictly lower than {@code other}
     */
    public boolean isBelow(Price other) {
        return micros < other.micros;
    }

    @Override
    public int compareTo(Price o) {
        return Long.compare(micros, o.micros);
    }

    /**
     * The price in dollars with at least 4 decimals ({@code "0.5600"}, {@code "0.012345"}); parses back
     * with {@link #parse(String)}.
     *
     * @return the decimal text
     */
    @Override
    public String toString() {
        return FixedPoint.format(micros, 6, 4);
    }
}
