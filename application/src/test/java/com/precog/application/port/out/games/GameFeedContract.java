package com.precog.application.port.out.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.game.GameState;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract every {@link GameFeed} passes. A subclass provides a feed that knows at least one
 * game of {@link #knownLeague()} on {@link #knownDate()}, including a live one.
 */
public abstract class GameFeedContract {
    protected abstract GameFeed feed();

    protected abstract League knownLeague();

    protected abstract LocalDate knownDate();

    @Test
    void scoreboard_returnsTheRequestedLeagueAndDate_withDistinctValidGames() {
        Scoreboard board = feed().scoreboard(knownLeague(), knownDate());
        assertThat(board.league()).isEqualTo(knownLeague());
        assertThat(board.date()).isEqualTo(knownDate());
        assertThat(board.games()).isNotEmpty();
        Set<Object> ids = new HashSet<>();
        for (GameState g : board.games()) {
            assertThat(g.league()).isEqualTo(knownLeague());
            assertThat(ids.add(g.id())).as("duplicate game id %s", g.id()).isTrue();
            assertThat(g.home()).isNotEqualTo(g.away());
        }
    }

    @Test
    void scoreboard_containsALiveGameWithClockWithinItsPeriod() {
        Scoreboard board = feed().scoreboard(knownLeague(), knownDate());
        GameState live = board.games().stream().filter(GameState::isLive).findFirst().orElseThrow();
        assertThat(live.period()).isPositive();
        assertThat(live.clockSeconds()).isBetween(0L, (long) knownLeague().periodSeconds());
    }

    @Test
    void scoreboard_isStampedWithWhenItWasObserved() {
        Scoreboard board = feed().scoreboard(knownLeague(), knownDate());
        assertThat(board.observedAt()).isNotNull();
        board.games().forEach(g -> assertThat(g.observedAt()).isEqualTo(board.observedAt()));
    }
}
