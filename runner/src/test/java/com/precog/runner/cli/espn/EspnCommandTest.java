package com.precog.runner.cli.espn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.espn.SharedData;
import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.runner.cli.CliRunner;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EspnCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private FakeEspnServer server;

    @BeforeEach
    void start() {
        server = FakeEspnServer.start();
        System.setProperty("ESPN_BASE_URL", server.baseUrl().toString());
    }

    @AfterEach
    void stop() {
        System.clearProperty("ESPN_BASE_URL");
        server.close();
    }

    private static Map<String, JsonNode> games(JsonNode doc) {
        Map<String, JsonNode> m = new HashMap<>();
        doc.path("games").forEach(g -> m.put(g.path("id").asText(), g));
        return m;
    }

    @Test
    void scoresNcaafJson_printsEveryGameWithScoresPeriodClockStateAndPossession() throws Exception {
        server.replay("football/college-football", SharedData.resource(SharedData.NCAAF_SYNTHETIC));
        CliRunner.Result r = CliRunner.run("espn", "scores", "--league", "ncaaf", "--date", "20220917", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("league").asText()).isEqualTo("NCAAF");
        assertThat(doc.path("date").asText()).isEqualTo("2022-09-17");
        Map<String, JsonNode> g = games(doc);
        assertThat(g).hasSize(8);
        JsonNode half = g.get("NCAAF-401403888");
        assertThat(half.path("status").asText()).isEqualTo("HALFTIME");
        assertThat(half.path("period").asInt()).isEqualTo(2);
        assertThat(half.path("clock").asText()).isEqualTo("0:00");
        assertThat(half.path("away").asText()).isEqualTo("UGA");
        assertThat(half.path("awayScore").asInt()).isEqualTo(24);
        assertThat(half.path("homeScore").asInt()).isZero();
        assertThat(half.path("possession").isNull()).isTrue();
        JsonNode empty = g.get("NCAAF-401403890");
        assertThat(empty.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(empty.path("possession").isNull()).isTrue();
        assertThat(empty.path("down").isNull()).isTrue();
        JsonNode red = g.get("NCAAF-401403892");
        assertThat(red.path("possession").asText()).isEqualTo("UK");
        assertThat(red.path("down").asInt()).isEqualTo(2);
        assertThat(red.path("yardsToEndZone").asInt()).isEqualTo(12);
        assertThat(red.path("redZone").asBoolean()).isTrue();
        assertThat(server.requests().get(0).getQuery()).isEqualTo("dates=20220917&limit=300&groups=80");
    }

    @Test
    void scoresNflJson_realScoreboard() throws Exception {
        server.replay("football/nfl", SharedData.read(SharedData.NFL_LIVE));
        CliRunner.Result r = CliRunner.run("espn", "scores", "--league", "nfl", "--date", "20220911", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, JsonNode> g = games(JSON.readTree(r.out()));
        assertThat(g).hasSize(16);
        JsonNode noAtAtl = g.get("NFL-401437650");
        assertThat(noAtAtl.path("away").asText()).isEqualTo("NO");
        assertThat(noAtAtl.path("awayScore").asInt()).isEqualTo(24);
        assertThat(noAtAtl.path("homeScore").asInt()).isEqualTo(26);
        assertThat(noAtAtl.path("period").asInt()).isEqualTo(4);
        assertThat(noAtAtl.path("clockSeconds").asDouble()).isEqualTo(48.0);
        assertThat(noAtAtl.path("possession").asText()).isEqualTo("NO");
        assertThat(noAtAtl.path("yardsToEndZone").asInt()).isEqualTo(90);
        assertThat(noAtAtl.path("homeWinProbability").asText()).isEqualTo("0.924");
        assertThat(g.get("NFL-401437646").path("home").asText()).isEqualTo("WAS");
        assertThat(g.get("NFL-401437630").path("status").asText()).isEqualTo("FINAL");
    }

    @Test
    void scoresText_isOneLinePerGame() {
        server.replay("football/nfl", SharedData.read(SharedData.NFL_LIVE));
        CliRunner.Result r = CliRunner.run("espn", "scores", "--league", "NFL", "--date", "20220911");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).hasSize(17).first().asString().isEqualTo("NFL 2022-09-11: 16 games");
        assertThat(r.out()).contains("NFL-401437650       NO @ ATL    24-26  IN_PROGRESS     P4 0:48  ball NO 1&10, 90 to go  P(home) 0.924");
    }

    @Test
    void badLeagueOrDate_isExit2NamingTheValue() {
        CliRunner.Result league = CliRunner.run("espn", "scores", "--league", "xfl");
        assertThat(league.exitCode()).isEqualTo(2);
        assertThat(league.err()).contains("xfl");
        CliRunner.Result date = CliRunner.run("espn", "scores", "--league", "nfl", "--date", "2022-09-11");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("2022-09-11");
    }

    @Test
    void feedFailure_isExit1() {
        CliRunner.Result r = CliRunner.run("espn", "scores", "--league", "nba", "--date", "20220911");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("HTTP 404");
    }

    @Test
    void liveJson_streamsStateChanges_andReportsAnInjectedScoreDecrease() throws Exception {
        String real = SharedData.read(SharedData.NFL_LIVE);
        ObjectNode root = (ObjectNode) JSON.readTree(real);
        for (JsonNode e : root.path("events")) {
            if (!e.path("id").asText().equals("401437650")) continue;
            for (JsonNode c : e.path("competitions").path(0).path("competitors")) {
                if (c.path("homeAway").asText().equals("home")) ((ObjectNode) c).put("score", "20");
            }
        }
        server.replay("football/nfl", real, JSON.writeValueAsString(root));
        CliRunner.Result r = CliRunner.run("espn", "live", "--league", "nfl", "--json", "--polls", "2", "--live-interval", "0.05");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(16).allSatisfy(line -> {
            JsonNode n = JSON.readTree(line);
            assertThat(n.path("event").asText()).isEqualTo("state_changed");
        });
        assertThat(r.err()).contains("anomaly NFL-401437650").contains("SCORE_DECREASED");
        assertThat(server.requests().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void liveRejectsBadIntervals() {
        CliRunner.Result r = CliRunner.run("espn", "live", "--live-interval", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--live-interval");
    }
}
