package com.precog.domain.market;

import com.precog.domain.money.Price;
import java.util.Arrays;

/**
 * A local copy of one market's order book as Kalshi publishes it: bids only, on both sides.
 * Asks are derived: {@code yes_ask = 1 − best_no_bid}, {@code no_ask = 1 − best_yes_bid}.
 *
 * <p>Levels are kept in ascending price order in primitive arrays (micro-dollars and contract
 * hundredths), so updates and queries allocate nothing. The best bid of a side is its last
 * level. A quantity query returns 0 and a price query returns 0 when the side is empty.
 *
 * <p>Not thread-safe: one writer (the market-data feed) owns it; readers take {@link #top()}.
 */
public final class OrderBook {
    private final String marketTicker;
    private final Levels yes = new Levels();
    private final Levels no = new Levels();

    /**
     * An empty book.
     *
     * @param marketTicker the market's ticker, not blank
     * @throws IllegalArgumentException if the ticker is null or blank
     */
    public OrderBook(String marketTicker) {
        if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
        this.marketTicker = marketTicker;
    }

    /** {@return the market's ticker} */
    public String marketTicker() {
        return marketTicker;
    }

    private Levels levels(Side side) {
        return side == Side.YES ? yes : no;
    }

    /** Drops every level of both sides. */
    public void clear() {
        yes.size = 0;
        no.size = 0;
    }

    /**
     * Sets one level's resting quantity (a snapshot level); 0 removes the level.
     *
     * @param side the side whose bid this is
     * @param priceMicros the bid price in micro-dollars, {@code 1 .. 999_999}
     * @param quantityHundredths the resting quantity in hundredths of a contract, {@code >= 0}
     * @throws IllegalArgumentException for a price outside (0, 1) or a negative quantity
     */
    public void setLevel(Side side, long priceMicros, long quantityHundredths) {
        checkPrice(priceMicros);
        if (quantityHundredths < 0) throw new IllegalArgumentException("quantity must not be negative, was " + quantityHundredths);
        levels(side).set(priceMicros, quantityHundredths);
    }

    /**
     * Applies a delta to one level (Kalshi's {@code orderbook_delta}); a level reaching 0 is removed.
     *
     * @param side the side whose bid changes
     * @param priceMicros the bid price in micro-dollars, {@code 1 .. 999_999}
     * @param deltaHundredths the change in hundredths of a contract, any sign
     * @return {@code false} (and the book unchanged) if the level would go negative: the local
     *         copy has diverged and must be rebuilt from a snapshot; {@code true} otherwise
     * @throws IllegalArgumentException for a price outside (0, 1)
     */
    public boolean applyDelta(Side side, long priceMicros, long deltaHundredths) {
        checkPrice(priceMicros);
        return levels(side).add(priceMicros, deltaHundredths);
    }

    private static void checkPrice(long priceMicros) {
        if (priceMicros <= 0 || priceMicros >= Price.ONE_DOLLAR_MICROS) {
            throw new IllegalArgumentException("book price must be strictly between 0 and 1 dollar, was " + priceMicros + " micros");
        }
    }

    /**
     * Best (highest) bid of a side.
     *
     * @param side the side
     * @return the bid in micro-dollars, 0 when the side is empty
     */
    public long bestBidMicros(Side side) {
        Levels l = levels(side);
        return l.size == 0 ? 0 : l.prices[l.size - 1];
    }

    /**
     * Quantity at the best bid of a side.
     *
     * @param side the side
     * @return contracts in hundredths, 0 when the side is empty
     */
    public long bestBidQuantity(Side side) {
        Levels l = levels(side);
        return l.size == 0 ? 0 : l.qty[l.size - 1];
    }

    /**
     * Price to buy a side now.
     *
     * @param side the side to buy
     * @return {@code 1 − best bid of the other side} in micro-dollars; 0 when nobody sells
     */
    public long bestAskMicros(Side side) {
        long opp = bestBidMicros(side.opposite());
        return opp == 0 ? 0 : Price.ONE_DOLLAR_MICROS - opp;
    }

    /**
     * Quantity available at the best ask of a side.
     *
     * @param side the side to buy
     * @return contracts in hundredths (the other side's best-bid quantity), 0 when nobody sells
     */
    public long bestAskQuantity(Side side) {
        return bestBidQuantity(side.opposite());
    }

    /** {@return {@code yes_ask − yes_bid} in micro-dollars, or -1 when either is missing} */
    public long spreadMicros() {
        long bid = bestBidMicros(Side.YES);
        long ask = bestAskMicros(Side.YES);
        return bid == 0 || ask == 0 ? -1 : ask - bid;
    }

    /**
     * Resting bid quantity of a side at one price.
     *
     * @param side the side
     * @param priceMicros the exact price in micro-dollars
     * @return contracts in hundredths, 0 when there is no level at that price
     */
    public long quantityAt(Side side, long priceMicros) {
        Levels l = levels(side);
        int i = Arrays.binarySearch(l.prices, 0, l.size, priceMicros);
        return i >= 0 ? l.qty[i] : 0;
    }

