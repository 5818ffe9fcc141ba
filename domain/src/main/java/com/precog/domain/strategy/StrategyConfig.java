package com.precog.domain.strategy;

import com.precog.domain.sizing.KellyFraction;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable configuration of a strategy version: its type, default {@link EntryRules} and
 * per-league overrides (league codes upper-case). Every rules object has the config's type.
 */
public record StrategyConfig(StrategyType type, EntryRules defaults, Map<String, EntryRules> byLeague) {
    public StrategyConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaults, "defaults");
        if (defaults.type() != type) throw new IllegalArgumentException("default rules are " + defaults.type() + ", not " + type);
        Objects.requireNonNull(byLeague, "byLeague");
        Map<String, EntryRules> copy = new HashMap<>();
        byLeague.forEach((league, rules) -> {
            if (league == null || league.isBlank()) throw new IllegalArgumentException("league code must not be blank");
            Objects.requireNonNull(rules, "rules of " + league);
            if (rules.type() != type) throw new IllegalArgumentException("rules of " + league + " are " + rules.type() + ", not " + type);
            copy.put(league.toUpperCase(Locale.ROOT), rules);
        });
        byLeague = Map.copyOf(copy);
    }

    /** The rules for a league, falling back to the defaults. */
    public EntryRules rulesFor(String league) {
        EntryRules r = league == null ? null : byLeague.get(league.toUpperCase(Locale.ROOT));
        return r == null ? defaults : r;
    }

    /**
     * SPEC defaults for a type, with the per-league Kelly fractions of SPEC §5 (NFL 0.25, NCAAF
     * 0.20, NBA 0.22, MLB 0.20, TENNIS 0.18); settlement arbitrage keeps its 0.50 override everywhere.
     */
    public static StrategyConfig defaults(StrategyType type) {
        EntryRules base = switch (type) {
            case PRE_GAME_ENTRY -> EntryRules.PreGame.defaults();
            case HALFTIME_ENTRY -> EntryRules.Halftime.defaults();
            case LIVE_TRADING -> EntryRules.Live.defaults();
            case SETTLEMENT_ARBITRAGE -> EntryRules.SettlementArbitrage.defaults();
        };
        if (type == StrategyType.SETTLEMENT_ARBITRAGE) return new StrategyConfig(type, base, Map.of());
        Map<String, EntryRules> leagues = new HashMap<>();
        DEFAULT_LEAGUE_KELLY.forEach((league, f) -> leagues.put(league, base.withKellyFraction(KellyFraction.of(f))));
        return new StrategyConfig(type, base, leagues);
    }

    /** SPEC §5 Kelly fraction by league. */
    public static final Map<String, String> DEFAULT_LEAGUE_KELLY = Map.of("NFL", "0.25", "NCAAF", "0.20", "NBA", "0.22", "MLB", "0.20", "TENNIS", "0.18");
}
