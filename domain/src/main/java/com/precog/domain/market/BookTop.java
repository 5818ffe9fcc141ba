package com.precog.domain.market;

import com.precog.domain.money.Price;

/**
 * The top of a market's book at one instant, in micro-dollars and contract hundredths.
 * A missing bid is 0 (no price, no quantity). Derived asks follow Kalshi's bids-only book:
 * {@code yes_ask = 1 − no_bid}, {@code no_ask = 1 − yes_bid}. Immutable.
 */
public record BookTop(long yesBidMicros, long yesBidQuantity, long noBidMicros, long noBidQuantity) {
    public BookTop {
        if (yesBidMicros < 0 || yesBidMicros >= Price.ONE_DOLLAR_MICROS || noBidMicros < 0 || noBidMicros >= Price.ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("bids must be within [0, 1) dollars (0 = none)");
        }
        if (yesBidQuantity < 0 || noBidQuantity < 0) throw new IllegalArgumentException("quantities must not be negative");
    }

    public static final BookTop EMPTY = new BookTop(0, 0, 0, 0);

    public long bidMicros(Side side) {
        return side == Side.YES ? yesBidMicros : noBidMicros;
    }

    public long bidQuantity(Side side) {
        return side == Side.YES ? yesBidQuantity : noBidQuantity;
    }

    /** Executable price to buy {@code side} now, 0 when there is no seller. */
    public long askMicros(Side side) {
        long opp = bidMicros(side.opposite());
        return opp == 0 ? 0 : Price.ONE_DOLLAR_MICROS - opp;
    }

    public long askQuantity(Side side) {
        return bidQuantity(side.opposite());
    }

    /** YES spread (ask − bid) in micros, -1 when one side is empty. */
    public long spreadMicros() {
        long bid = yesBidMicros;
        long ask = askMicros(Side.YES);
        return bid == 0 || ask == 0 ? -1 : ask - bid;
    }

    /** Mid of the YES quotes in micros (rounded down), 0 when one side is empty. For benchmarks, never for entry edges. */
    public long yesMidMicros() {
        long ask = askMicros(Side.YES);
        return yesBidMicros == 0 || ask == 0 ? 0 : (yesBidMicros + ask) / 2;
    }
}
