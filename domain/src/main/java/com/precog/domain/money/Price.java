package com.precog.domain.money;

import java.math.BigDecimal;

/**
 * A contract price in dollars, strictly inside (0, 1), held exactly as whole micro-dollars
 * (10^-6 $). Kalshi quotes market data with 4 decimals and portfolio data with up to 6; both fit.
 *
 * <p>Invariant: {@code 0 < micros < 1_000_000}. {@link #toString()} prints at least 4 decimals
 * ("0.5600") and round-trips through {@link #parse(String)}. Immutable and thread-safe.
 */
public record Price(long micros) implements Comparable<Price> {
    /** Micro-dollars per dollar. */
    public static final long ONE_DOLLAR_MICROS = FixedPoint.MICROS;

    public Price {
        if (micros <= 0 || micros >= ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("price must be strictly between 0 and 1 dollar, was "
                    + FixedPoint.format(micros, 6, 4));
        }
    }

    /** Parses a decimal dollar string such as {@code "0.5600"} (at most 6 decimals). */
    public static Price parse(String dollars) {
        return new Price(FixedPoint.parse(dollars, 6, "price"));
    }

    /** Same as {@link #parse(String)}. */
    public static Price of(String dollars) {
        return parse(dollars);
    }

    /** A price from micro-dollars (e.g. 560_000 for $0.56). */
    public static Price ofMicros(long micros) {
        return new Price(micros);
    }

    /** A price from whole cents (1–99). */
    public static Price ofCents(int cents) {
        return new Price(cents * 10_000L);
    }

    /** Exact conversion; fails when the value has more than 6 decimals or lies outside (0, 1). */
    public static Price of(BigDecimal dollars) {
        return new Price(FixedPoint.fromBigDecimal(dollars, 6, "price"));
    }

    /** The price of the other side of a binary contract: {@code 1 − this}. */
    public Price complement() {
        return new Price(ONE_DOLLAR_MICROS - micros);
    }

    /** This price as dollars (exact). */
    public Dollars toDollars() {
        return Dollars.ofMicros(micros);
    }

    /** Exact decimal value in dollars. */
    public BigDecimal toBigDecimal() {
        BigDecimal exact = FixedPoint.toBigDecimal(micros, 6).stripTrailingZeros();
        return exact.scale() < 4 ? exact.setScale(4) : exact;
    }

    public boolean isAbove(Price other) {
        return micros > other.micros;
    }

    public boolean isBelow(Price other) {
        return micros < other.micros;
    }

    @Override
    public int compareTo(Price o) {
        return Long.compare(micros, o.micros);
    }

    @Override
    public String toString() {
        return FixedPoint.format(micros, 6, 4);
    }
}
