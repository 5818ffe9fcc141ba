package com.precog.domain.game;

import java.util.Locale;
import java.util.Optional;

/**
 * A league Precog follows, with its period rules. A period is a quarter (football, basketball),
 * a period (hockey) or an inning (baseball); {@link #periodSeconds()} is the length of a
 * regulation period's clock in seconds (0 when the sport has no game clock).
 * Overtime is any period above {@link #regulationPeriods()}.
 */
public enum League {
    NFL("football", "nfl", 4, 900, null, "KXNFLGAME"),
    NCAAF("football", "college-football", 4, 900, "80", "KXNCAAFGAME"),
    NBA("basketball", "nba", 4, 720, null, "KXNBAGAME"),
    NHL("hockey", "nhl", 3, 1200, null, "KXNHLGAME"),
    MLB("baseball", "mlb", 9, 0, null, "KXMLBGAME");

    private final String espnSport;
    private final String espnLeague;
    private final int regulationPeriods;
    private final int periodSeconds;
    private final String espnGroups;
    private final String kalshiGameSeries;

    League(String espnSport, String espnLeague, int regulationPeriods, int periodSeconds, String espnGroups,
           String kalshiGameSeries) {
        this.espnSport = espnSport;
        this.espnLeague = espnLeague;
        this.regulationPeriods = regulationPeriods;
        this.periodSeconds = periodSeconds;
        this.espnGroups = espnGroups;
        this.kalshiGameSeries = kalshiGameSeries;
    }

    /** Parses a league name case-insensitively ({@code "nfl"}, {@code "NCAAF"}). */
    public static League parse(String text) {
        if (text == null) throw new IllegalArgumentException("league must not be null");
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("league must be one of nfl, ncaaf, nba, nhl, mlb, was '" + text + "'");
        }
    }

    /** The league whose Kalshi game-winner series is {@code series} (e.g. {@code KXNFLGAME}). */
    public static Optional<League> ofKalshiSeries(String series) {
        for (League l : values()) if (l.kalshiGameSeries.equalsIgnoreCase(series)) return Optional.of(l);
        return Optional.empty();
    }

    public String espnSport() { return espnSport; }

    public String espnLeague() { return espnLeague; }

    public int regulationPeriods() { return regulationPeriods; }

    /** Seconds on a regulation period's clock; 0 when the sport has no clock (baseball). */
    public int periodSeconds() { return periodSeconds; }

    public boolean hasClock() { return periodSeconds > 0; }

    /** ESPN {@code groups=} value needed for a complete slate (FBS = 80 for college football). */
    public Optional<String> espnGroups() { return Optional.ofNullable(espnGroups); }

    public String kalshiGameSeries() { return kalshiGameSeries; }

    public boolean isOvertime(int period) { return period > regulationPeriods; }

    /** Period after which the game is at half time (football, basketball), or 0 when the sport has no half. */
    public int halftimeAfterPeriod() {
        return regulationPeriods == 4 ? 2 : 0;
    }

    /**
     * Whether a game may go from period {@code from} to period {@code to} between two
     * consecutive observations: periods never decrease and advance by at most one, except from
     * the pre-game period 0 (the first live observation may already be a later period).
     */
    public boolean isLegalPeriodTransition(int from, int to) {
        if (from < 0 || to < 0) return false;
        if (from == 0) return true;
        return to == from || to == from + 1;
    }
}
