package com.precog.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finished game as Elo sees it: date, season (the year the season started), the two team ids
 * ({@code home} is "team 1"; at a neutral site the order carries no advantage), final scores
 * (non-negative points) and whether it was a playoff game. Immutable.
 *
 * @param date the game's date
 * @param season the season (the year it started)
 * @param home the home team's id, not blank
 * @param away the away team's id, not blank, different from {@code home}
 * @param neutral whether the site is neutral
 * @param playoff whether it was a playoff game
 * @param homeScore the home team's final points, {@code >= 0}
 * @param awayScore the away team's final points, {@code >= 0}
 */
public record EloGame(LocalDate date, int season, String home, String away, boolean neutral, boolean playoff,
                      int homeScore, int awayScore) {
    /**
     * Validates the game.
     *
     * @throws IllegalArgumentException if a team id is blank, the teams are equal or a score is negative
     * @throws NullPointerException if the date or a team id is null
     */
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
