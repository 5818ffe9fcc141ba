package com.precog.domain.game;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the abbreviations other sources use (ESPN, Kalshi, FiveThirtyEight) to Precog's
 * {@link TeamId}s. Only NFL codes differ between sources (ESPN {@code WSH}/{@code LV}, Kalshi
 * {@code JAC}/{@code LA}, FiveThirtyEight {@code OAK}); other leagues keep ESPN's abbreviation.
 */
public final class TeamCodes {
    private static final Map<String, String> NFL_ALIASES = Map.of(
            "WSH", "WAS",
            "LV", "LVR",
            "OAK", "LVR",
            "JAC", "JAX",
            "LA", "LAR",
            "SD", "LAC");

    private TeamCodes() {}

    /** The team an ESPN scoreboard abbreviation denotes. */
    public static TeamId fromEspn(League league, String abbreviation) {
        return canonical(league, abbreviation);
    }

    /** The team a Kalshi ticker code denotes (e.g. {@code JAC} → {@code NFL:JAX}). */
    public static TeamId fromKalshi(League league, String code) {
        return canonical(league, code);
    }

    /**
     * Canonical team for a code of any source. For the NFL, historical codes of franchises that
     * moved ({@code OAK}, {@code SD}) map to today's franchise id; {@code STL} is left alone (Rams or Cardinals).
     */
    public static TeamId canonical(League league, String code) {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("team code must not be blank");
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (league == League.NFL) upper = NFL_ALIASES.getOrDefault(upper, upper);
        return TeamId.of(league, upper);
    }
}
