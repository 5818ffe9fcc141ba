package com.precog.domain.sizing;

import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The entry limits of SPEC §5, all checked before every entry. Dollar limits are on the all-in
 * cost of positions (contracts × (price + fee)). {@code leagueShare} caps a league's exposure
 * at {@code share × maxTotalExposure}; leagues without a share are uncapped. Correlations are
 * in millionths within [-1, 1]. Immutable and thread-safe.
 *
 * @param maxPosition cap on one position's all-in cost, at most {@link #HARD_MAX_POSITION}
 * @param maxPositionBankrollShare cap on one position as a share of the bankroll
 * @param minPosition smallest position worth entering, at most {@code maxPosition}
 * @param maxTotalExposure cap on the cost basis of everything open
 * @param maxOpenPositions cap on the number of open positions
 * @param maxPositionsPerGame cap on open positions in one game/event
 * @param maxGameExposure cap on the cost basis in one game/event
 * @param maxCorrelatedExposure cap on the cost basis of positions correlated with the candidate
 * @param correlationRejectMillionths correlation (millionths) at or above which an entry is refused
 * @param correlationHalveMillionths correlation (millionths) at or above which the stake is halved, at most the reject level
 * @param leagueShare share of {@code maxTotalExposure} per league code (keys upper-cased, copied)
 * @param maxTradesPerHour cap on entries in the last 60 minutes
 * @param maxTradesPerDay cap on entries in the trading day
 * @param minBalance balance below which no entry is made
 */
public record RiskLimits(Dollars maxPosition, Probability maxPositionBankrollShare, Dollars minPosition, Dollars maxTotalExposure,
                         int maxOpenPositions, int maxPositionsPerGame, Dollars maxGameExposure, Dollars maxCorrelatedExposure,
                         long correlationRejectMillionths, long correlationHalveMillionths, Map<String, Probability> leagueShare,
                         int maxTradesPerHour, int maxTradesPerDay, Dollars minBalance) {
    /** No configuration may allow a single position above this. */
    public static final Dollars HARD_MAX_POSITION = Dollars.of(5_000);

    /**
     * Validates and copies the limits.
     *
     * @throws IllegalArgumentException if an amount or count is negative, {@code maxPosition} exceeds
     *         the hard maximum or is below {@code minPosition}, the correlation thresholds are not
     *         {@code -1 ≤ halve ≤ reject ≤ 1}, or a league code is blank
     * @throws NullPointerException if a component or a league share is null
     */
    public RiskLimits {
        nonNegative(maxPosition, "maxPosition");
        if (maxPosition.compareTo(HARD_MAX_POSITION) > 0) throw new IllegalArgumentException("maxPosition must not exceed the hard max $5000, was " + maxPosition);
        Objects.requireNonNull(maxPositionBankrollShare, "maxPositionBankrollShare");
        nonNegative(minPosition, "minPosition");
        nonNegative(maxTotalExposure, "maxTotalExposure");
        nonNegative(maxGameExposure, "maxGameExposure");
        nonNegative(maxCorrelatedExposure, "maxCorrelatedExposure");
        nonNegative(minBalance, "minBalance");
        if (minPosition.compareTo(maxPosition) > 0) throw new IllegalArgumentException("minPosition " + minPosition + " exceeds maxPosition " + maxPosition);
        if (maxOpenPositions < 0 || maxPositionsPerGame < 0 || maxTradesPerHour < 0 || maxTradesPerDay < 0) {
            throw new IllegalArgumentException("position and trade counts must not be negative");
        }
        if (correlationRejectMillionths < -1_000_000 || correlationRejectMillionths > 1_000_000
                || correlationHalveMillionths < -1_000_000 || correlationHalveMillionths > correlationRejectMillionths) {
            throw new IllegalArgumentException("correlation thresholds must satisfy -1 <= halve <= reject <= 1, were halve="
                    + correlationHalveMillionths / 1e6 + " reject=" + correlationRejectMillionths / 1e6);
        }
        Objects.requireNonNull(leagueShare, "leagueShare");
        Map<String, Probability> copy = new HashMap<>();
        leagueShare.forEach((k, v) -> {
            if (k == null || k.isBlank()) throw new IllegalArgumentException("league code must not be blank");
            copy.put(k.toUpperCase(Locale.ROOT), Objects.requireNonNull(v, "league share of " + k));
        });
        leagueShare = Map.copyOf(copy);
    }

    private static void nonNegative(Dollars d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }

    /**
     * SPEC §5 defaults: position ≤ $500 and ≤ 5% of bankroll, ≥ $10; total ≤ $10,000; ≤ 10 open;
     * per game ≤ 3 and ≤ $1,500; correlated ≤ $3,000, reject at ≥ 0.85, halve at ≥ 0.70; league
     * shares NFL 0.60, NBA 0.40, MLB 0.30, NHL 0.20; ≤ 10 trades/hour, ≤ 50/day; balance ≥ $1,000.
     *
     * @return the default limits
     */
    public static RiskLimits defaults() {
        return new RiskLimits(Dollars.of(500), Probability.of("0.05"), Dollars.of(10), Dollars.of(10_000), 10, 3, Dollars.of(1_500),
                Dollars.of(3_000), 850_000, 700_000,
                Map.of("NFL", Probability.of("0.60"), "NBA", Probability.of("0.40"), "MLB", Probability.of("0.30"), "NHL", Probability.of("0.20")),
                10, 50, Dollars.of(1_000));
    }

    /**
     * The league's exposure cap.
     *
     * @param league a league code, any case; {@code null} allowed
     * @return {@code share × maxTotalExposure} in Dollars units rounded down, or {@link Long#MAX_VALUE}
     *         when the league has no share
     */
    public long leagueCapUnits(String league) {
        Probability share = league == null ? null : leagueShare.get(league.toUpperCase(Locale.ROOT));
        return share == null ? Long.MAX_VALUE : SizingMath.mulDivFloor(maxTotalExposure.units(), share.millionths(), 1_000_000L);
    }
}
