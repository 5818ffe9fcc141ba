package com.precog.domain.market;

import java.util.Objects;
import java.util.Optional;

/**
 * How a determined market pays: YES ($1 a YES contract, $0 a NO), NO (the reverse), a settlement
 * value between the two ({@code SCALAR}: YES pays the value, NO pays {@code 1 − value}; e.g. an NFL
 * game that ends in a tie resolves at $0.50 for each team, and a game not started within 48 hours at a
 * fair price), or VOID (the market is cancelled and every position is returned at its cost).
 *
 * @param kind           YES, NO, SCALAR or VOID
 * @param yesValueMicros what one YES contract pays, in micro-dollars: 1,000,000 (YES), 0 (NO), strictly
 *                       between them (SCALAR), 0 and unused (VOID)
 */
public record MarketOutcome(Kind kind, long yesValueMicros) {
    private static final long ONE = 1_000_000L;

    /** The four ways a market resolves. */
    public enum Kind {
        /** YES pays $1, NO $0. */
        YES,
        /** NO pays $1, YES $0. */
        NO,
        /** YES pays a value strictly between $0 and $1, NO the rest. */
        SCALAR,
        /** Cancelled: positions are returned at their entry price. */
        VOID
    }

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the value does not match the kind
     */
    public MarketOutcome {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case YES -> require(yesValueMicros == ONE, "a YES outcome pays 1,000,000 micros, was " + yesValueMicros);
            case NO, VOID -> require(yesValueMicros == 0, "a " + kind + " outcome has value 0, was " + yesValueMicros);
            case SCALAR -> require(yesValueMicros > 0 && yesValueMicros < ONE,
                    "a scalar value lies strictly between 0 and 1,000,000 micros, was " + yesValueMicros);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }

    /** {@return YES won} */
    public static MarketOutcome yes() {
        return new MarketOutcome(Kind.YES, ONE);
    }

    /** {@return NO won} */
    public static MarketOutcome no() {
        return new MarketOutcome(Kind.NO, 0);
    }

    /**
     * The side that paid $1, as an outcome.
     *
     * @param side the winning side
     * @return {@link #yes()} or {@link #no()}
     */
    public static MarketOutcome won(Side side) {
        return Objects.requireNonNull(side, "side") == Side.YES ? yes() : no();
    }

    /** {@return the market was cancelled: positions are returned at their cost} */
    public static MarketOutcome voided() {
        return new MarketOutcome(Kind.VOID, 0);
    }

    /**
     * A settlement value: 1,000,000 is YES, 0 is NO, anything between is SCALAR.
     *
     * @param yesValueMicros what one YES contract pays, in micro-dollars, {@code 0 .. 1,000,000}
     * @return the outcome
     * @throws IllegalArgumentException if the value lies outside [0, 1,000,000]
     */
    public static MarketOutcome ofYesValue(long yesValueMicros) {
        if (yesValueMicros == ONE) return yes();
        if (yesValueMicros == 0) return no();
        return new MarketOutcome(Kind.SCALAR, yesValueMicros);
    }

    /** {@return the side that paid $1, empty for SCALAR and VOID} */
    public Optional<Side> winningSide() {
        return switch (kind) {
            case YES -> Optional.of(Side.YES);
            case NO -> Optional.of(Side.NO);
            case SCALAR, VOID -> Optional.empty();
        };
    }

    /**
     * What one contract of {@code held} pays, in micro-dollars.
     *
     * @param held the side held
     * @return YES: the YES value; NO: {@code 1,000,000 − } the YES value
     * @throws IllegalStateException for VOID (a voided position is refunded at its cost, not paid a value)
     */
    public long valueMicros(Side held) {
        if (kind == Kind.VOID) throw new IllegalStateException("a voided market pays back each position's cost, not a value");
        return Objects.requireNonNull(held, "held") == Side.YES ? yesValueMicros : ONE - yesValueMicros;
    }
}
