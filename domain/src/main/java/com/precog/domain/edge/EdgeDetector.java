package com.precog.domain.edge;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;

/**
 * Side-aware, fee-aware edge detection on executable prices only (SPEC §4), never on the last
 * price or the mid.
 *
 * <ul>
 *   <li>Taker: buy at the ask of the side ({@code yes_ask = 1 − best_no_bid}), taker fee.</li>
 *   <li>Maker: the price a resting buy would get — one tick above the side's best bid when
 *   that is still below the ask, else the best bid itself — with the maker fee. No maker quote
 *   when the side has no bid.</li>
 * </ul>
 * Stateless and allocation-free: results go into a caller-owned {@link MarketEdges}.
 */
public final class EdgeDetector {
    private EdgeDetector() {}

    /**
     * Computes all four edges (YES/NO × taker/maker) into {@code out}; allocation-free.
     *
     * @param yesProbabilityMillionths the model's P(YES) in millionths, {@code 0 .. 1_000_000}
     * @param yesBidMicros best YES bid in micro-dollars, 0 = none
     * @param noBidMicros best NO bid in micro-dollars, 0 = none
     * @param fees the market's fee schedule
     * @param ladder the market's tick ladder (for the maker's one-tick improvement)
     * @param out the caller's scratch space, overwritten
     * @throws IllegalArgumentException if the probability lies outside [0, 1 000 000]
     */
    public static void scan(long yesProbabilityMillionths, long yesBidMicros, long noBidMicros, FeeSchedule fees, TickLadder ladder,
                            MarketEdges out) {
        if (yesProbabilityMillionths < 0 || yesProbabilityMillionths > 1_000_000L) {
            throw new IllegalArgumentException("yesProbability must be within [0, 1] (millionths), was " + yesProbabilityMillionths);
        }
        out.yesProbability(yesProbabilityMillionths);
        long pYes = yesProbabilityMillionths;
        long pNo = 1_000_000L - yesProbabilityMillionths;
        long yesAsk = noBidMicros == 0 ? 0 : Price.ONE_DOLLAR_MICROS - noBidMicros;
        long noAsk = yesBidMicros == 0 ? 0 : Price.ONE_DOLLAR_MICROS - yesBidMicros;
        taker(out, MarketEdges.slot(Side.YES, Liquidity.TAKER), fees, pYes, yesAsk);
        taker(out, MarketEdges.slot(Side.NO, Liquidity.TAKER), fees, pNo, noAsk);
        maker(out, MarketEdges.slot(Side.YES, Liquidity.MAKER), fees, ladder, pYes, yesBidMicros, yesAsk);
        maker(out, MarketEdges.slot(Side.NO, Liquidity.MAKER), fees, ladder, pNo, noBidMicros, noAsk);
    }

    /**
     * As {@link #scan(long, long, long, FeeSchedule, TickLadder, MarketEdges)} from a book top.
     *
     * @param yesProbabilityMillionths the model's P(YES) in millionths
     * @param top the top of the book
     * @param fees the market's fee schedule
     * @param ladder the market's tick ladder
     * @param out the caller's scratch space, overwritten
     */
    public static void scan(long yesProbabilityMillionths, BookTop top, FeeSchedule fees, TickLadder ladder, MarketEdges out) {
        scan(yesProbabilityMillionths, top.yesBidMicros(), top.noBidMicros(), fees, ladder, out);
    }

    /**
     * As {@link #scan(long, long, long, FeeSchedule, TickLadder, MarketEdges)} from a live book.
     *
     * @param yesProbabilityMillionths the model's P(YES) in millionths
     * @param book the order book (read, not changed)
     * @param fees the market's fee schedule
     * @param ladder the market's tick ladder
     * @param out the caller's scratch space, overwritten
     */
    public static void scan(long yesProbabilityMillionths, OrderBook book, FeeSchedule fees, TickLadder ladder, MarketEdges out) {
        scan(yesProbabilityMillionths, book.bestBidMicros(Side.YES), book.bestBidMicros(Side.NO), fees, ladder, out);
    }

    private static void taker(MarketEdges out, int slot, FeeSchedule fees, long q, long ask) {
        if (ask == 0) {
            out.set(slot, 0, 0, EdgeMath.NO_QUOTE);
            return;
        }
        long fee = fees.takerFeePerContractUnits(ask);
        out.set(slot, ask, fee, EdgeMath.edgeUnits(q, ask, fee));
    }

    private static void maker(MarketEdges out, int slot, FeeSchedule fees, TickLadder ladder, long q, long bid, long ask) {
        if (bid == 0) {
            out.set(slot, 0, 0, EdgeMath.NO_QUOTE);
            return;
        }
        long price = restingBuyPrice(ladder, bid, ask);
        long fee = fees.makerFeePerContractUnits(price);
        out.set(slot, price, fee, EdgeMath.edgeUnits(q, price, fee));
    }

    /**
     * The price a resting (maker) buy would get.
     *
     * @param ladder the market's tick ladder
     * @param bidMicros the side's best bid in micro-dollars, positive
     * @param askMicros the side's ask in micro-dollars, 0 = none
     * @return one tick above the best bid if that stays below the ask (or there is no ask), else the best bid
     */
    public static long restingBuyPrice(TickLadder ladder, long bidMicros, long askMicros) {
        long up = ladder.tickUp(bidMicros);
        if (up == bidMicros) return bidMicros;
        if (askMicros != 0 && up >= askMicros) return bidMicros;
        return up;
    }
}
