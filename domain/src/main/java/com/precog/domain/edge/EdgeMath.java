package com.precog.domain.edge;

import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;

/**
 * Allocation-free edge arithmetic on scaled longs (SPEC §4). Probabilities are millionths,
 * prices micro-dollars, fees and edges {@link Dollars} units (10^-8 $).
 *
 * <p>The edge of buying one contract of a side is {@code q − price − fee_per_contract(price)}
 * where {@code q} is that side's win probability ({@code p} for YES, {@code 1 − p} for NO) and
 * the price is the executable one (the ask for a taker, the resting price for a maker).
 * {@link #NO_QUOTE} marks "no executable price".
 */
public final class EdgeMath {
    /** Dollars units per micro-dollar (and per millionth of probability). */
    public static final long UNITS_PER_MICRO = 100L;
    /** Returned when the side has no executable price (empty book side). */
    public static final long NO_QUOTE = Long.MIN_VALUE;

    private EdgeMath() {}

    /**
     * The edge formula, exact.
     *
     * @param winProbabilityMillionths the side's win probability in millionths
     * @param priceMicros the price in micro-dollars
     * @param feePerContractUnits the fee of one contract in {@link Dollars} units
     * @return {@code q − price − fee} in Dollars units (10<sup>-8</sup> $); may be negative
     */
    public static long edgeUnits(long winProbabilityMillionths, long priceMicros, long feePerContractUnits) {
        return (winProbabilityMillionths - priceMicros) * UNITS_PER_MICRO - feePerContractUnits;
    }

    /**
     * A side's win probability from P(YES).
     *
     * @param yes {@code true} for YES, {@code false} for NO
     * @param yesProbabilityMillionths P(YES) in millionths
     * @return P(YES) for YES, {@code 1 000 000 − P(YES)} for NO, in millionths
     */
    public static long sideProbability(boolean yes, long yesProbabilityMillionths) {
        return yes ? yesProbabilityMillionths : 1_000_000L - yesProbabilityMillionths;
    }

    /**
     * Taker edge of buying one contract at the ask, with the taker fee rounded up to $0.0001.
     *
     * @param fees the market's fee schedule
     * @param winProbabilityMillionths the bought side's win probability in millionths
     * @param askMicros the ask in micro-dollars; 0 (nobody sells) or anything outside (0, 1) gives {@link #NO_QUOTE}
     * @return the edge per contract in Dollars units, or {@link #NO_QUOTE}
     */
    public static long takerEdgeUnits(FeeSchedule fees, long winProbabilityMillionths, long askMicros) {
        if (askMicros <= 0 || askMicros >= Price.ONE_DOLLAR_MICROS) return NO_QUOTE;
        return edgeUnits(winProbabilityMillionths, askMicros, fees.takerFeePerContractUnits(askMicros));
    }

    /**
     * Taker edge with value types: the embedder's form of {@link #takerEdgeUnits(FeeSchedule, long, long)}.
     *
     * @param fees the market's fee schedule
     * @param winProbability the bought side's win probability (P(YES) when buying YES)
     * @param ask the ask of the side bought
     * @return the edge per contract, {@code q − ask − taker_fee(ask)}, exact; may be negative
     */
    public static Dollars takerEdge(FeeSchedule fees, Probability winProbability, Price ask) {
        return Dollars.ofUnits(takerEdgeUnits(fees, winProbability.millionths(), ask.micros()));
    }

    /**
     * Maker edge of a resting buy of one contract, with the maker fee rounded up to $0.0001.
     *
     * @param fees the market's fee schedule
     * @param winProbabilityMillionths the bought side's win probability in millionths
     * @param priceMicros the resting price in micro-dollars; 0 or anything outside (0, 1) gives {@link #NO_QUOTE}
     * @return the edge per contract in Dollars units, or {@link #NO_QUOTE}
     */
    public static long makerEdgeUnits(FeeSchedule fees, long winProbabilityMillionths, long priceMicros) {
        if (priceMicros <= 0 || priceMicros >= Price.ONE_DOLLAR_MICROS) return NO_QUOTE;
        return edgeUnits(winProbabilityMillionths, priceMicros, fees.makerFeePerContractUnits(priceMicros));
    }
}
