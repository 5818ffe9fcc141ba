package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.TestGames;
import com.precog.domain.risk.BreakerConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFreshnessTest {
    static final String M = "KXNFLGAME-22SEP11NOATL-ATL";
    static final String OTHER = "KXNFLGAME-22SEP11KCARI-ARI";

    final MutableClock clock = new MutableClock(TestGames.KICKOFF.plusSeconds(600));
    final CircuitBreakerService breakers = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
    final Map<String, GameState> games = new HashMap<>();
    final Map<String, Instant> prices = new HashMap<>();
    final DataFreshness freshness = new DataFreshness(() -> List.of(M, OTHER), t -> Optional.ofNullable(prices.get(t)),
            t -> Optional.ofNullable(games.get(t)), breakers, clock);

    @Test
    void aLiveGameWhoseStateIsOverAMinuteOld_haltsEntriesInItsMarket_untilAFreshStateArrives() {
        GameState live = TestGames.nflLive("401437654");
        games.put(M, live.withObservedAt(clock.instant().minusSeconds(59)));
        freshness.check();
        assertThat(breakers.entriesHalted(M)).isFalse();

        games.put(M, live.withObservedAt(clock.instant().minusSeconds(61))); // the feed stopped: the last good state ages
        freshness.check();
        assertThat(breakers.entriesHalted(M)).as("the in-game model would price an old score and clock").isTrue();
        assertThat(breakers.entriesHalted(OTHER)).as("only that market").isFalse();
        assertThat(breakers.active()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("game state older than 60 s"));

        games.put(M, live.withObservedAt(clock.instant()));
        freshness.check();
        assertThat(breakers.entriesHalted(M)).isFalse();
    }

    @Test
    void aGameThatIsNoLongerLive_releasesItsMarket_andAScheduledOneIsNeverStale() {
        GameState live = TestGames.nflLive("401437654").withObservedAt(clock.instant().minusSeconds(120));
        games.put(M, live);
        freshness.check();
        assertThat(breakers.entriesHalted(M)).isTrue();
        games.put(M, live.withClock(4, Duration.ZERO, GameStatus.FINAL));
        freshness.check();
        assertThat(breakers.entriesHalted(M)).isFalse();

        games.put(OTHER, TestGames.scheduled(com.precog.domain.game.League.NFL, "401437655", "KC", "ARI", clock.instant().plusSeconds(7_200))
                .withObservedAt(clock.instant().minus(Duration.ofHours(1)))); // polled slowly before kick-off
        freshness.check();
        assertThat(breakers.active()).isEmpty();
    }

    /**
     * The stream is down and the REST polls that stand in for it fail too: the last copy of the book ages. Over 120 s,
     * entries halt in that market (SPEC §8) until a fresh copy arrives; a feed that cannot tell is taken as fresh.
     */
    @Test
    void pricesOverTwoMinutesOld_haltEntriesInThatMarket_untilTheBookIsCurrentAgain() {
        prices.put(M, clock.instant().minusSeconds(120));
        freshness.check();
        assertThat(breakers.entriesHalted(M)).as("120 s is not over the limit").isFalse();

        clock.advance(Duration.ofSeconds(1));
        freshness.check();
        assertThat(breakers.entriesHalted(M)).isTrue();
        assertThat(breakers.entriesHalted(OTHER)).as("a feed that cannot tell: fresh").isFalse();
        assertThat(breakers.active()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("prices older than 120 s"));

        games.put(M, TestGames.nflLive("401437654").withObservedAt(clock.instant())); // a fresh game state does not release it
        freshness.check();
        assertThat(breakers.entriesHalted(M)).isTrue();

        prices.put(M, clock.instant()); // a REST poll answered, or the stream is back
        freshness.check();
        assertThat(breakers.entriesHalted(M)).isFalse();
        assertThat(breakers.active()).isEmpty();
    }

    /** A market that stops being tracked while data_stale holds it (it closed during the outage) is released. */
    @Test
    void aStaleMarketNoLongerTracked_isReleased() {
        List<String> tracked = new java.util.ArrayList<>(List.of(M, OTHER));
        DataFreshness f = new DataFreshness(() -> tracked, t -> Optional.ofNullable(prices.get(t)), t -> Optional.empty(), breakers, clock);
        prices.put(M, clock.instant().minusSeconds(300));
        f.check();
        assertThat(breakers.entriesHalted(M)).isTrue();
        tracked.remove(M);
        f.check();
        assertThat(breakers.active()).as("resolved, not held for good").isEmpty();
    }
}
