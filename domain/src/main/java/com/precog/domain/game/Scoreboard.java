package com.precog.domain.game;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * All games of one league on one day as a feed reported them at {@code observedAt}, with the
 * feed's warnings (events it could not parse, a suspiciously truncated page).
 */
public record Scoreboard(League league, LocalDate date, Instant observedAt, List<GameState> games, List<String> warnings) {
    public Scoreboard {
        Objects.requireNonNull(league, "league");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(observedAt, "observedAt");
        games = List.copyOf(games);
        warnings = List.copyOf(warnings);
        for (GameState g : games) {
            if (g.league() != league) throw new IllegalArgumentException("game " + g.id() + " is not " + league);
        }
    }
}
