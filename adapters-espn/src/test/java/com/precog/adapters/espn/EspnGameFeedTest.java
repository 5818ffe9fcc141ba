package com.precog.adapters.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.adapters.espn.fake.FakeEspnServer.Fault;
import com.precog.application.port.out.games.GameFeed;
import com.precog.application.port.out.games.GameFeedContract;
import com.precog.application.port.out.games.GameFeedException;
import com.precog.domain.game.GameId;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EspnGameFeedTest extends GameFeedContract {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 11);
    private final FakeEspnServer server = FakeEspnServer.start().replay("football/nfl", SharedData.read(SharedData.NFL_LIVE));
    private final EspnConfig config = EspnConfig.DEFAULT.withBaseUrl(server.baseUrl())
            .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(40)).withRequestTimeout(Duration.ofSeconds(10));
    private final EspnGameFeed feed = new EspnGameFeed(config, Clock.systemUTC());

    @AfterEach
    void close() {
        server.close();
    }

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
        return DAY;
    }

    @Test
    void scoreboardRequest_alwaysSendsDatesAndLimit() {
        feed.scoreboard(League.NFL, DAY);
        assertThat(server.requests()).singleElement().satisfies(u -> {
            assertThat(u.getPath()).isEqualTo("/apis/site/v2/sports/football/nfl/scoreboard");
            assertThat(u.getQuery()).isEqualTo("dates=20220911&limit=300");
        });
    }

    @Test
    void collegeFootball_asksForTheFbsGroup() {
        server.replay("football/college-football", SharedData.resource(SharedData.NCAAF_SYNTHETIC));
        Scoreboard b = feed.scoreboard(League.NCAAF, LocalDate.of(2022, 9, 17));
        assertThat(b.games()).hasSize(8);
        assertThat(server.requests().get(0).getPath()).isEqualTo("/apis/site/v2/sports/football/college-football/scoreboard");
        assertThat(server.requests().get(0).getQuery()).isEqualTo("dates=20220917&limit=300&groups=80");
    }

    @Test
    void otherLeagues_useTheirSportPaths() {
        server.replay("hockey/nhl", SharedData.read(SharedData.NHL_LIVE));
        assertThat(feed.scoreboard(League.NHL, LocalDate.of(2022, 9, 25)).games()).hasSize(10);
        assertThat(feed.scoreboardUri(League.NBA, DAY).getPath()).isEqualTo("/apis/site/v2/sports/basketball/nba/scoreboard");
        assertThat(feed.scoreboardUri(League.MLB, DAY).getPath()).isEqualTo("/apis/site/v2/sports/baseball/mlb/scoreboard");
    }

    @Test
    void serverErrors_areRetriedWithBackoff() {
        server.fault(new Fault.Status(503), new Fault.Status(500));
        assertThat(feed.scoreboard(League.NFL, DAY).games()).hasSize(16);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void malformedJson_isRetried_thenReportedWhenItPersists() {
        server.fault(new Fault.Malformed());
        assertThat(feed.scoreboard(League.NFL, DAY).games()).hasSize(16);
        server.fault(new Fault.Malformed(), new Fault.Malformed(), new Fault.Malformed());
        assertThatThrownBy(() -> feed.scoreboard(League.NFL, DAY)).isInstanceOf(GameFeedException.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void htmlOrEmptyBodies_areRetried_thenReportedAsAFeedFailure_andTooManyRequestsIsRetried() {
        for (String body : new String[] {"<html><body><h1>503 Service Unavailable</h1></body></html>", "", "null"}) {
            FakeEspnServer page = FakeEspnServer.start().replay("football/nfl", body);
            try (page) {
                EspnGameFeed f = new EspnGameFeed(config.withBaseUrl(page.baseUrl()), Clock.systemUTC());
                assertThatThrownBy(() -> f.scoreboard(League.NFL, DAY)).as("body %s", body).isInstanceOf(GameFeedException.class)
                        .hasMessageContaining("JSON");
                assertThat(page.requests()).as("body %s: retried", body).hasSize(3);
            }
        }
        server.fault(new Fault.Status(429));
        assertThat(feed.scoreboard(League.NFL, DAY).games()).hasSize(16);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void slowResponse_timesOutAndIsRetried() {
        EspnGameFeed impatient = new EspnGameFeed(config.withRequestTimeout(Duration.ofMillis(400))
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)), Clock.systemUTC());
        server.fault(new Fault.Slow(Duration.ofMillis(900)));
        assertThat(impatient.scoreboard(League.NFL, DAY).games()).hasSize(16);
        assertThat(server.requests().size()).as("the timed-out attempt was retried").isGreaterThanOrEqualTo(2);
    }

    @Test
    void bodyStallingAfterTheHeaders_timesOutAndIsRetried() {
        // the JDK's request timeout stops at the headers: a transfer that stalls after them must still time out
        EspnGameFeed impatient = new EspnGameFeed(config.withRequestTimeout(Duration.ofMillis(300))
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)), Clock.systemUTC());
        server.fault(new Fault.StalledBody(Duration.ofMillis(900)));
        assertThat(impatient.scoreboard(League.NFL, DAY).games()).hasSize(16);
        assertThat(server.requests()).as("the stalled attempt was abandoned and retried").hasSize(2);
        EspnGameFeed noRetries = new EspnGameFeed(config.withRequestTimeout(Duration.ofMillis(300))
                .withRetries(0, Duration.ofMillis(10), Duration.ofMillis(40)), Clock.systemUTC());
        server.fault(new Fault.StalledBody(Duration.ofMillis(900)));
        assertThatThrownBy(() -> noRetries.scoreboard(League.NFL, DAY)).isInstanceOf(GameFeedException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void clientErrors_areNotRetried() {
        assertThatThrownBy(() -> feed.scoreboard(League.NBA, DAY)).isInstanceOf(GameFeedException.class).hasMessageContaining("HTTP 404");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void cacheAge_showsInObservedAt() {
        server.fault(new Fault.Stale(Duration.ofMinutes(5)));
        Scoreboard b = feed.scoreboard(League.NFL, DAY);
        assertThat(Duration.between(b.observedAt(), Instant.now())).isGreaterThan(Duration.ofSeconds(290));
        Scoreboard fresh = feed.scoreboard(League.NFL, DAY);
        assertThat(Duration.between(fresh.observedAt(), Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anAgeHeaderThatIsNotWholeSeconds_doesNotFailTheScoreboard() {
        server.fault(new Fault.AgeText("300.7")); // fractional: its whole seconds count
        Duration aged = Duration.between(feed.scoreboard(League.NFL, DAY).observedAt(), Instant.now());
        assertThat(aged).isBetween(Duration.ofSeconds(299), Duration.ofSeconds(305));
        server.fault(new Fault.AgeText("stale")); // not a number: ignored, as if absent
        Scoreboard b = feed.scoreboard(League.NFL, DAY);
        assertThat(b.games()).isNotEmpty();
        assertThat(Duration.between(b.observedAt(), Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void truncated25EventPage_isFlaggedAsAWarning() {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            if (i > 0) events.append(',');
            events.append(miniEvent(String.valueOf(500 + i), "T" + i, "U" + i));
        }
        server.replay("basketball/nba", "{\"events\":[" + events + "]}");
        server.fault(new Fault.Truncated25());
        Scoreboard b = feed.scoreboard(League.NBA, DAY);
        assertThat(b.games()).hasSize(25);
        assertThat(b.warnings()).anySatisfy(w -> assertThat(w).contains("truncated"));
        assertThat(feed.scoreboard(League.NBA, DAY).games()).hasSize(30);
    }

    @Test
    void requestBudget_isEnforced() {
        EspnGameFeed tiny = new EspnGameFeed(config.withMaxRequestsPerHour(2), Clock.systemUTC());
        tiny.scoreboard(League.NFL, DAY);
        tiny.scoreboard(League.NFL, DAY);
        assertThatThrownBy(() -> tiny.scoreboard(League.NFL, DAY)).isInstanceOf(GameFeedException.class)
                .hasMessageContaining("budget");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void summary_winProbabilitySeries() {
        server.summary("401437650", "{\"winprobability\":[{\"homeWinPercentage\":0.5,\"tiePercentage\":0.01,\"playId\":\"40143765011\",\"secondsLeft\":3600}]}");
        assertThat(feed.winProbabilities(League.NFL, GameId.of("NFL-401437650"))).singleElement()
                .satisfies(p -> assertThat(p.away().toString()).isEqualTo("0.49"));
        assertThat(server.requests().get(0).toString()).isEqualTo("/apis/site/v2/sports/football/nfl/summary?event=401437650");
    }

    @Test
    void baseUrl_comesFromEspnBaseUrl() {
        assertThat(EspnConfig.fromEnvironment(Map.of("ESPN_BASE_URL", "http://127.0.0.1:9/")).baseUrl().toString()).isEqualTo("http://127.0.0.1:9");
        assertThat(EspnConfig.fromEnvironment(Map.of()).baseUrl()).isEqualTo(EspnConfig.DEFAULT_BASE_URL);
        assertThatThrownBy(() -> EspnConfig.fromEnvironment(Map.of("ESPN_BASE_URL", "ftp://x"))).hasMessageContaining("ftp://x");
        assertThatThrownBy(() -> new EspnConfig(EspnConfig.DEFAULT_BASE_URL, Duration.ofSeconds(1), 500, 0, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1000)).hasMessageContaining("limit");
    }

    static String miniEvent(String id, String away, String home) {
        return "{\"id\":\"" + id + "\",\"date\":\"2022-09-11T17:00Z\",\"competitions\":[{\"competitors\":["
                + "{\"id\":\"1" + id + "\",\"homeAway\":\"home\",\"team\":{\"abbreviation\":\"" + home + "\"},\"score\":\"10\"},"
                + "{\"id\":\"2" + id + "\",\"homeAway\":\"away\",\"team\":{\"abbreviation\":\"" + away + "\"},\"score\":\"7\"}],"
                + "\"status\":{\"clock\":312.5,\"displayClock\":\"5:12\",\"period\":2,\"type\":{\"name\":\"STATUS_IN_PROGRESS\",\"state\":\"in\",\"completed\":false}}}]}";
    }
}
