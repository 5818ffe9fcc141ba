package com.precog.domain.sizing;

import com.precog.domain.market.Side;
import com.precog.domain.money.Price;
import java.util.Objects;

/**
 * One candidate entry to size: buy {@code side} at {@code priceMicros} (the limit price, e.g. the
 * ask) paying {@code feePerContractUnits} per contract, believing the side wins with
 * {@code winProbabilityMillionths}; {@code availableHundredths} is what the book offers at that
 * price or better. Scaled longs so the hot path allocates only this record. Immutable.
 */
public record SizingRequest(Side side, long priceMicros, long feePerContractUnits, long winProbabilityMillionths, KellyFraction fraction,
                            MarketConditions conditions, String league, long availableHundredths, boolean fractionalTrading) {
    public SizingRequest {
        Objects.requireNonNull(side, "side");
        if (priceMicros <= 0 || priceMicros >= Price.ONE_DOLLAR_MICROS) throw new IllegalArgumentException("price must be within (0, 1), was " + priceMicros + " micros");
        if (feePerContractUnits < 0) throw new IllegalArgumentException("fee must not be negative, was " + feePerContractUnits);
        if (winProbabilityMillionths < 0 || winProbabilityMillionths > 1_000_000) {
            throw new IllegalArgumentException("win probability must be within [0, 1], was " + winProbabilityMillionths);
        }
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(conditions, "conditions");
        league = league == null ? "" : league;
        if (availableHundredths < 0) throw new IllegalArgumentException("available quantity must not be negative, was " + availableHundredths);
    }

    /** All-in cost per contract in Dollars units: price + fee. */
    public long allInCostUnits() {
        return priceMicros * 100L + feePerContractUnits;
    }
}
