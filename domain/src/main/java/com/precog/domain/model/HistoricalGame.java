package com.precog.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A finished game with its closing line, as used to fit, evaluate and backtest pre-game models.
 *
 * <p>{@code home}/{@code away} are franchise ids (stable across renames and moves). {@code
 * closingHomeMargin} is the home side's expected winning margin implied by the closing point spread
 * (points; positive when the home team is favoured, 0 for a pick'em), empty when no line is known.
 * Immutable.
 *
 * @param date the game's date
 * @param season the season (the year it started)
 * @param playoff whether it was a playoff game
 * @param home the home franchise id, not blank
 * @param away the away franchise id, not blank, different from {@code home}
 * @param homeScore the home team's final points, {@code >= 0}
 * @param awayScore the away team's final points, {@code >= 0}
 * @param neutral whether the site was neutral
 * @param closingHomeMargin the closing expected home margin in points, finite; empty when unknown
 */
public record HistoricalGame(LocalDate date, int season, boolean playoff, String home, String away, int homeScore,
                             int awayScore, boolean neutral, OptionalDouble closingHomeMargin) {
    /**
     * Validates the game.
     *
     * @throws IllegalArgumentException if a team id is blank, the teams are equal, a score is negative or the margin is not finite
     * @throws NullPointerException if a reference component is null
     */
    public HistoricalGame {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        Objects.requireNonNull(closingHomeMargin, "closingHomeMargin");
        if (home.isBlank() || away.isBlank()) throw new IllegalArgumentException("home and away must not be blank");
        if (home.equals(away)) throw new IllegalArgumentException("home and away must differ, both were " + home);
        if (homeScore < 0) throw new IllegalArgumentException("homeScore must be >= 0, was " + homeScore);
        if (awayScore < 0) throw new IllegalArgumentException("awayScore must be >= 0, was " + awayScore);
        if (closingHomeMargin.isPresent() && !Double.isFinite(closingHomeMargin.getAsDouble())) {
            throw new IllegalArgumentException("closingHomeMargin must be finite, was " + closingHomeMargin.getAsDouble());
        }
    }

    /** {@return 1 if the home side won, 0 if it lost, 0.5 for a tie} */
    public double homeOutcome() {
        return homeScore > awayScore ? 1.0 : homeScore < awayScore ? 0.0 : 0.5;
    }

    /** {@return the stable key {@code date:home-away}} */
    public String key() {
        return date + ":" + home + "-" + away;
    }

    /** {@return the game as Elo replays it} */
    public EloGame toEloGame() {
        return new EloGame(date, season, home, away, neutral, playoff, homeScore, awayScore);
    }
}
