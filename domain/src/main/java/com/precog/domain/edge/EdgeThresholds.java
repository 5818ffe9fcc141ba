package com.precog.domain.edge;

import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Minimum edges (SPEC §4), in dollars per contract: the strategy's own minimum, the league's
 * minimum, and the market-efficiency add-on ({@code addOnPerStep} for every full
 * {@code efficiencyStep} of market efficiency above {@code efficiencyBase}). The strictest
 * (largest) applicable threshold wins. League codes are upper-case ({@code "NFL"}); a league
 * without an entry contributes no threshold. Immutable and thread-safe.
 *
 * @param byLeague minimum edge per contract by league code (keys upper-cased, copied), each in [0, 0.50]
 * @param efficiencyBase market efficiency at or below which no add-on applies
 * @param efficiencyStep efficiency step that adds one {@code addOnPerStep}, positive
 * @param addOnPerStep the add-on per full step, in [0, 0.50] dollars per contract
 */
public record EdgeThresholds(Map<String, Dollars> byLeague, Probability efficiencyBase, Probability efficiencyStep, Dollars addOnPerStep) {
    private static final Dollars MAX = Dollars.of("0.50");

    /**
     * Validates and copies the thresholds.
     *
     * @throws IllegalArgumentException if a league code is blank, an amount lies outside [0, 0.50]
     *         or the step is 0
     * @throws NullPointerException if a component is null
     */
    public EdgeThresholds {
        Objects.requireNonNull(byLeague, "byLeague");
        Map<String, Dollars> copy = new HashMap<>();
        byLeague.forEach((league, min) -> {
            if (league == null || league.isBlank()) throw new IllegalArgumentException("league code must not be blank");
            checkEdge(min, "league " + league + " minimum edge");
            copy.put(league.toUpperCase(Locale.ROOT), min);
        });
        byLeague = Map.copyOf(copy);
        Objects.requireNonNull(efficiencyBase, "efficiencyBase");
        Objects.requireNonNull(efficiencyStep, "efficiencyStep");
        if (efficiencyStep.millionths() == 0) throw new IllegalArgumentException("efficiencyStep must be positive");
        checkEdge(addOnPerStep, "efficiency add-on");
    }

    private static void checkEdge(Dollars d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.compareTo(MAX) > 0) throw new IllegalArgumentException(what + " must be within [0, 0.50], was " + d);
    }

    /**
     * SPEC defaults: NFL 0.05, NCAAF 0.06, NBA 0.05, MLB 0.06, TENNIS 0.07; +0.01 per +0.10
     * efficiency above a base of 0.50 (the base is our choice: SPEC only says "configured").
     *
     * @return the default thresholds
     */
    public static EdgeThresholds defaults() {
        return new EdgeThresholds(Map.of("NFL", Dollars.of("0.05"), "NCAAF", Dollars.of("0.06"), "NBA", Dollars.of("0.05"),
                "MLB", Dollars.of("0.06"), "TENNIS", Dollars.of("0.07")),
                Probability.of("0.50"), Probability.of("0.10"), Dollars.of("0.01"));
    }

    /**
     * The league's minimum edge.
     *
     * @param league a league code, any case; {@code null} allowed
     * @return the minimum edge per contract in Dollars units, 0 when none is configured
     */
    public long leagueMinimumUnits(String league) {
        Dollars d = league == null ? null : byLeague.get(league.toUpperCase(Locale.ROOT));
        return d == null ? 0 : d.units();
    }

    /**
     * The efficiency add-on: {@code addOnPerStep} for every full step above the base (rounded down).
     *
     * @param efficiencyMillionths the market's efficiency in millionths
     * @return the add-on in Dollars units, 0 at or below the base
     */
    public long efficiencyAddOnUnits(long efficiencyMillionths) {
        long above = efficiencyMillionths - efficiencyBase.millionths();
        if (above <= 0) return 0;
        return (above / efficiencyStep.millionths()) * addOnPerStep.units();
    }

    /**
     * The strictest applicable minimum edge in Dollars units. The add-on raises the larger of the
     * strategy and league minimums (it is an "add-on", not a separate threshold).
     *
     * @param strategyMinimumUnits the strategy's own minimum in Dollars units
     * @param league a league code, any case
     * @param efficiencyMillionths the market's efficiency in millionths
     * @return {@code max(strategy, league) + add-on} in Dollars units
     */
    public long requiredUnits(long strategyMinimumUnits, String league, long efficiencyMillionths) {
        return Math.max(strategyMinimumUnits, leagueMinimumUnits(league)) + efficiencyAddOnUnits(efficiencyMillionths);
    }

    /**
     * As {@link #requiredUnits(long, String, long)} with value types.
     *
     * @param strategyMinimum the strategy's own minimum edge per contract
     * @param league a league code, any case
     * @param efficiency the market's efficiency
     * @return the strictest applicable minimum edge per contract
     */
    public Dollars required(Dollars strategyMinimum, String league, Probability efficiency) {
        return Dollars.ofUnits(requiredUnits(strategyMinimum.units(), league, efficiency.millionths()));
    }
}
