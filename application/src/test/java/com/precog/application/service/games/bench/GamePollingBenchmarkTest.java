package com.precog.application.service.games.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.service.games.PollOutcome;
import com.precog.domain.game.League;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it says: every poll sees 50 games, all changed, no anomaly, also across the wrap-around. */
class GamePollingBenchmarkTest {
    @Test
    void everyPollChangesFiftyGames() {
        GamePollingBenchmark b = new GamePollingBenchmark();
        b.games = 50;
        b.setUp();
        for (int i = 0; i < 2000; i++) {
            assertThat(b.pollFiftyLiveGames()).as("poll %d", i).isEqualTo(new PollOutcome.Polled(League.NFL, 50, 50, 0));
        }
    }
}
