package com.precog.domain.backtest;

import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.sizing.PositionSizer;
import java.util.Objects;

/**
 * What a backtest trades with: starting bankroll, fees, the entry rule's minimum edge (per
 * contract, after fees) and confidence, the Kelly fraction and the sizer with every SPEC §5 limit.
 * Immutable and thread-safe.
 *
 * @param startingBankroll the bankroll, positive
 * @param fees the fee schedule fills pay (taker)
 * @param minEdgePerContract the smallest edge per contract after fees that enters, non-negative
 * @param minConfidenceMillionths the smallest model confidence that enters, in millionths
 * @param kellyFraction the share of full Kelly to bet
 * @param sizer the sizer with its limits and reductions
 * @param league the league code for the league share; {@code null} becomes {@code ""}
 */
public record BacktestSettings(Dollars startingBankroll, FeeSchedule fees, Dollars minEdgePerContract, long minConfidenceMillionths,
                               KellyFraction kellyFraction, PositionSizer sizer, String league) {
    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the bankroll is not positive, the minimum edge negative or the confidence outside [0, 1]
     * @throws NullPointerException if a value component is null
     */
    public BacktestSettings {
        Objects.requireNonNull(startingBankroll, "startingBankroll");
        if (!startingBankroll.isPositive()) throw new IllegalArgumentException("starting bankroll must be positive, was " + startingBankroll);
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(minEdgePerContract, "minEdgePerContract");
        if (minEdgePerContract.isNegative()) throw new IllegalArgumentException("minimum edge must not be negative, was " + minEdgePerContract);
        if (minConfidenceMillionths < 0 || minConfidenceMillionths > 1_000_000) {
            throw new IllegalArgumentException("minimum confidence must be within [0, 1], was " + minConfidenceMillionths);
        }
        Objects.requireNonNull(kellyFraction, "kellyFraction");
        Objects.requireNonNull(sizer, "sizer");
        league = league == null ? "" : league;
    }

    /** {@return the SPEC defaults for NFL pre-game trading: $10,000, Kalshi taker fees, edge 0.05 (league), confidence 0.50, Kelly 0.25} */
    public static BacktestSettings nflDefaults() {
        return new BacktestSettings(Dollars.of(10_000), FeeSchedule.standard(), Dollars.parse("0.05"), 500_000,
                KellyFraction.DEFAULT, PositionSizer.defaults(), "nfl");
    }
}
