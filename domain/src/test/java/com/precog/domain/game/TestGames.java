package com.precog.domain.game;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Small factories for game states in tests (shipped in the domain test-jar). */
public final class TestGames {
    public static final Instant KICKOFF = Instant.parse("2022-09-11T17:00:00Z");

    private TestGames() {}

    /** A live NFL game NO at ATL, 1st quarter 15:00, 0-0, observed at kickoff. */
    public static GameState nflLive(String eventId) {
        return nfl(eventId, "NO", "ATL", 0, 0, 1, 900, GameStatus.IN_PROGRESS);
    }

    public static GameState nfl(String eventId, String away, String home, int awayScore, int homeScore,
                                int period, int clockSeconds, GameStatus status) {
        return new GameState(GameId.espn(League.NFL, eventId), League.NFL, KICKOFF,
                TeamId.of(League.NFL, home), TeamId.of(League.NFL, away), homeScore, awayScore, period,
                Duration.ofSeconds(clockSeconds), status, Situation.NONE, Optional.empty(), false, KICKOFF);
    }

    public static GameState scheduled(League league, String eventId, String away, String home, Instant start) {
        return new GameState(GameId.espn(league, eventId), league, start, TeamId.of(league, home), TeamId.of(league, away),
                0, 0, 0, Duration.ofSeconds(league.periodSeconds()), GameStatus.SCHEDULED, Situation.NONE,
                Optional.empty(), false, start.minusSeconds(3600));
    }
}