    /**
     * Contracts a buyer of {@code side} can take at a price of at most {@code limitMicros}: the
     * other side's bids at prices ≥ {@code 1 − limit}.
     *
     * @param side the side to buy
     * @param limitMicros the highest price the buyer pays, in micro-dollars
     * @return contracts in hundredths, summed over the levels; 0 when none
     */
    public long buyableQuantity(Side side, long limitMicros) {
        Levels opp = levels(side.opposite());
        long minOppBid = Price.ONE_DOLLAR_MICROS - limitMicros;
        long total = 0;
        for (int i = opp.size - 1; i >= 0 && opp.prices[i] >= minOppBid; i--) total += opp.qty[i];
        return total;
    }

    /**
     * Contracts a seller of {@code side} can sell at a price of at least {@code limitMicros}: this side's bids ≥ limit.
     *
     * @param side the side held
     * @param limitMicros the lowest price the seller accepts, in micro-dollars
     * @return contracts in hundredths, summed over the levels; 0 when none
     */
    public long sellableQuantity(Side side, long limitMicros) {
        Levels l = levels(side);
        long total = 0;
        for (int i = l.size - 1; i >= 0 && l.prices[i] >= limitMicros; i--) total += l.qty[i];
        return total;
    }

    /**
     * Number of price levels on a side.
     *
     * @param side the side
     * @return the number of levels with a positive quantity
     */
    public int depth(Side side) {
        return levels(side).size;
    }

    /**
     * Price of the i-th level from the best of a side.
     *
     * @param side the side
     * @param i the level, {@code 0 .. depth(side) − 1} (0 = best)
     * @return the level's price in micro-dollars
     * @throws ArrayIndexOutOfBoundsException if {@code i} is outside the side's depth
     */
    public long levelPriceFromBest(Side side, int i) {
        Levels l = levels(side);
        return l.prices[l.size - 1 - i];
    }

    /**
     * Quantity of the i-th level from the best of a side.
     *
     * @param side the side
     * @param i the level, {@code 0 .. depth(side) − 1} (0 = best)
     * @return the level's quantity in hundredths of a contract
     * @throws ArrayIndexOutOfBoundsException if {@code i} is outside the side's depth
     */
    public long levelQuantityFromBest(Side side, int i) {
        Levels l = levels(side);
        return l.qty[l.size - 1 - i];
    }

    /**
     * Copies the levels of a side (allocates).
     *
     * @param side the side
     * @return {@code [priceMicros, quantityHundredths]} pairs in ascending price order
     */
    public long[][] levelsAscending(Side side) {
        Levels l = levels(side);
        long[][] out = new long[l.size][];
        for (int i = 0; i < l.size; i++) out[i] = new long[] {l.prices[i], l.qty[i]};
        return out;
    }

    /** {@return an immutable summary of the top of the book, safe to hand to other threads} */
    public BookTop top() {
        return new BookTop(bestBidMicros(Side.YES), bestBidQuantity(Side.YES), bestBidMicros(Side.NO), bestBidQuantity(Side.NO));
    }

    /**
     * Compares the levels (not the ticker) of two books.
     *
     * @param other the other book
     * @return {@code true} when both books have the same levels on both sides
     */
    public boolean sameLevelsAs(OrderBook other) {
        return yes.sameAs(other.yes) && no.sameAs(other.no);
    }

    /** {@return a deep copy (for snapshots handed to other threads)} */
    public OrderBook copy() {
        OrderBook c = new OrderBook(marketTicker);
        c.yes.copyFrom(yes);
        c.no.copyFrom(no);
        return c;
    }

    @Override
    public String toString() {
        return "OrderBook[" + marketTicker + " yes=" + yes + " no=" + no + "]";
    }

    /** Sorted levels of one side. */
    private static final class Levels {
        long[] prices = new long[16];
        long[] qty = new long[16];
        int size;

        void set(long price, long q) {
            int i = Arrays.binarySearch(prices, 0, size, price);
            if (i >= 0) {
                if (q == 0) remove(i);
                else qty[i] = q;
            } else if (q > 0) {
                insert(-i - 1, price, q);
            }
        }

        boolean add(long price, long delta) {
            int i = Arrays.binarySearch(prices, 0, size, price);
            long current = i >= 0 ? qty[i] : 0;
            long next = current + delta;
            if (next < 0) return false;
            if (i >= 0) {
                if (next == 0) remove(i);
                else qty[i] = next;
            } else if (next > 0) {
                insert(-i - 1, price, next);
            }
            return true;
        }

        private void insert(int at, long price, long q) {
            if (size == prices.length) {
                prices = Arrays.copyOf(prices, size * 2);
                qty = Arrays.copyOf(qty, size * 2);
            }
            System.arraycopy(prices, at, prices, at + 1, size - at);
            System.arraycopy(qty, at, qty, at + 1, size - at);
            prices[at] = price;
            qty[at] = q;
            size++;
        }

        private void remove(int at) {
            System.arraycopy(prices, at + 1, prices, at, size - at - 1);
            System.arraycopy(qty, at + 1, qty, at, size - at - 1);
            size--;
        }

        boolean sameAs(Levels o) {
            return size == o.size && Arrays.equals(prices, 0, size, o.prices, 0, size) && Arrays.equals(qty, 0, size, o.qty, 0, size);
        }

        void copyFrom(Levels o) {
            prices = Arrays.copyOf(o.prices, Math.max(16, o.size));
            qty = Arrays.copyOf(o.qty, Math.max(16, o.size));
            size = o.size;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(prices[i]).append('@').append(qty[i]);
            }
            return sb.append(']').toString();
        }
    }
}
