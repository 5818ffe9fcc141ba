package com.precog.runner.cli.espn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.espn.SharedData;
import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.runner.cli.CliRunner;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.games.GameStateVersion;
import com.precog.domain.game.GameId;
import com.precog.domain.game.League;
import com.precog.runner.cli.db.DbCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspnCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private FakeEspnServer server;

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        server = FakeEspnServer.start();
        System.setProperty("ESPN_BASE_URL", server.baseUrl().toString());
        System.setProperty("PRECOG_HOME", home.toString()); // espn live stores in the embedded database under it
        System.clearProperty("PRECOG_DB_URL");
    }

    @AfterEach
    void stop() {
        System.clearProperty("ESPN_BASE_URL");
        System.clearProperty("PRECOG_HOME");
        server.close();
    }

    /** The real live scoreboard with game 401437650's home score set to {@code score}. */
    private static String withHomeScore(String real, String score) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(real);
        for (JsonNode e : root.path("events")) {
            if (!e.path("id").asText().equals("401437650")) continue;
            for (JsonNode c : e.path("competitions").path(0).path("competitors")) {
                if (c.path("homeAway").asText().equals("home")) ((ObjectNode) c).put("score", score);
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static int homeScore(String real) throws Exception {
        for (JsonNode e : JSON.readTree(real).path("events")) {
            if (!e.path("id").asText().equals("401437650")) continue;
            for (JsonNode c : e.path("competitions").path(0).path("competitors")) {
                if (c.path("homeAway").asText().equals("home")) return c.path("score").asInt();
            }
        }
        throw new AssertionError("game 401437650 is not in the recorded scoreboard");
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
        assertThat(noAtAtl.path("startTimeKnown").asBoolean(false)).isTrue();
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
    void live_storesTheScd2HistoryInTheEmbeddedDatabase_andAScoreDecreaseIsFlaggedNotStored() throws Exception {
        String real = SharedData.read(SharedData.NFL_LIVE);
        int home = homeScore(real);
        // poll 1: the recorded games; poll 2: a touchdown in 401437650 (a new version); poll 3: its score lowered (an anomaly)
        server.replay("football/nfl", real, withHomeScore(real, String.valueOf(home + 7)), withHomeScore(real, String.valueOf(home - 3)));
        CliRunner.Result r = CliRunner.run("espn", "live", "--league", "nfl", "--json", "--polls", "3", "--live-interval", "0.05");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).as("16 games, then the touchdown").hasSize(17);
        assertThat(r.err()).contains("game states stored in embedded PostgreSQL").contains("anomaly NFL-401437650").contains("SCORE_DECREASED");

        GameId game = GameId.espn(League.NFL, "401437650");
        try (Database db = DbCommand.openDefault()) { // the command closed it: reopened from $PRECOG_HOME/db
            List<GameStateVersion> history = new PersistenceAdapters(db, Clock.systemUTC()).gameStates().history(game);
            assertThat(history).as("closed version + current version").hasSize(2);
            assertThat(history.get(0).validTo()).as("the first version is closed").isPresent();
            assertThat(history.get(0).state().homeScore()).isEqualTo(home);
            assertThat(history.get(1).validTo()).as("the touchdown is current").isEmpty();
            assertThat(history.get(1).state().homeScore()).as("the lowered score was not stored").isEqualTo(home + 7);
            var counts = db.dsl().fetchOne("select count(*) filter (where row_current_ind), count(distinct game_id), count(*) from game_states");
            assertThat(counts.get(0, Integer.class)).as("one current row per game").isEqualTo(counts.get(1, Integer.class)).isEqualTo(16);
            assertThat(counts.get(2, Integer.class)).as("16 first versions + 1 touchdown").isEqualTo(17);
        }

        // a second run continues from the stored history: the same lowered score is flagged against the stored state
        server.replay("football/nfl", withHomeScore(real, String.valueOf(home - 3)));
        CliRunner.Result again = CliRunner.run("espn", "live", "--league", "nfl", "--json", "--polls", "1", "--live-interval", "0.05");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("anomaly NFL-401437650").contains("SCORE_DECREASED");
        assertThat(again.out().lines()).as("every other game is unchanged against the stored versions").isEmpty();
    }

    @Test
    void live_whileADaemonOwnsTheEmbeddedDatabase_storesInTheDaemonsServer() throws Exception {
        try (Database daemon = DbCommand.openDefault()) { // what a running daemon holds: the lock and the server on $PRECOG_HOME/db
            server.replay("football/nfl", SharedData.read(SharedData.NFL_LIVE));
            CliRunner.Result r = CliRunner.run("espn", "live", "--league", "nfl", "--json", "--polls", "1", "--live-interval", "0.05");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out().lines()).hasSize(16);
            assertThat(daemon.dsl().fetchOne("select count(*) from game_states where row_current_ind").get(0, Integer.class))
                    .as("the states are in the daemon's database").isEqualTo(16);
        }
    }

    @Test
    void liveNoDb_keepsStatesInMemory() throws Exception {
        server.replay("football/nfl", SharedData.read(SharedData.NFL_LIVE));
        CliRunner.Result r = CliRunner.run("espn", "live", "--league", "nfl", "--json", "--polls", "1", "--live-interval", "0.05", "--no-db");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(16);
        assertThat(r.err()).contains("kept in memory (--no-db)");
        assertThat(home.resolve("db")).as("no database was created").doesNotExist();
    }

    @Test
    void liveRejectsBadIntervals() {
        CliRunner.Result r = CliRunner.run("espn", "live", "--live-interval", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--live-interval");
    }
}
