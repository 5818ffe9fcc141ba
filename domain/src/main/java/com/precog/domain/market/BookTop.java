package com.precog.domain.market;

import com.precog.domain.money.Price;

/**
 * The top of a market's book at one instant, in micro-dollars and contract hundredths.
 * A missing bid is 0 (no price, no quantity). Derived asks follow Kalshi's bids-only book:
 * {@code yes_ask = 1 − no_bid}, {@code no_ask = 1 − yes_bid}. Immutable and thread-safe; no
 * method allocates.
 *
 * @param yesBidMicros best YES bid in micro-dollars, {@code 0 .. 999_999} (0 = no bid)
 * @param yesBidQuantity contracts at the best YES bid in hundredths, {@code >= 0}
 * @param noBidMicros best NO bid in micro-dollars, {@code 0 .. 999_999} (0 = no bid)
 * @param noBidQuantity contracts at the best NO bid in hundredths, {@code >= 0}
 */
public record BookTop(long yesBidMicros, long yesBidQuantity, long noBidMicros, long noBidQuantity) {
    /**
     * Validates the quote.
     *
     * @param yesBidMicros best YES bid in micro-dollars, {@code 0 .. 999_999} (0 = no bid)
     * @param yesBidQuantity contracts at the best YES bid in hundredths, {@code >= 0}
     * @param noBidMicros best NO bid in micro-dollars, {@code 0 .. 999_999} (0 = no bid)
     * @param noBidQuantity contracts at the best NO bid in hundredths, {@code >= 0}
     * @throws IllegalArgumentException if a bid lies outside [0, 1) dollars or a quantity is negative
     */
    public BookTop {
        if (yesBidMicros < 0 || yesBidMicros >= Price.ONE_DOLLAR_MICROS || noBidMicros < 0 || noBidMicros >= Price.ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("bids must be within [0, 1) dollars (0 = none)");
        }
        if (yesBidQuantity < 0 || noBidQuantity < 0) throw new IllegalArgumentException("quantities must not be negative");
    }

    /** A book with no bids on either side. */
    public static final BookTop EMPTY = new BookTop(0, 0, 0, 0);

    /**
     * Best bid of one side: the price a holder of {@code side} can sell at now.
     *
     * @param side the side
     * @return the bid in micro-dollars, 0 when there is none
     */
    public long bidMicros(Side side) {
        return side == Side.YES ? yesBidMicros : noBidMicros;
    }

    /**
     * Quantity at the best bid of one side.
     *
     * @param side the side
     * @return contracts in hundredths, 0 when there is no bid
     */
    public long bidQuantity(Side side) {
        return side == Side.YES ? yesBidQuantity : noBidQuantity;
    }

    /**
     * Executable price to buy {@code side} now: one minus the best bid of the other side.
     *
     * @param side the side to buy
     * @return the ask in micro-dollars, 0 when there is no seller
     */
    public long askMicros(Side side) {
        long opp = bidMicros(side.opposite());
        return opp == 0 ? 0 : Price.ONE_DOLLAR_MICROS - opp;
    }

    /**
     * Quantity offered at the ask of one side (the other side's best-bid quantity).
     *
     * @param side the side to buy
     * @return contracts in hundredths, 0 when there is no seller
     */
    public long askQuantity(Side side) {
        return bidQuantity(side.opposite());
    }

    /**
     * YES spread.
     *
     * @return {@code yes_ask − yes_bid} in micro-dollars, or -1 when one side is empty
     */
    public long spreadMicros() {
        long bid = yesBidMicros;
        long ask = askMicros(Side.YES);
        return bid == 0 || ask == 0 ? -1 : ask - bid;
    }

    /**
     * Mid of the YES quotes; for benchmarks, never for entry edges.
     *
     * @return {@code (yes_bid + yes_ask) / 2} in micro-dollars rounded down, 0 when one side is empty
     */
    public long yesMidMicros() {
        long ask = askMicros(Side.YES);
        return yesBidMicros == 0 || ask == 0 ? 0 : (yesBidMicros + ask) / 2;
    }
}
