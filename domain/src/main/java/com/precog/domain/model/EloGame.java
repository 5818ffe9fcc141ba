package com.precog.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finished game as Elo sees it: date, season (the year the season started), the two team ids
 * ({@code home} is "team 1"; at a neutral site the order carries no advantage), final scores
 * (non-negative points) and whether it was a playoff game.
 */
public record EloGame(LocalDate date, int season, String home, String away, boolean neutral, boolean playoff,
                      int homeScore, int awayScore) {
    public EloGame {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        if (home.isBlank()) throw new IllegalArgumentException("home must not be blank");
        if (away.isBlank()) throw new IllegalArgumentException("away must not be blank");
        if (home.equals(away)) throw new IllegalArgumentException("home and away must differ, both were " + home);
        if (homeScore < 0) throw new IllegalArgumentException("homeScore must be >= 0, was " + homeScore);
        if (awayScore < 0) throw new IllegalArgumentException("awayScore must be >= 0, was " + awayScore);
    }
}
