package com.precog.adapters.espn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.adapters.espn.fake.FakeEspnServer.Fault;
import com.precog.application.port.out.games.InMemoryGameStates;
import com.precog.application.port.out.games.RecordingGameEvents;
import com.precog.application.service.games.GamePollingService;
import com.precog.application.service.games.ManualScheduler;
import com.precog.application.service.games.PollOutcome;
import com.precog.application.service.games.PollingPolicy;
import com.precog.domain.game.GameEvent;
import com.precog.domain.game.GameId;
import com.precog.domain.game.League;
import com.precog.domain.game.QualityIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole watcher over HTTP: fake ESPN server → EspnGameFeed → GamePollingService → SCD2 store and events. */
class EspnPollingPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GameId NO_AT_ATL = GameId.of("NFL-401437650");

    private final FakeEspnServer server = FakeEspnServer.start();
    private final ManualScheduler scheduler = new ManualScheduler(Instant.parse("2022-09-11T17:30:00Z"));
    private final EspnGameFeed feed = new EspnGameFeed(EspnConfig.DEFAULT.withBaseUrl(server.baseUrl())
            .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(20)), scheduler);
    private final InMemoryGameStates states = new InMemoryGameStates();
    private final RecordingGameEvents events = new RecordingGameEvents();
    private final GamePollingService service = new GamePollingService(feed, states, events, scheduler, scheduler,
            PollingPolicy.DEFAULT, List.of(League.NFL));

    @AfterEach
    void close() {
        server.close();
    }

    /** The real NFL scoreboard with ATL's score in NO@ATL changed. */
    static String withHomeScore(String scoreboard, String eventId, String score) throws Exception {
        JsonNode root = JSON.readTree(scoreboard);
        for (JsonNode e : root.path("events")) {
            if (!e.path("id").asText().equals(eventId)) continue;
            for (JsonNode c : e.path("competitions").path(0).path("competitors")) {
                if (c.path("homeAway").asText().equals("home")) ((ObjectNode) c).put("score", score);
            }
        }
        return JSON.writeValueAsString(root);
    }

    @Test
    void injectedScoreDecrease_isFlagged_andThePreviousStateIsKept() throws Exception {
        String real = SharedData.read(SharedData.NFL_LIVE);
        server.replay("football/nfl", real, withHomeScore(real, "401437650", "20"));
        service.start();
        scheduler.advance(Duration.ZERO);
        assertThat(service.current(NO_AT_ATL).orElseThrow().homeScore()).isEqualTo(26);
        assertThat(events.ofType(GameEvent.StateChanged.class)).hasSize(16);
        assertThat(scheduler.nextDueIn()).isEqualTo(Duration.ofSeconds(15));

        scheduler.advance(Duration.ofSeconds(15));
        List<GameEvent.AnomalyFlagged> flagged = events.ofType(GameEvent.AnomalyFlagged.class);
        assertThat(flagged).singleElement().satisfies(a -> {
            assertThat(a.rejected().id()).isEqualTo(NO_AT_ATL);
            assertThat(a.issues()).extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.SCORE_DECREASED);
        });
        assertThat(service.current(NO_AT_ATL).orElseThrow().homeScore()).isEqualTo(26);
        assertThat(states.current(NO_AT_ATL).orElseThrow().homeScore()).isEqualTo(26);
        assertThat(states.history(NO_AT_ATL)).hasSize(1);
        assertThat(events.ofType(GameEvent.StateChanged.class)).hasSize(16);
        service.stop();
    }

    @Test
    void staleScoreboard_isRejected_thenFreshDataIsAccepted() {
        server.replay("football/nfl", SharedData.read(SharedData.NFL_LIVE));
        server.fault(new Fault.Stale(Duration.ofSeconds(120)));
        assertThat(service.pollOnce(League.NFL)).isInstanceOf(PollOutcome.Stale.class);
        assertThat(events.ofType(GameEvent.StaleDataRejected.class)).hasSize(1);
        assertThat(states.current(NO_AT_ATL)).isEmpty();
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 16, 16, 0));
    }

    @Test
    void serverDown_isAFailedPoll_andTheScheduleGoesOn() {
        server.replay("football/nfl", SharedData.read(SharedData.NFL_LIVE));
        server.fault(new Fault.Status(503), new Fault.Status(503));
        service.start();
        scheduler.advance(Duration.ZERO);
        assertThat(events.events()).isEmpty();
        assertThat(scheduler.pending()).isEqualTo(1);
        scheduler.advance(Duration.ofMinutes(5));
        assertThat(service.current(NO_AT_ATL)).isPresent();
        service.stop();
    }
}
