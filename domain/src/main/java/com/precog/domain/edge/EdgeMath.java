package com.precog.domain.edge;

import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;

/**
 * Allocation-free edge arithmetic on scaled longs (SPEC §4). Probabilities are millionths,
 * prices micro-dollars, fees and edges {@link com.precog.domain.money.Dollars} units (10^-8 $).
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

    /** {@code q − price − fee} in Dollars units; {@code q} in millionths, price in micros, fee in units. */
    public static long edgeUnits(long winProbabilityMillionths, long priceMicros, long feePerContractUnits) {
        return (winProbabilityMillionths - priceMicros) * UNITS_PER_MICRO - feePerContractUnits;
    }

    /** The win probability of {@code yes ? YES : NO} in millionths from P(YES). */
    public static long sideProbability(boolean yes, long yesProbabilityMillionths) {
        return yes ? yesProbabilityMillionths : 1_000_000L - yesProbabilityMillionths;
    }

    /** Taker edge of buying at {@code askMicros}, or {@link #NO_QUOTE} when {@code askMicros} is 0 (nobody sells). */
    public static long takerEdgeUnits(FeeSchedule fees, long winProbabilityMillionths, long askMicros) {
        if (askMicros <= 0 || askMicros >= Price.ONE_DOLLAR_MICROS) return NO_QUOTE;
        return edgeUnits(winProbabilityMillionths, askMicros, fees.takerFeePerContractUnits(askMicros));
    }

    /** Maker edge of a resting buy at {@code priceMicros}, or {@link #NO_QUOTE} when the price is 0. */
    public static long makerEdgeUnits(FeeSchedule fees, long winProbabilityMillionths, long priceMicros) {
        if (priceMicros <= 0 || priceMicros >= Price.ONE_DOLLAR_MICROS) return NO_QUOTE;
        return edgeUnits(winProbabilityMillionths, priceMicros, fees.makerFeePerContractUnits(priceMicros));
    }
}
