package com.precog.domain.game;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished game from the historical record, for models and backtests. {@code week} is the
 * source's label ({@code "1"}.. or {@code "Wildcard"}, {@code "Division"}, {@code "Conference"},
 * {@code "Superbowl"}; empty when unknown). {@code favouriteSpread} is the closing point spread
 * of the favourite in points, zero or negative ({@code -2.5} = favoured by 2.5); both it and
 * {@code favourite} are empty when the source has no line; a pick'em has a spread of 0 and no
 * favourite.
 */
public record HistoricalGame(GameId id, LocalDate date, int season, String week, boolean playoff,
                             TeamId home, TeamId away, int homeScore, int awayScore,
                             Optional<TeamId> favourite, Optional<BigDecimal> favouriteSpread, boolean neutralSite) {
    public HistoricalGame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        week = week == null ? "" : week.trim();
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        Objects.requireNonNull(favourite, "favourite");
        Objects.requireNonNull(favouriteSpread, "favouriteSpread");
        if (home.equals(away)) throw new IllegalArgumentException("home and away must differ, both were " + home);
        if (homeScore < 0 || awayScore < 0) {
            throw new IllegalArgumentException("scores must be >= 0, were " + homeScore + "-" + awayScore);
        }
        if (season < 1900 || season > 2200) throw new IllegalArgumentException("season out of range: " + season);
        if (favourite.isPresent() && !favourite.get().equals(home) && !favourite.get().equals(away)) {
            throw new IllegalArgumentException("favourite must be home or away, was " + favourite.get());
        }
        if (favouriteSpread.isPresent() && favouriteSpread.get().signum() > 0) {
            throw new IllegalArgumentException("favouriteSpread must be <= 0, was " + favouriteSpread.get());
        }
    }

    public League league() {
        return home.league();
    }

    /** Points the home team was expected to win by (positive = home favoured), when a line exists. */
    public Optional<BigDecimal> homeLine() {
        if (favouriteSpread.isEmpty()) return Optional.empty();
        BigDecimal points = favouriteSpread.get().negate();
        if (favourite.isEmpty() || favourite.get().equals(home)) return Optional.of(points);
        return Optional.of(points.negate());
    }

    public int homeMargin() {
        return homeScore - awayScore;
    }
}
