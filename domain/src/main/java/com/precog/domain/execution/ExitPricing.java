package com.precog.domain.execution;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Price;

/**
 * Prices of exit (sell) orders for the held side, SPEC §9. One tick is the market's own tick at
 * that price ({@link TickLadder#tickUp}/{@link TickLadder#tickDown}); every result is on the
 * ladder and inside (0, 1). Pure functions over micro-dollars; allocation-free.
 */
public final class ExitPricing {
    private ExitPricing() {}

    /** Worst acceptable sell price: {@code bid − maxSlippage} rounded up to the ladder, never below one tick. */
    public static long worstAcceptableMicros(long bidMicros, TickLadder ladder, long maxSlippageMicros) {
        long raw = bidMicros - maxSlippageMicros;
        if (raw <= ladder.minPrice()) return ladder.minPrice();
        return Math.min(ladder.ceil(raw), ladder.maxPrice());
    }

    /** The first sell price of a plan given the book top of the market. */
    public static long firstPriceMicros(FirstPrice rule, BookTop top, Side held, TickLadder ladder, long maxSlippageMicros) {
        long bid = top.bidMicros(held);
        long ask = top.askMicros(held);
        switch (rule) {
            case WORST_ACCEPTABLE_IOC:
                return worstAcceptableMicros(bid, ladder, maxSlippageMicros);
            case BID_PLUS_TICK:
                return bid > 0 ? ladder.tickUp(ladder.floor(bid)) : fallback(ask, ladder);
            case MID:
                if (bid > 0 && ask > 0) return clamp(ladder.ceil((bid + ask + 1) / 2), ladder);
                return bid > 0 ? ladder.tickUp(ladder.floor(bid)) : fallback(ask, ladder);
            case ASK_MINUS_TICK:
                if (ask > 0) {
                    long onAsk = clamp(ladder.ceil(ask), ladder);
                    long p = ladder.tickDown(onAsk);
                    // Decision: with a one-tick spread, ask − 1 tick is the bid; a LOW exit rests at the ask instead of crossing
                    return bid > 0 && p <= bid ? onAsk : clamp(p, ladder);
                }
                return bid > 0 ? ladder.tickUp(ladder.floor(bid)) : ladder.maxPrice();
            default:
                throw new IllegalArgumentException("unknown first price rule " + rule);
        }
    }

    private static long fallback(long ask, TickLadder ladder) {
        return ask > 0 ? clamp(ladder.tickDown(ladder.ceil(ask)), ladder) : ladder.maxPrice();
    }

    private static long clamp(long p, TickLadder ladder) {
        return Math.max(ladder.minPrice(), Math.min(p, ladder.maxPrice()));
    }

    /**
     * One walk step toward the bid: one tick below {@code currentMicros}, but never below
     * {@code bid − 1 tick} (SPEC §9: a sell never goes below best bid − 1 tick except on escalation).
     * With no bid the floor is one tick.
     */
    public static long walkMicros(long currentMicros, long bidMicros, TickLadder ladder) {
        long next = ladder.tickDown(currentMicros);
        long floor = bidMicros > 0 ? ladder.tickDown(ladder.floor(bidMicros)) : ladder.minPrice();
        return Math.min(Math.max(next, floor), currentMicros);
    }

    /** A price in micro-dollars as a ladder-valid {@link Price} for a sell (rounded toward the passive side). */
    public static Price sellPrice(long micros, TickLadder ladder) {
        return ladder.roundPassive(Price.ofMicros(micros), OrderAction.SELL);
    }
}
