package com.precog.domain.sizing;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import java.util.Objects;

/**
 * One candidate entry to size: buy {@code side} at {@code priceMicros} (the limit price, e.g. the
 * ask) paying {@code feePerContractUnits} per contract, believing the side wins with
 * {@code winProbabilityMillionths}; {@code availableHundredths} is what the book offers at that
 * price or better. Scaled longs so the hot path allocates only this record; embedders holding
 * value types use {@link #of(Side, Price, Dollars, Probability, KellyFraction, MarketConditions, String, Contracts, boolean)}.
 * Immutable and thread-safe.
 *
 * @param side the side bought
 * @param priceMicros the limit price in micro-dollars, {@code 1 .. 999_999}
 * @param feePerContractUnits the fee of one contract at that price in {@link Dollars} units (10<sup>-8</sup> $), {@code >= 0}
 * @param winProbabilityMillionths the side's win probability in millionths, {@code 0 .. 1_000_000}
 * @param fraction the share of full Kelly to bet
 * @param conditions what the size reductions look at
 * @param league the league code for the league share (any case); {@code null} becomes {@code ""} (no league cap)
 * @param availableHundredths contracts (hundredths) the book offers at the price or better, {@code >= 0}
 * @param fractionalTrading whether the market trades fractional contracts
 */
public record SizingRequest(Side side, long priceMicros, long feePerContractUnits, long winProbabilityMillionths, KellyFraction fraction,
                            MarketConditions conditions, String league, long availableHundredths, boolean fractionalTrading) {
    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException if the price lies outside (0, 1), the fee or available quantity
     *         is negative, or the probability lies outside [0, 1]
     * @throws NullPointerException if side, fraction or conditions is null
     */
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

    /**
     * The same request from value types.
     *
     * @param side the side bought
     * @param price the limit price (e.g. the ask)
     * @param feePerContract the fee of one contract at {@code price} (e.g. {@code fees.takerFee(price, Contracts.of(1))})
     * @param winProbability the probability that {@code side} wins (P(YES) when buying YES)
     * @param fraction the share of full Kelly to bet
     * @param conditions what the size reductions look at
     * @param league the league code, or {@code ""}
     * @param available what the book offers at the price or better
     * @param fractionalTrading whether the market trades fractional contracts
     * @return the request
     * @throws IllegalArgumentException if the fee is negative
     * @throws NullPointerException if an argument other than {@code league} is null
     */
    public static SizingRequest of(Side side, Price price, Dollars feePerContract, Probability winProbability, KellyFraction fraction,
                                   MarketConditions conditions, String league, Contracts available, boolean fractionalTrading) {
        return new SizingRequest(side, price.micros(), feePerContract.units(), winProbability.millionths(), fraction, conditions,
                league, available.hundredths(), fractionalTrading);
    }

    /** {@return the limit price as a value} */
    public Price price() {
        return Price.ofMicros(priceMicros);
    }

    /** {@return the all-in cost per contract, {@code price + fee}, in Dollars units} */
    public long allInCostUnits() {
        return priceMicros * 100L + feePerContractUnits;
    }
}
