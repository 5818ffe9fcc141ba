package com.precog.application.port.out.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.TestGames;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryGameFeedTest extends GameFeedContract {
    private final InMemoryGameFeed feed = new InMemoryGameFeed(Clock.fixed(TestGames.KICKOFF, ZoneOffset.UTC))
            .setGames(League.NFL, List.of(TestGames.nflLive("1"),
                    TestGames.nfl("2", "TB", "DAL", 0, 0, 0, 900, GameStatus.SCHEDULED)));

    @Override
    protected GameFeed feed() {
        return feed;
    }

    @Override
    protected League knownLeague() {
        return League.NFL;
    }

    @Override
    protected LocalDate knownDate() {
        return LocalDate.of(2022, 9, 11);
    }

    @Test
    void failure_isAGameFeedException() {
        feed.failWith("down");
        assertThatThrownBy(() -> feed.scoreboard(League.NFL, knownDate())).isInstanceOf(GameFeedException.class);
    }

    @Test
    void otherDate_isEmpty() {
        assertThat(feed.scoreboard(League.NFL, knownDate().plusDays(1)).games()).isEmpty();
    }
}
