package com.precog.runner.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.runner.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final String CONFIG = Path.of("..", "config").toString();

    @Test
    void offlineBacktest_printsSummary_writesReport_andIsDeterministic(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.html");
        CliRunner.Result a = CliRunner.run("run", "--no-db", "--from", "2018", "--to", "2019", "--json", "--report", report.toString(), "--config-dir", CONFIG);
        assertThat(a.exitCode()).as(a.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(a.out());
        assertThat(j.get("mode").asText()).isEqualTo("backtest");
        assertThat(j.get("games").asInt()).isBetween(500, 540); // two NFL seasons with closing lines
        assertThat(j.get("trades").asInt()).isPositive();
        assertThat(j.get("brier_market").asDouble()).isBetween(0.15, 0.25);
        assertThat(j.get("brier_model").asDouble()).isBetween(0.15, 0.30);
        assertThat(j.get("report").asText()).isEqualTo(report.toAbsolutePath().toString());
        String html = Files.readString(report);
        assertThat(html).contains("Equity curve").contains("Drawdown").contains("Reliability diagram").contains("data:image/png;base64,");
        // equity identity: ending equity = 10,000 + P&L, exactly
        assertThat(j.get("ending_equity").decimalValue()).isEqualByComparingTo(j.get("pnl").decimalValue().add(new java.math.BigDecimal("10000")));

        CliRunner.Result b = CliRunner.run("run", "--no-db", "--from", "2018", "--to", "2019", "--json", "--report", report.toString(), "--config-dir", CONFIG);
        JsonNode k = new ObjectMapper().readTree(b.out());
        assertThat(k.get("pnl").decimalValue()).isEqualTo(j.get("pnl").decimalValue());
        assertThat(k.get("trades").asInt()).isEqualTo(j.get("trades").asInt());
        assertThat(k.get("fees").decimalValue()).isEqualTo(j.get("fees").decimalValue());
    }

    @Test
    void textSummaryNamesTheFigures_andRecordsTradesInTheEmbeddedDatabase(@TempDir Path dir) {
        System.setProperty("PRECOG_HOME", dir.resolve("home").toString());
        CliRunner.Result r;
        CliRunner.Result set;
        CliRunner.Result overridden;
        CliRunner.Result filesOnly;
        try {
            r = CliRunner.run("run", "--from", "2021", "--to", "2021", "--report", dir.resolve("x.html").toString(), "--config-dir", CONFIG);
            // SPEC §12: an active database override beats the files in the backtest too (--no-db reads the files only)
            set = CliRunner.run("config", "set", "trading.yaml:edges.threshold_by_league.nfl", "0.20", "--config-dir", CONFIG);
            overridden = CliRunner.run("run", "--from", "2021", "--to", "2021", "--json", "--report", dir.resolve("y.html").toString(), "--config-dir", CONFIG);
            filesOnly = CliRunner.run("run", "--no-db", "--from", "2021", "--to", "2021", "--json", "--report", dir.resolve("z.html").toString(),
                    "--config-dir", CONFIG);
        } finally {
            System.clearProperty("PRECOG_HOME");
        }
        assertThat(dir.resolve("home").resolve("db")).isDirectory();
        assertThat(r.out()).contains("orders and trades recorded in: embedded PostgreSQL");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("trades").contains("win rate").contains("ROI").contains("max drawdown").contains("Brier: model")
                .contains("report: ");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(overridden.exitCode()).as(overridden.err()).isZero();
        assertThat(filesOnly.exitCode()).as(filesOnly.err()).isZero();
        long withOverride = json(overridden).get("trades").asLong();
        long withFiles = json(filesOnly).get("trades").asLong();
        assertThat(withFiles).isPositive();
        assertThat(withOverride).as("a 20-cent minimum edge leaves fewer trades than the file's").isLessThan(withFiles);
    }

    private static JsonNode json(CliRunner.Result r) {
        try {
            return new ObjectMapper().readTree(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }

    @Test
    void liveMode_isRefusedWithoutSwitchAndConfirmation() {
        CliRunner.Result r = CliRunner.run("run", "--mode", "live", "--config-dir", CONFIG);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("REAL MONEY").contains("--live").contains("live_trading_confirmed");
        CliRunner.Result s = CliRunner.run("run", "--mode", "live", "--live", "--config-dir", CONFIG);
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(s.err()).contains("currently false");
        // --live with another mode (given or the default) is refused, not silently run as that mode
        CliRunner.Result d = CliRunner.run("run", "--mode", "demo", "--live", "--config-dir", CONFIG);
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).contains("--live is the switch of --mode live, but the mode is demo");
        CliRunner.Result b = CliRunner.run("run", "--live", "--no-db", "--config-dir", CONFIG);
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("(the default)");
    }

    @Test
    void paperMode_whileAnotherProcessOwnsTheEmbeddedDatabase_exits1NamingTheCause(@TempDir Path dir) {
        // the database opens on its own thread while the session is wired; its failure still reads as before
        System.setProperty("PRECOG_HOME", dir.toString());
        System.clearProperty("PRECOG_DB_URL");
        try (com.precog.adapters.persistence.Database owner = com.precog.adapters.persistence.Database.open(
                com.precog.adapters.persistence.DatabaseSettings.embedded(dir.resolve("db"), 0, 2))) {
            CliRunner.Result r = CliRunner.run("run", "--mode", "paper", "--duration", "1s", "--config-dir", CONFIG);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("cannot start the paper session: another precog process is using the embedded database");
            assertThat(r.out()).doesNotContain("session running");
        } finally {
            System.clearProperty("PRECOG_HOME");
        }
    }

    @Test
    void demoMode_withoutCredentials_exit2_beforeStartingAnything(@TempDir Path dir) {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("KALSHI_API_KEY_ID") == null, "Kalshi credentials are set in this environment");
        System.setProperty("PRECOG_HOME", dir.toString());
        try {
            CliRunner.Result r = CliRunner.run("run", "--mode", "demo", "--config-dir", CONFIG);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("needs credentials").contains("KALSHI_API_KEY_ID").contains("--mode paper needs none");
            assertThat(dir.resolve("db")).as("no database started").doesNotExist();
        } finally {
            System.clearProperty("PRECOG_HOME");
        }
    }

    @Test
    void badArguments_exit2_namingTheValue() {
        CliRunner.Result r = CliRunner.run("run", "--from", "2020", "--to", "2010", "--config-dir", CONFIG);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("2020-2010");
        CliRunner.Result b = CliRunner.run("run", "--bankroll", "-5", "--config-dir", CONFIG);
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("-5");
        CliRunner.Result m = CliRunner.run("run", "--mode", "sideways");
        assertThat(m.exitCode()).isEqualTo(2);
    }

    @Test
    void aDurationTooLongToWaitFor_exit2_beforeStartingAnything(@TempDir Path dir) {
        // parses (999999999999 days fit a Duration) but not as milliseconds: the session used to start, then end with "long overflow", exit 1
        System.setProperty("PRECOG_HOME", dir.toString());
        try {
            CliRunner.Result r = CliRunner.run("run", "--mode", "paper", "--duration", "999999999999d", "--config-dir", CONFIG);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--duration '999999999999d'").contains("too long");
            assertThat(r.out()).doesNotContain("session running");
            assertThat(dir.resolve("db")).as("no database started").doesNotExist();
        } finally {
            System.clearProperty("PRECOG_HOME");
        }
    }

    @Test
    void invalidConfig_exits2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trading.yaml"), "kelly_fraction: \"0.9\"\n");
        CliRunner.Result r = CliRunner.run("run", "--config-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("kelly_fraction");
    }

    /** system.yaml's logging.* reach the run's log lines unless a flag is given (the keys were never read). */
    @Test
    void theLoggingOfSystemYaml_applies_unlessAFlagIsGiven(@TempDir Path dir) throws Exception {
        Path cfg = java.nio.file.Files.createDirectory(dir.resolve("config"));
        Path system = cfg.resolve("system.yaml");
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream configured = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream flagged = new java.io.ByteArrayOutputStream();
        try {
            java.nio.file.Files.writeString(system, "logging:\n  format: \"json\"\n");
            System.setErr(new java.io.PrintStream(configured, true));
            assertThat(CliRunner.run("run", "--no-db", "--from", "2022", "--to", "2022", "--report", dir.resolve("a.html").toString(),
                    "--config-dir", cfg.toString()).exitCode()).isZero();
            java.nio.file.Files.writeString(system, "logging:\n  format: \"json\"\n  level: \"WARN\"\n");
            System.setErr(new java.io.PrintStream(flagged, true));
            assertThat(CliRunner.run("--log-format", "text", "run", "--no-db", "--from", "2022", "--to", "2022", "--report",
                    dir.resolve("b.html").toString(), "--config-dir", cfg.toString()).exitCode()).isZero();
        } finally {
            System.setErr(err);
            com.precog.runner.logging.Logging.configure(com.precog.runner.logging.Logging.Format.TEXT, ch.qos.logback.classic.Level.INFO);
        }
        // stderr also carries the progress bars; the log lines are the rest
        assertThat(configured.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
                .as("the file's format").anyMatch(l -> l.startsWith("{") && l.contains("\"level\":\"INFO\"") && l.contains("backtest finished"));
        assertThat(flagged.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).as("the file's level (WARN), the flag's format")
                .noneMatch(l -> l.contains("backtest finished")).noneMatch(l -> l.startsWith("{"));
    }

    /** The backtest replays the pre-game strategy as configured: its confidence bar, its limits, its thresholds. */
    @Test
    void theBacktestSettings_followTheConfiguration() {
        com.precog.application.config.EffectiveConfig cfg = com.precog.application.config.EffectiveConfig.resolve(java.util.Map.of(
                "trading.yaml:edges.signal_confidence", "0.80", "trading.yaml:limits.max_position_dollars", "250",
                "trading.yaml:edges.threshold.pre_game_entry", "0.09"), java.util.List.of());
        com.precog.domain.backtest.BacktestSettings s = OfflineBacktest.settings(cfg, com.precog.domain.money.Dollars.of(10_000));
        assertThat(s.minConfidenceMillionths()).as("signals only above the signal confidence").isEqualTo(800_000);
        assertThat(s.minEdgePerContract()).as("the strictest threshold").isEqualTo(com.precog.domain.money.Dollars.parse("0.09"));
        assertThat(s.sizer().limits().maxPosition()).isEqualTo(com.precog.domain.money.Dollars.of(250));
        com.precog.domain.backtest.BacktestSettings d = OfflineBacktest.settings(com.precog.application.config.EffectiveConfig.defaults(),
                com.precog.domain.money.Dollars.of(10_000));
        assertThat(d.minConfidenceMillionths()).isEqualTo(700_000);
    }
}
