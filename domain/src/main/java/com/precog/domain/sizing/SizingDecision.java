package com.precog.domain.sizing;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.util.Objects;

/**
 * The outcome of sizing one candidate entry: a size with its binding limit, or a named rejection.
 * Switch over the two records; both are immutable and thread-safe.
 */
public sealed interface SizingDecision permits SizingDecision.Sized, SizingDecision.Rejected {

    /** {@return full Kelly {@code f*} in millionths (0 when there is no edge)} */
    long fullKellyMillionths();

    /**
     * An accepted size.
     *
     * @param side                      side bought
     * @param price                     limit price
     * @param allInCost                 price + fee per contract
     * @param contracts                 contracts to buy (positive)
     * @param cost                      what the fill costs at most: contracts × price + contracts × fee per contract,
     *                                  the fee share rounded up to $0.0001 as Kalshi rounds a fill's fee
     * @param fullKellyMillionths       f*
     * @param fractionalKellyMillionths fraction × f*
     * @param reductionFactorMillionths product of size reductions (and correlation halving)
     * @param stake                     fractional Kelly stake after reductions, before caps
     * @param bindingLimit              the rule that decided the final size
     */
    record Sized(Side side, Price price, Dollars allInCost, Contracts contracts, Dollars cost, long fullKellyMillionths,
                 long fractionalKellyMillionths, long reductionFactorMillionths, Dollars stake, SizeLimit bindingLimit) implements SizingDecision {
        /**
         * Validates the size.
         *
         * @throws IllegalArgumentException if {@code contracts} is not positive
         * @throws NullPointerException if a value component is null
         */
        public Sized {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(allInCost, "allInCost");
            Objects.requireNonNull(contracts, "contracts");
            if (!contracts.isPositive()) throw new IllegalArgumentException("a sized entry needs positive contracts, was " + contracts);
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(stake, "stake");
            Objects.requireNonNull(bindingLimit, "bindingLimit");
        }
    }

    /**
     * A refusal with the one rule that refused it and a human detail (observed vs limit).
     *
     * @param reason the rule that refused
     * @param fullKellyMillionths {@code f*} in millionths when it was computed before the refusal, else 0
     * @param detail observed value vs limit, for people; {@code null} becomes {@code ""}
     */
    record Rejected(RejectionReason reason, long fullKellyMillionths, String detail) implements SizingDecision {
        /**
         * Validates the refusal.
         *
         * @throws NullPointerException if {@code reason} is null
         */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }
}
