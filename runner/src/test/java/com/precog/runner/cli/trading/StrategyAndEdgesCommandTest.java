package com.precog.runner.cli.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.application.port.out.TradingFixtures;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyAndEdgesCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void setHome() {
        System.setProperty("precog.home", home.toString());
        // strategies live in PostgreSQL (the daemon's store): the shared test server, a fresh schema per class run
        com.precog.adapters.persistence.TestDatabase.Server db = com.precog.adapters.persistence.TestDatabase.server();
        System.setProperty("PRECOG_DB_URL", db.url());
        System.setProperty("PRECOG_DB_USER", db.user());
        System.setProperty("PRECOG_DB_PASSWORD", db.password());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("precog.home");
        System.clearProperty("PRECOG_DB_URL");
        System.clearProperty("PRECOG_DB_USER");
        System.clearProperty("PRECOG_DB_PASSWORD");
    }

    @Test
    void strategyLifecycle_throughTheCli() throws Exception {
        assertThat(CliRun.of("strategy", "create", "--name", "pregame-nfl", "--type", "pre_game_entry", "--kelly-fraction", "0.2").code()).isZero();
        CliRun list = CliRun.of("strategy", "list", "--json");
        JsonNode v = new ObjectMapper().readTree(list.out());
        assertThat(v.get("key").asText()).isEqualTo("pregame-nfl@v1.0");
        assertThat(v.get("status").asText()).isEqualTo("draft");
        assertThat(v.at("/config/by_league/NBA/kelly_fraction").asText()).isEqualTo("0.2");

        assertThat(CliRun.of("strategy", "activate", "pregame-nfl@v1.0").code()).isEqualTo(2); // draft cannot jump to active
        assertThat(CliRun.of("strategy", "test", "pregame-nfl@v1.0").code()).isZero();
        assertThat(CliRun.of("strategy", "activate", "pregame-nfl@v1.0").out()).contains("active");
        JsonNode shown = new ObjectMapper().readTree(CliRun.of("strategy", "show", "pregame-nfl@v1.0", "--json").out());
        assertThat(shown.get("status").asText()).isEqualTo("active");
        assertThat(shown.at("/config/defaults/min_before_start_seconds").asLong()).isEqualTo(1800);

        // immutability: another config under the same version is refused; a new version is fine
        CliRun clash = CliRun.of("strategy", "create", "--name", "pregame-nfl", "--type", "pre_game_entry", "--min-edge", "0.10");
        assertThat(clash.code()).isEqualTo(2);
        assertThat(clash.err()).contains("immutable");
        assertThat(CliRun.of("strategy", "create", "--name", "pregame-nfl", "--version", "v1.1", "--type", "pre_game_entry", "--min-edge", "0.10")
                .code()).isZero();
        assertThat(CliRun.of("strategy", "deprecate", "pregame-nfl@v1.0").code()).isZero();
        assertThat(CliRun.of("strategy", "activate", "pregame-nfl@v1.0").code()).isEqualTo(2);
        assertThat(CliRun.of("strategy", "show", "nope@v1.0").err()).contains("nope@v1.0");
        assertThat(Files.exists(home.resolve("trading/strategies.json"))).as("stored in PostgreSQL, not in a file").isFalse();
    }

    /** A new version starts from the configured defaults (it started from the hard-coded SPEC ones whatever the files said). Named to list after the lifecycle test's version, which reads the first line. */
    @Test
    void aNewVersion_startsFromTheConfiguredDefaults(@TempDir Path dir) throws Exception {
        Path cfg = Files.createDirectory(dir.resolve("config"));
        Files.writeString(cfg.resolve("trade_strategies.yaml"), "pre_game_entry:\n  window_end: \"45m\"\n");
        Files.writeString(cfg.resolve("trading.yaml"), "kelly_fraction_by_league:\n  nba: \"0.15\"\n");
        assertThat(CliRun.of("strategy", "create", "--name", "zz-configured", "--type", "pre_game_entry", "--config-dir", cfg.toString()).code()).isZero();
        JsonNode v = new ObjectMapper().readTree(CliRun.of("strategy", "show", "zz-configured@v1.0", "--json").out());
        assertThat(v.at("/config/defaults/min_before_start_seconds").asLong()).isEqualTo(2700);
        assertThat(v.at("/config/by_league/NBA/kelly_fraction").asText()).isEqualTo("0.15");
        assertThat(CliRun.of("strategy", "create", "--name", "zz-other", "--type", "pre_game_entry", "--config-dir", dir.resolve("nope").toString())
                .code()).as("a missing --config-dir is bad input").isEqualTo(2);
    }

    @Test
    void edgesList_printsRecordedEdgesNewestFirst_asJsonLines() throws Exception {
        com.precog.adapters.persistence.TestDatabase.Server server = com.precog.adapters.persistence.TestDatabase.server();
        com.precog.adapters.persistence.Database db = com.precog.adapters.persistence.Database.open(
                com.precog.adapters.persistence.DatabaseSettings.external(server.url(), server.user(), server.password(), 2, "public"));
        db.migrate();
        com.precog.application.port.out.EdgeJournal j = new com.precog.adapters.persistence.PersistenceAdapters(db, java.time.Clock.systemUTC()).edgeJournal();
        Instant t = Instant.parse("2026-09-07T12:00:00Z");
        j.record(TradingFixtures.edge("KX-A", t, "0.72", "0.65", ExecutionEnvironment.PAPER));
        j.record(TradingFixtures.edge("KX-B", t.plusSeconds(1), "0.30", "0.20", ExecutionEnvironment.PAPER));
        CliRun r = CliRun.of("edges", "list", "--json");
        assertThat(r.code()).isZero();
        String[] lines = r.out().trim().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("market").asText()).isEqualTo("KX-B");
        assertThat(first.get("environment").asText()).isEqualTo("paper");
        assertThat(first.get("model_version").asText()).isEqualTo("elo@v1.0");
        assertThat(CliRun.of("edges", "list", "--market", "KX-A").out()).contains("KX-A").doesNotContain("KX-B");
        assertThat(CliRun.of("edges", "list", "--limit", "-1").code()).isEqualTo(2);
        db.close();
    }
}
