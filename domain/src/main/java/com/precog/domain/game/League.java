package com.precog.domain.game;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A league Precog follows, with its period rules. A period is a quarter (football, basketball),
 * a period (hockey) or an inning (baseball); {@link #periodSeconds()} is the length of a
 * regulation period's clock in seconds (0 when the sport has no game clock).
 * Overtime is any period above {@link #regulationPeriods()}.
 *
 * <p>{@link #minimumPeriodWallTime(int)} is the least wall-clock time a complete period can take,
 * which bounds how many periods a game can advance between two observations (a feed gap, a
 * restart). The figures are deliberately generous (lower than any real period) and bounded:
 * <ul>
 *   <li>timed regulation periods: the period's own clock (NFL/NCAAF 15:00, NBA 12:00, NHL 20:00) —
 *       a game clock never runs faster than wall time, and real quarters take 30-45 min with
 *       stoppages; half time is not counted, which only makes the bound looser;</li>
 *   <li>NFL overtime: 10:00, the regular-season overtime clock (playoff periods are 15:00);</li>
 *   <li>NBA overtime: 5:00, its clock;</li>
 *   <li>NCAAF overtime: 1 min — college overtime has no clock and from the third overtime each
 *       period is a single two-point try per team;</li>
 *   <li>NHL overtime: 1 min — the shootout is listed as a period and is untimed;</li>
 *   <li>MLB innings: 2 min — six outs and a half-inning break; the pitch clock and the 2:00-2:05
 *       breaks put a real inning well above this.</li>
 * </ul>
 */
public enum League {
    NFL("football", "nfl", 4, 900, null, "KXNFLGAME", Duration.ofMinutes(15), Duration.ofMinutes(10)),
    NCAAF("football", "college-football", 4, 900, "80", "KXNCAAFGAME", Duration.ofMinutes(15), Duration.ofMinutes(1)),
    NBA("basketball", "nba", 4, 720, null, "KXNBAGAME", Duration.ofMinutes(12), Duration.ofMinutes(5)),
    NHL("hockey", "nhl", 3, 1200, null, "KXNHLGAME", Duration.ofMinutes(20), Duration.ofMinutes(1)),
    MLB("baseball", "mlb", 9, 0, null, "KXMLBGAME", Duration.ofMinutes(2), Duration.ofMinutes(2));

    private final String espnSport;
    private final String espnLeague;
    private final int regulationPeriods;
    private final int periodSeconds;
    private final String espnGroups;
    private final String kalshiGameSeries;
    private final Duration minimumRegulationPeriod;
    private final Duration minimumOvertimePeriod;

    League(String espnSport, String espnLeague, int regulationPeriods, int periodSeconds, String espnGroups,
           String kalshiGameSeries, Duration minimumRegulationPeriod, Duration minimumOvertimePeriod) {
        this.espnSport = espnSport;
        this.espnLeague = espnLeague;
        this.regulationPeriods = regulationPeriods;
        this.periodSeconds = periodSeconds;
        this.espnGroups = espnGroups;
        this.kalshiGameSeries = kalshiGameSeries;
        this.minimumRegulationPeriod = minimumRegulationPeriod;
        this.minimumOvertimePeriod = minimumOvertimePeriod;
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

    /** Whether an overtime period has a clock: not college football's (untimed possessions from the 25), nor a clockless sport's. */
    public boolean overtimeHasClock() { return hasClock() && this != NCAAF; }

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
     * consecutive observations taken moments apart: periods never decrease and advance by at most
     * one, except from the pre-game period 0 (the first live observation may already be a later
     * period). Same as {@link #isLegalPeriodTransition(int, int, Duration)} with no time between.
     */
    public boolean isLegalPeriodTransition(int from, int to) {
        return isLegalPeriodTransition(from, to, Duration.ZERO);
    }

    /**
     * Whether a game may go from period {@code from} to period {@code to} in {@code elapsed} wall-clock
     * time: periods never decrease; the next period is always possible; every period skipped
     * entirely in between must fit in the time, at {@link #minimumPeriodWallTime(int)} each (a Q2
     * observation followed 50 minutes later by Q4 is legal, 5 minutes later it is not). From the
     * pre-game period 0 any period is legal. A negative {@code elapsed} counts as none.
     */
    public boolean isLegalPeriodTransition(int from, int to, Duration elapsed) {
        Objects.requireNonNull(elapsed, "elapsed");
        if (from < 0 || to < 0) return false;
        if (from == 0) return true;
        if (to < from) return false;
        Duration available = elapsed.isNegative() ? Duration.ZERO : elapsed;
        Duration needed = Duration.ZERO;
        for (int skipped = from + 1; skipped < to; skipped++) {
            needed = needed.plus(minimumPeriodWallTime(skipped));
            if (needed.compareTo(available) > 0) return false;
        }
        return true;
    }

    /**
     * The least wall-clock time a complete period {@code period} (1..) can take in this league:
     * a regulation period's or an overtime period's figure (see the class comment for the values and why).
     */
    public Duration minimumPeriodWallTime(int period) {
        if (period < 1) throw new IllegalArgumentException("period must be >= 1, was " + period);
        return isOvertime(period) ? minimumOvertimePeriod : minimumRegulationPeriod;
    }
}
