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
 * Invariant: {@code value} equals that formula exactly. Immutable.
 */
public record Edge(Side side, Liquidity liquidity, Price price, Probability winProbability, Dollars feePerContract, Dollars value) {
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

    /** The edge of buying {@code side} at {@code price} with the fee of the given liquidity role, from P(YES). */
    public static Edge of(FeeSchedule fees, Side side, Liquidity liquidity, Probability yesProbability, Price price) {
        Probability q = side.probabilityFromYes(yesProbability);
        long fee = liquidity == Liquidity.TAKER ? fees.takerFeePerContractUnits(price.micros()) : fees.makerFeePerContractUnits(price.micros());
        return new Edge(side, liquidity, price, q, Dollars.ofUnits(fee), Dollars.ofUnits(EdgeMath.edgeUnits(q.millionths(), price.micros(), fee)));
    }

    /** Taker edge (buying at the ask). */
    public static Edge taker(FeeSchedule fees, Side side, Probability yesProbability, Price ask) {
        return of(fees, side, Liquidity.TAKER, yesProbability, ask);
    }

    /** All-in cost of one contract: {@code price + fee}. */
    public Dollars allInCost() {
        return price.toDollars().plus(feePerContract);
    }

    public boolean isPositive() {
        return value.isPositive();
    }
}
