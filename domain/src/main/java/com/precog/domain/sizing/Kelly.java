package com.precog.domain.sizing;

import com.precog.domain.money.Dollars;

/**
 * Kelly criterion for a binary contract (SPEC §5): bought at all-in cost {@code c} (price +
 * fee per contract) with win probability {@code q}, {@code f* = (q − c)/(1 − c)}, 0 when ≤ 0.
 * Fractions are in millionths (rounded down), costs in Dollars units (10^-8 $), probabilities in
 * millionths. Allocation-free. The roadmap's {@code edge × fraction × bankroll} shortcut is
 * deliberately not offered.
 */
public final class Kelly {
    private static final long ONE_UNITS = Dollars.ONE_DOLLAR;
    private static final long MILLION = 1_000_000L;

    private Kelly() {}

    /**
     * Full Kelly {@code f* = (q − c)/(1 − c)}.
     *
     * @param winProbabilityMillionths the side's win probability {@code q} in millionths, {@code 0 .. 1_000_000}
     * @param allInCostUnits the all-in cost {@code c} of one contract (price + fee) in {@link Dollars} units, positive
     * @return {@code f*} in millionths rounded down; 0 when the bet has no edge or costs a dollar or more
     * @throws IllegalArgumentException if {@code allInCostUnits <= 0}
     */
    public static long fullMillionths(long winProbabilityMillionths, long allInCostUnits) {
        if (allInCostUnits <= 0) throw new IllegalArgumentException("all-in cost must be positive, was " + allInCostUnits + " units");
        if (allInCostUnits >= ONE_UNITS) return 0;
        long qUnits = winProbabilityMillionths * 100L;
        long num = qUnits - allInCostUnits;
        if (num <= 0) return 0;
        // num < 1e8, × 1e6 < 1e14: no overflow
        return num * MILLION / (ONE_UNITS - allInCostUnits);
    }

    /**
     * Fractional Kelly.
     *
     * @param fullMillionths {@code f*} in millionths, {@code 0 .. 1_000_000}
     * @param fractionMillionths the Kelly fraction in millionths (e.g. {@code 250_000} for quarter Kelly)
     * @return {@code fraction × f*} in millionths, rounded down
     */
    public static long fractionalMillionths(long fullMillionths, long fractionMillionths) {
        return fullMillionths * fractionMillionths / MILLION;
    }

    /**
     * The stake to bet.
     *
     * @param fractionMillionths the share of the bankroll in millionths
     * @param bankrollUnits the bankroll in {@link Dollars} units
     * @return {@code fraction × bankroll} in Dollars units rounded down; 0 for a non-positive bankroll or fraction
     */
    public static long stakeUnits(long fractionMillionths, long bankrollUnits) {
        if (bankrollUnits <= 0 || fractionMillionths <= 0) return 0;
        return SizingMath.mulDivFloor(bankrollUnits, fractionMillionths, MILLION);
    }

    /**
     * Contracts that a stake buys at an all-in cost: {@code floor(stake / c)}.
     *
     * @param stakeUnits the stake in {@link Dollars} units
     * @param allInCostUnits the all-in cost of one contract in Dollars units, positive
     * @param fractional whether the market trades fractional contracts
     * @return contracts in hundredths, rounded down to the hundredth, or to a whole contract unless {@code fractional}; 0 for a non-positive stake
     * @throws IllegalArgumentException if {@code allInCostUnits <= 0} and the stake is positive
     */
    public static long contractsHundredths(long stakeUnits, long allInCostUnits, boolean fractional) {
        if (stakeUnits <= 0) return 0;
        long h = SizingMath.mulDivFloor(stakeUnits, 100L, allInCostUnits);
        return fractional ? h : h - h % 100;
    }
}
