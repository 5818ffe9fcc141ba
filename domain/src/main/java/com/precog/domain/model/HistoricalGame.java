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
 */
public record HistoricalGame(LocalDate date, int season, boolean playoff, String home, String away, int homeScore,
                             int awayScore, boolean neutral, OptionalDouble closingHomeMargin) {
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

    /** 1 if the home side won, 0 if it lost, 0.5 for a tie. */
    public double homeOutcome() {
        return homeScore > awayScore ? 1.0 : homeScore < awayScore ? 0.0 : 0.5;
    }

    /** Stable key: {@code date:home-away}. */
    public String key() {
        return date + ":" + home + "-" + away;
    }

    public EloGame toEloGame() {
        return new EloGame(date, season, home, away, neutral, playoff, homeScore, awayScore);
    }
}
