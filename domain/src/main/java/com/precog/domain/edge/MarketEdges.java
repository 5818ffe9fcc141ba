package com.precog.domain.edge;

import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;

/**
 * The four edges of one market at one instant (YES/NO × taker/maker), held in primitive arrays
 * so a scanner can reuse one instance per thread without allocating. Filled by
 * {@link EdgeDetector#scan}. A slot without an executable price has {@link EdgeMath#NO_QUOTE}.
 * Prices in micro-dollars, fees and edges in Dollars units (10^-8 $).
 *
 * <p>Mutable scratch space, not thread-safe; call {@link #edge(Side, Liquidity)} to get an
 * immutable {@link Edge} value.
 */
public final class MarketEdges {
    private final long[] priceMicros = new long[4];
    private final long[] feeUnits = new long[4];
    private final long[] edgeUnits = new long[4];
    private long yesProbabilityMillionths;

    /** An empty workspace; fill it with {@link EdgeDetector#scan}. */
    public MarketEdges() {
    }

    static int slot(Side side, Liquidity liquidity) {
        return (side == Side.YES ? 0 : 2) + (liquidity == Liquidity.TAKER ? 0 : 1);
    }

    void set(int slot, long price, long fee, long edge) {
        priceMicros[slot] = price;
        feeUnits[slot] = fee;
        edgeUnits[slot] = edge;
    }

    void yesProbability(long millionths) {
        this.yesProbabilityMillionths = millionths;
    }

    /** {@return the P(YES) of the last scan, in millionths} */
    public long yesProbabilityMillionths() {
        return yesProbabilityMillionths;
    }

    /**
     * Whether a slot has an executable price.
     *
     * @param side the side bought
     * @param liquidity taker or maker
     * @return {@code false} when the slot holds {@link EdgeMath#NO_QUOTE}
     */
    public boolean hasQuote(Side side, Liquidity liquidity) {
        return edgeUnits[slot(side, liquidity)] != EdgeMath.NO_QUOTE;
    }

    /**
     * The edge of one slot.
     *
     * @param side the side bought
     * @param liquidity taker or maker
     * @return the edge per contract in Dollars units (10<sup>-8</sup> $), or {@link EdgeMath#NO_QUOTE}
     */
    public long edgeUnits(Side side, Liquidity liquidity) {
        return edgeUnits[slot(side, liquidity)];
    }

    /**
     * The executable price of one slot.
     *
     * @param side the side bought
     * @param liquidity taker or maker
     * @return the price in micro-dollars, 0 without a quote
     */
    public long priceMicros(Side side, Liquidity liquidity) {
        return priceMicros[slot(side, liquidity)];
    }

    /**
     * The fee per contract of one slot.
     *
     * @param side the side bought
     * @param liquidity taker or maker
     * @return the fee in Dollars units (rounded up to $0.0001), 0 without a quote
     */
    public long feeUnits(Side side, Liquidity liquidity) {
        return feeUnits[slot(side, liquidity)];
    }

    /** {@return the side with the larger taker edge ({@code YES} on ties); meaningful only when one side has a quote} */
    public Side bestTakerSide() {
        return edgeUnits[2] > edgeUnits[0] ? Side.NO : Side.YES;
    }

    /** {@return the larger taker edge of the two sides in Dollars units, {@link EdgeMath#NO_QUOTE} when neither has an ask} */
    public long bestTakerEdgeUnits() {
        return Math.max(edgeUnits[0], edgeUnits[2]);
    }

    /**
     * The immutable value of one slot (allocates).
     *
     * @param side the side bought
     * @param liquidity taker or maker
     * @return the edge
     * @throws IllegalStateException when the slot has no quote
     */
    public Edge edge(Side side, Liquidity liquidity) {
        int s = slot(side, liquidity);
        if (edgeUnits[s] == EdgeMath.NO_QUOTE) throw new IllegalStateException("no " + liquidity + " quote for " + side);
        long q = EdgeMath.sideProbability(side == Side.YES, yesProbabilityMillionths);
        return new Edge(side, liquidity, Price.ofMicros(priceMicros[s]), Probability.ofMillionths(q), Dollars.ofUnits(feeUnits[s]),
                Dollars.ofUnits(edgeUnits[s]));
    }
}
