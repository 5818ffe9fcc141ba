package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.application.port.out.SessionHealth;
import com.precog.runner.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void setHome() {
        System.setProperty("PRECOG_HOME", home.toString());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("PRECOG_HOME");
    }

    static SessionHealth health(Instant at, String state, String marketData) {
        return new SessionHealth(at, "paper", state, at.minusSeconds(60),
                List.of(new SessionHealth.Component("market_data", marketData, "3 of 4 books live"),
                        new SessionHealth.Component("trading_loop", "UP", "RUNNING, 0 step failures")),
                List.of(new SessionHealth.ActiveBreaker("data_stale", "KXNFLGAME-X-A", "no book for 61 s", at.minusSeconds(5))),
                4, 3, 2, 1, Optional.of(at.minusMillis(300)), Optional.empty(), 580, 600, 7, 5, "orders journaled 3, fills recovered 1");
    }

    @Test
    void noDaemonHasRun() {
        CliRunner.Result r = CliRunner.run("health");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no daemon has run").contains(home.toString());
    }

    @Test
    void aRunningDaemonsSnapshotIsShownWithComponentsBreakersFreshnessAndBudget() throws Exception {
        new HealthFile(HealthFile.defaultPath(home)).publish(health(Instant.now(), "RUNNING", "DEGRADED"));

        CliRunner.Result text = CliRunner.run("health");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("running (paper").contains("DEGRADED").contains("data_stale").contains("580 of 600")
                .contains("orders journaled 3");

        CliRunner.Result json = CliRunner.run("health", "--json");
        JsonNode h = HealthFile.MAPPER.readTree(json.out());
        assertThat(h.get("running").asBoolean()).isTrue();
        assertThat(h.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(h.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(h.at("/breakers/0/kind").asText()).isEqualTo("data_stale");
        assertThat(h.at("/api_budget/available").asLong()).isEqualTo(580);
        assertThat(h.at("/data_freshness/book_age_ms").asLong()).isEqualTo(300);
        assertThat(h.get("open_positions").asInt()).isEqualTo(2);
    }

    @Test
    void aStaleOrStoppedOrDownDaemonIsNotHealthy() throws Exception {
        HealthFile file = new HealthFile(HealthFile.defaultPath(home));
        file.publish(health(Instant.now().minus(Duration.ofMinutes(5)), "RUNNING", "UP"));
        CliRunner.Result stale = CliRunner.run("health");
        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.out()).contains("NOT RESPONDING").doesNotContain("NOT RUNNING"); // this test's own pid: the process is alive
        assertThat(HealthFile.MAPPER.readTree(CliRunner.run("health", "--json").out()).get("pid_alive").asBoolean())
                .isTrue();

        file.publish(health(Instant.now(), "STOPPED", "UP"));
        assertThat(CliRunner.run("health").exitCode()).isEqualTo(1);

        file.publish(health(Instant.now(), "RUNNING", "DOWN"));
        CliRunner.Result down = CliRunner.run("health", "--json");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(HealthFile.MAPPER.readTree(down.out()).get("status").asText()).isEqualTo("DOWN");

        Files.writeString(HealthFile.defaultPath(home), "not json");
        assertThat(CliRunner.run("health").exitCode()).isEqualTo(1);
    }

    @Test
    void theSnapshotOfAKilledDaemonIsNotReportedUp() throws Exception {
        // kill -9 leaves the last snapshot (RUNNING, UP) with the dead process's pid
        new HealthFile(HealthFile.defaultPath(home)).publish(health(Instant.now(), "RUNNING", "UP"));
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        com.fasterxml.jackson.databind.node.ObjectNode snapshot = (com.fasterxml.jackson.databind.node.ObjectNode) HealthFile.MAPPER.readTree(
                Files.readString(HealthFile.defaultPath(home)));
        Files.writeString(HealthFile.defaultPath(home), snapshot.put("pid", gone.pid()).toString());

        CliRunner.Result json = CliRunner.run("health", "--json");
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode h = HealthFile.MAPPER.readTree(json.out());
        assertThat(h.get("running").asBoolean()).isFalse();
        assertThat(h.get("pid_alive").asBoolean()).isFalse();
        assertThat(h.get("status").asText()).as("nothing runs: DOWN, whatever the last snapshot said").isEqualTo("DOWN");
        assertThat(h.get("last_status").asText()).isEqualTo("UP");
        assertThat(h.get("state").asText()).isEqualTo("RUNNING"); // the snapshot's own fields stay as written
        CliRunner.Result text = CliRunner.run("health");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("NOT RUNNING").contains("status:       DOWN (last snapshot: UP)");

        // a snapshot without its time (written by hand, or by another version) is no stack trace
        Files.writeString(HealthFile.defaultPath(home), "{\"status\":\"UP\"}");
        CliRunner.Result bad = CliRunner.run("health", "--json");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("cannot read").doesNotContain("Exception");
    }

    @Test
    void theInGameModelInUseAndItsFeatureFallbacksAreShown() throws Exception {
        java.util.Map<com.precog.domain.model.ingame.FeatureFallback, Long> counts = new java.util.EnumMap<>(com.precog.domain.model.ingame.FeatureFallback.class);
        for (var f : com.precog.domain.model.ingame.FeatureFallback.values()) counts.put(f, 0L);
        counts.put(com.precog.domain.model.ingame.FeatureFallback.TIMEOUTS_UNKNOWN, 12L);
        counts.put(com.precog.domain.model.ingame.FeatureFallback.YARD_LINE_UNKNOWN, 3L);
        var model = new java.util.concurrent.atomic.AtomicReference<>(
                new com.precog.application.service.session.LinkedGames.ModelHealth("nfl_wp@v1.0", "", 12, 0, counts, 9, 3));
        HealthFile file = new HealthFile(HealthFile.defaultPath(home), () -> Optional.of(model.get()));
        file.publish(health(Instant.now(), "RUNNING", "UP"));

        CliRunner.Result json = CliRunner.run("health", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode h = HealthFile.MAPPER.readTree(json.out());
        assertThat(h.at("/in_game_model/in_use").asText()).isEqualTo("nfl_wp@v1.0");
        assertThat(h.at("/in_game_model/predictions").asLong()).isEqualTo(12);
        assertThat(h.at("/in_game_model/fallbacks/timeouts_unknown").asLong()).isEqualTo(12);
        assertThat(h.at("/in_game_model/fallbacks/yard_line_unknown").asLong()).isEqualTo(3);
        assertThat(h.at("/in_game_model/fallbacks/possession_unknown").asLong()).isZero();
        assertThat(h.at("/in_game_model/fallbacks_total").asLong()).isEqualTo(15);
        assertThat(h.at("/in_game_model/pregame_margin/market").asLong()).isEqualTo(9);
        assertThat(h.at("/in_game_model/pregame_margin/elo").asLong()).isEqualTo(3);
        assertThat(h.get("status").asText()).as("the model component is UP").isEqualTo("UP");
        assertThat(h.at("/api_budget/available").asLong()).as("existing keys kept").isEqualTo(580);
        boolean found = false;
        for (JsonNode c : h.get("components")) {
            if (c.get("name").asText().equals("in_game_model")) {
                found = true;
                assertThat(c.get("status").asText()).isEqualTo("UP");
                assertThat(c.get("detail").asText()).contains("nfl_wp@v1.0").contains("15 feature fallbacks");
            }
        }
        assertThat(found).isTrue();
        CliRunner.Result text = CliRunner.run("health");
        assertThat(text.out()).contains("in-game:      nfl_wp@v1.0, 12 predictions, 15 feature fallbacks (yard_line_unknown 3, timeouts_unknown 12)"
                + "; pre-game margin from the market 9, from Elo 3");

        // no active version: the normal baseline is named; an unreadable active version degrades the component
        model.set(new com.precog.application.service.session.LinkedGames.ModelHealth("normal baseline", "active version nfl_x@v1.0 cannot be read: bad",
                0, 4, counts, 0, 0));
        file.publish(health(Instant.now(), "RUNNING", "UP"));
        JsonNode d = HealthFile.MAPPER.readTree(CliRunner.run("health", "--json").out());
        assertThat(d.at("/in_game_model/in_use").asText()).isEqualTo("normal baseline");
        assertThat(d.at("/in_game_model/baseline_predictions").asLong()).isEqualTo(4);
        assertThat(d.at("/in_game_model/problem").asText()).contains("nfl_x@v1.0");
        assertThat(d.get("status").asText()).isEqualTo("DEGRADED");
    }

    /**
     * A daemon configured to publish every 30 s (system.yaml health.check_interval) is still running with a 40 s old
     * snapshot (5 intervals: 150 s); at the default cadence the same age is a daemon not reporting (over 10 s).
     */
    @Test
    void theSnapshotsAge_isJudgedAgainstTheDaemonsOwnPublishInterval() throws Exception {
        Instant fortySecondsAgo = Instant.now().minusSeconds(40);
        new HealthFile(HealthFile.defaultPath(home), Optional::empty, List::of, Duration.ofSeconds(30)).publish(health(fortySecondsAgo, "RUNNING", "UP"));
        CliRunner.Result slow = CliRunner.run("health", "--json");
        JsonNode h = HealthFile.MAPPER.readTree(slow.out());
        assertThat(h.get("interval_ms").asLong()).isEqualTo(30_000);
        assertThat(h.get("running").asBoolean()).isTrue();

        new HealthFile(HealthFile.defaultPath(home)).publish(health(fortySecondsAgo, "RUNNING", "UP"));
        CliRunner.Result usual = CliRunner.run("health");
        assertThat(usual.exitCode()).isEqualTo(1);
        assertThat(usual.out()).contains("NOT RESPONDING").contains("over 10 s");
    }
}
