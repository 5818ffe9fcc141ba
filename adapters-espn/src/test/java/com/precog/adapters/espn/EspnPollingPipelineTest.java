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

    /**
     * A feed gap (ESPN down, the request budget used up, or a daemon restart reading a stored state) that spans two
     * periods: last good state 2nd quarter 5:00, ATL 10-7; 50 minutes later ESPN shows the 4th quarter with the clock
     * running. Every observation used to be flagged against the frozen 2nd-quarter state for the rest of regulation.
     */
    @Test
    void aGapSpanningTwoPeriods_theFourthQuarterIsTakenAtOnce_andFollowedAsTheClockRuns() {
        List<String> boards = new java.util.ArrayList<>();
        boards.add(EspnEvents.board(EspnEvents.inProgress(EspnEvents.nflEvent("401437650"), 2, 300, "10", "7")));
        for (int clock = 600; clock >= 300; clock -= 15) {
            boards.add(EspnEvents.board(EspnEvents.inProgress(EspnEvents.nflEvent("401437650"), 4, clock, "20", "17")));
        }
        server.replay("football/nfl", boards.toArray(String[]::new));
        service.pollOnce(League.NFL);
        scheduler.advance(Duration.ofMinutes(50));
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        assertThat(service.current(NO_AT_ATL).orElseThrow().period()).isEqualTo(4);
        for (int i = 2; i < boards.size(); i++) {
            scheduler.advance(Duration.ofSeconds(15));
            service.pollOnce(League.NFL);
        }
        var current = service.current(NO_AT_ATL).orElseThrow();
        assertThat(current.period()).isEqualTo(4);
        assertThat(current.clockSeconds()).isEqualTo(300);
        assertThat(current.observedAt()).isEqualTo(scheduler.instant());
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).isEmpty();
        assertThat(states.history(NO_AT_ATL)).hasSize(boards.size());
    }

    /** A touchdown reversed on review, ESPN showing 26-24 -> 32-24 -> 26-24 while the clock runs: the correction is taken. */
    @Test
    void aReversedTouchdown_whileTheClockRuns_isAcceptedAfterThreePolls() {
        List<String> boards = new java.util.ArrayList<>();
        boards.add(EspnEvents.board(EspnEvents.inProgress(EspnEvents.nflEvent("401437650"), 4, 400, "26", "24")));
        boards.add(EspnEvents.board(EspnEvents.inProgress(EspnEvents.nflEvent("401437650"), 4, 390, "32", "24")));
        for (int clock = 380; clock >= 200; clock -= 10) {
            boards.add(EspnEvents.board(EspnEvents.inProgress(EspnEvents.nflEvent("401437650"), 4, clock, "26", "24")));
        }
        server.replay("football/nfl", boards.toArray(String[]::new));
        scheduler.advance(Duration.between(scheduler.instant(), Instant.parse("2022-09-11T19:00:00Z")));
        for (int i = 0; i < 4; i++) {
            service.pollOnce(League.NFL);
            scheduler.advance(Duration.ofSeconds(15));
        }
        assertThat(service.current(NO_AT_ATL).orElseThrow().homeScore()).as("after 3 polls showing 26-24").isEqualTo(32);
        service.pollOnce(League.NFL);
        assertThat(service.current(NO_AT_ATL).orElseThrow().homeScore()).isEqualTo(26);
        for (int i = 5; i < boards.size(); i++) {
            scheduler.advance(Duration.ofSeconds(15));
            service.pollOnce(League.NFL);
        }
        assertThat(service.current(NO_AT_ATL).orElseThrow().clockSeconds()).isEqualTo(200);
        assertThat(states.current(NO_AT_ATL).orElseThrow().homeScore()).isEqualTo(26);
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).hasSize(2);
    }
}
