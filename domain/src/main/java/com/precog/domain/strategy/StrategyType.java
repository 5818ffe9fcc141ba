package com.precog.domain.strategy;

import com.precog.domain.money.Dollars;
import java.util.Locale;

/**
 * The four strategy types of SPEC §6 with their default minimum edge and their priority when
 * several fire on one market (halftime, live, pre-game, settlement; lower rank wins).
 */
public enum StrategyType {
    PRE_GAME_ENTRY(2, "0.08"),
    HALFTIME_ENTRY(0, "0.06"),
    LIVE_TRADING(1, "0.10"),
    SETTLEMENT_ARBITRAGE(3, "0.02");

    private final int rank;
    private final Dollars defaultMinEdge;

    StrategyType(int rank, String defaultMinEdge) {
        this.rank = rank;
        this.defaultMinEdge = Dollars.of(defaultMinEdge);
    }

    /** Priority rank: 0 is the highest priority. */
    public int rank() {
        return rank;
    }

    /** SPEC §4 threshold by strategy. */
    public Dollars defaultMinEdge() {
        return defaultMinEdge;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code pre_game_entry}, {@code pre-game-entry} or the enum name. */
    public static StrategyType parse(String text) {
        if (text != null) {
            String t = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
            for (StrategyType s : values()) if (s.name().equals(t)) return s;
        }
        throw new IllegalArgumentException("strategy type must be pre_game_entry, halftime_entry, live_trading or settlement_arbitrage, was '" + text + "'");
    }
}
