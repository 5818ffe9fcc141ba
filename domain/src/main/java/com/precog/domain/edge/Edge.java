package com.precog.domain.edge;

import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import java.util.Objects;

/**
 * The expected profit of buying one contract of {@code side} at {@code price} after the fee
 * (SPEC §4): {@code value = winProbability − price − feePerContract}, in dollars per contract.
 * {@code winProbability} is the probability of the side bought (P(YES) for YES, 1 − P(YES) for
 * NO); {@code liquidity} says whether the price is taken from the book or would rest in it.
 * Invariant: {@code value} equals that formula exactly. Immutable and thread-safe.
 *
 * @param side the side bought
 * @param liquidity taker (price from the book) or maker (price of a resting order)
 * @param price the executable price of {@code side}
 * @param winProbability the probability that {@code side} wins (not P(YES) for NO)
 * @param feePerContract the fee of one contract at {@code price}, rounded up to $0.0001, non-negative
 * @param value the edge per contract: {@code winProbability − price − feePerContract}, exact; may be negative
 */
public record Edge(Side side, Liquidity liquidity, Price price, Probability winProbability, Dollars feePerContract, Dollars value) {
    /**
     * Validates the edge.
     *
     * @throws IllegalArgumentException if the fee is negative or {@code value} is not the formula
     * @throws NullPointerException if a component is null
     */
    public Edge {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(liquidity, "liquidity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(winProbability, "winProbability");
        Objects.requireNonNull(feePerContract, "feePerContract");
        Objects.requireNonNull(value, "value");
        if (feePerContract.isNegative()) throw new IllegalArgumentException("feePerContract must not be negative, was " + feePerContract);
        long expected = EdgeMath.edgeUnits(winProbability.millionths(), price.micros(), feePerContract.units());
        if (value.units() != expected) {
            throw new IllegalArgumentException("edge value " + value + " is not winProbability − price − fee = " + Dollars.ofUnits(expected));
        }
    }

    /**
     * The edge of buying {@code side} at {@code price} with the fee of the given liquidity role.
     *
     * @param fees the market's fee schedule
     * @param side the side bought
     * @param liquidity decides the fee coefficient
     * @param yesProbability the model's P(YES) (converted to the side's win probability here)
     * @param price the price of {@code side}
     * @return the edge; the fee is rounded up to $0.0001 per contract
     */
    public static Edge of(FeeSchedule fees, Side side, Liquidity liquidity, Probability yesProbability, Price price) {
        Probability q = side.probabilityFromYes(yesProbability);
        long fee = liquidity == Liquidity.TAKER ? fees.takerFeePerContractUnits(price.micros()) : fees.makerFeePerContractUnits(price.micros());
        return new Edge(side, liquidity, price, q, Dollars.ofUnits(fee), Dollars.ofUnits(EdgeMath.edgeUnits(q.millionths(), price.micros(), fee)));
    }

    /**
     * Taker edge (buying at the ask): {@code of(fees, side, TAKER, yesProbability, ask)}.
     *
     * @param fees the market's fee schedule
     * @param side the side bought
     * @param yesProbability the model's P(YES)
     * @param ask the ask of {@code side}
     * @return the edge with the taker fee
     */
    public static Edge taker(FeeSchedule fees, Side side, Probability yesProbability, Price ask) {
        return of(fees, side, Liquidity.TAKER, yesProbability, ask);
    }

    /** {@return the all-in cost of one contract: {@code price + feePerContract}} */
    public Dollars allInCost() {
        return price.toDollars().plus(feePerContract);
    }

    /** {@return {@code true} when the edge value is above $0} */
    public boolean isPositive() {
        return value.isPositive();
    }
}
