package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
    private static final Path SHIPPED = Path.of("..", "config");

    @Test
    void shippedConfigIsValid() {
        CliRunner.Result r = CliRunner.run("config", "validate", "--config-dir", SHIPPED.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("configuration valid (7 files checked)");
    }

    @Test
    void kellyFractionOutOfRange_exits2_namingFileKeyValueAndRange(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("trading.yaml");
        Files.writeString(f, "kelly_fraction: \"0.9\"\n");
        CliRunner.Result r = CliRunner.run("config", "validate", "--config-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(f.toString()).contains("kelly_fraction").contains("\"0.9\"").contains("from 0 to 0.50");
    }

    @Test
    void everyProblemIsListed_andJsonIsMachineReadable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trading.yaml"), "kelly_fraction: 0.2\nlimits:\n  correlation_reject: \"2\"\n  bogus: 1\n");
        Files.writeString(dir.resolve("system.yaml"), "database:\n  pool_size: 0\n");
        CliRunner.Result r = CliRunner.run("config", "validate", "--json", "--config-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("valid").asBoolean()).isFalse();
        assertThat(j.get("problems")).hasSize(4);
        assertThat(r.out()).contains("quoted strings").contains("correlation_reject").contains("bogus").contains("pool_size");
    }

    @Test
    void brokenYamlIsReportedWithLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("markets.yaml"), "leagues:\n  nfl: [unclosed\n");
        CliRunner.Result r = CliRunner.run("config", "validate", "--config-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("markets.yaml").contains("not valid YAML").contains("line");
    }

    @Test
    void brokenYaml_isOneLineNamingTheFileLineAndColumn_notSnakeYamlsExcerptAndCaret(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("trading.yaml");
        Files.writeString(f, "kelly_fraction: \"0.2\"\nlimits:\n  a: b\n    c: d\n");
        CliRunner.Result r = CliRunner.run("config", "validate", "--config-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("precog: invalid configuration: " + f + ": line 4, column 6: not valid YAML: mapping values are not allowed here"
                + System.lineSeparator());

        CliRunner.Result run = CliRunner.run("run", "--no-db", "--config-dir", dir.toString()); // every command reads it the same way
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(r.err());
    }

    @Test
    void brokenYaml_whoseProblemIsFoundLater_namesWhereTheUnclosedPartStarted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("markets.yaml");
        Files.writeString(f, "leagues:\n  nfl: [unclosed\n");
        CliRunner.Result r = CliRunner.run("config", "validate", "--config-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("precog: invalid configuration: " + f + ": line 3, column 1: not valid YAML: expected ',' or ']', but got"
                + " <stream end> (while parsing a flow sequence started at line 2, column 8)" + System.lineSeparator());

        CliRunner.Result json = CliRunner.run("config", "validate", "--json", "--config-dir", dir.toString());
        JsonNode problem = new ObjectMapper().readTree(json.out()).get("problems").get(0);
        assertThat(problem.get("key").asText()).isEqualTo("line 3, column 1");
        assertThat(problem.get("problem").asText()).doesNotContain("\n").startsWith("not valid YAML: expected ',' or ']'");
    }

    @Test
    void severalProblems_areCountedOnALineOfTheirOwn_oneLineEach(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trading.yaml"), "a: b\n  c: d\n");
        Files.writeString(dir.resolve("system.yaml"), "database:\n  pool_size: 0\n");
        CliRunner.Result r = CliRunner.run("config", "show", "--config-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(3).first().isEqualTo("precog: invalid configuration (2 problems):");
        assertThat(r.err()).contains(dir.resolve("trading.yaml") + ": line 2, column 4: not valid YAML: mapping values are not allowed here")
                .contains("pool_size = \"0\"");
    }

    @Test
    void singleFileArgumentIsValidatedByKeyName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, "kelly_fraction: \"0.9\"\n");
        CliRunner.Result r = CliRunner.run("config", "validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("kelly_fraction").contains("0.9");
    }

    @Test
    void show_json_listsEveryKeyWithSource() throws Exception {
        CliRunner.Result r = CliRunner.run("config", "show", "--json", "--config-dir", SHIPPED.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("settings").size()).isEqualTo(com.precog.application.config.ConfigSchema.keys().size());
        boolean found = false;
        for (JsonNode s : j.get("settings")) {
            if (s.get("key").asText().equals("kelly_fraction")) {
                found = true;
                assertThat(s.get("value").asText()).isEqualTo("0.25");
                assertThat(s.get("source").asText()).isEqualTo("yaml");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void shippedYamlFilesCarryEveryKeyAtItsDefault() {
        var read = com.precog.runner.config.YamlConfigLoader.readDirectory(SHIPPED);
        assertThat(read.problems()).isEmpty();
        for (var key : com.precog.application.config.ConfigSchema.keys().values()) {
            assertThat(read.values()).as("config/%s must contain %s", key.file(), key.path()).containsEntry(key.id(), key.defaultValue());
        }
    }

    @Test
    void set_storesADatabaseOverrideThatBeatsYaml_andRejectsBadValues(@TempDir Path home) throws Exception {
        System.setProperty("PRECOG_HOME", home.toString());
        try {
            CliRunner.Result bad = CliRunner.run("config", "set", "kelly_fraction", "0.9");
            assertThat(bad.exitCode()).isEqualTo(2);
            assertThat(bad.err()).contains("kelly_fraction").contains("0.9").contains("0 to 0.50");
            CliRunner.Result unknown = CliRunner.run("config", "set", "no_such_key", "1");
            assertThat(unknown.exitCode()).isEqualTo(2);

            CliRunner.Result set = CliRunner.run("config", "set", "trading.yaml:kelly_fraction", "0.15", "--reason", "test", "--json",
                    "--config-dir", SHIPPED.toString());
            assertThat(set.exitCode()).as(set.err()).isZero();
            CliRunner.Result show = CliRunner.run("config", "show", "--db", "--json", "--config-dir", SHIPPED.toString());
            assertThat(show.exitCode()).as(show.err()).isZero();
            JsonNode kelly = null;
            for (JsonNode s : new ObjectMapper().readTree(show.out()).get("settings")) {
                if (s.get("key").asText().equals("kelly_fraction")) kelly = s;
            }
            assertThat(kelly).isNotNull();
            assertThat(kelly.get("value").asText()).isEqualTo("0.15");
            assertThat(kelly.get("source").asText()).isEqualTo("override");

            CliRunner.Result removed = CliRunner.run("config", "set", "kelly_fraction", "--remove", "--config-dir", SHIPPED.toString());
            assertThat(removed.exitCode()).isZero();
            assertThat(removed.out()).contains("override of trading.yaml:kelly_fraction removed");
            CliRunner.Result after = CliRunner.run("config", "show", "--db", "--json", "--config-dir", SHIPPED.toString());
            assertThat(after.out()).doesNotContain("\"source\" : \"override\"");
            CliRunner.Result again = CliRunner.run("config", "set", "kelly_fraction", "--remove", "--json", "--config-dir", SHIPPED.toString());
            assertThat(again.exitCode()).isZero();
            assertThat(new ObjectMapper().readTree(again.out()).get("removed").asBoolean()).as("nothing was there to remove").isFalse();
        } finally {
            System.clearProperty("PRECOG_HOME");
        }
    }

    @Test
    void version_andUnknownCommandExitCodes() {
        assertThat(CliRunner.run("--version").out()).contains("precog ");
        CliRunner.Result bad = CliRunner.run("no-such-command");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("no-such-command");
    }

    private static String effective(String key) throws Exception {
        CliRunner.Result show = CliRunner.run("config", "show", "--db", "--json", "--config-dir", SHIPPED.toString());
        assertThat(show.exitCode()).as(show.err()).isZero();
        for (JsonNode s : new ObjectMapper().readTree(show.out()).get("settings")) {
            if (s.get("key").asText().equals(key)) return s.get("value").asText() + " " + s.get("source").asText();
        }
        throw new AssertionError("no setting " + key);
    }

    @Test
    void set_refusedByACrossFieldRule_keepsTheOverrideThatWasThere_andARefusedRemoveRemovesNothing() throws Exception {
        CliDatabase.create().use();
        try {
            String stage1 = "position_management.yaml:partial_exit.stage1_gain";
            String stage2 = "position_management.yaml:partial_exit.stage2_gain";
            assertThat(CliRunner.run("config", "set", stage1, "0.10", "--config-dir", SHIPPED.toString()).exitCode()).isZero();
            CliRunner.Result refused = CliRunner.run("config", "set", stage1, "0.30", "--config-dir", SHIPPED.toString()); // above stage2 0.25
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("partial_exit.stage2_gain");
            assertThat(effective("partial_exit.stage1_gain")).as("the operator's earlier override survives a refused change").isEqualTo("0.10 override");

            assertThat(CliRunner.run("config", "set", stage2, "0.40", "--config-dir", SHIPPED.toString()).exitCode()).isZero();
            assertThat(CliRunner.run("config", "set", stage1, "0.30", "--config-dir", SHIPPED.toString()).exitCode()).isZero();
            CliRunner.Result removal = CliRunner.run("config", "set", stage2, "--remove", "--config-dir", SHIPPED.toString()); // YAML 0.25 < 0.30
            assertThat(removal.exitCode()).isEqualTo(2);
            assertThat(effective("partial_exit.stage2_gain")).as("a refused removal removes nothing").isEqualTo("0.40 override");
            assertThat(effective("partial_exit.stage1_gain")).isEqualTo("0.30 override");
        } finally {
            CliDatabase.clear();
        }
    }

    @Test
    void set_liveTradingConfirmed_isRefused_realMoneyIsConfirmedInTradingYamlOnly() throws Exception {
        CliDatabase.create().use();
        try {
            CliRunner.Result r = CliRunner.run("config", "set", "trading.yaml:live_trading_confirmed", "true", "--config-dir", SHIPPED.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("live_trading_confirmed").contains("trading.yaml");
            assertThat(effective("live_trading_confirmed")).isEqualTo("false yaml");
        } finally {
            CliDatabase.clear();
        }
    }

    @Test
    void show_db_neverReportsALiveTradingConfirmedOverride_storedBeforeSetRefusedIt() throws Exception {
        // an override written by an earlier release: `run` ignores it, so `config show --db` must not call it effective
        CliDatabase db = CliDatabase.create().use();
        try (com.precog.adapters.persistence.Database d = db.open()) {
            new com.precog.adapters.persistence.PersistenceAdapters(d, java.time.Clock.systemUTC()).configOverrides("old-release")
                    .put(new com.precog.application.port.out.ConfigOverrides.Override("trading.yaml", "live_trading_confirmed", "true",
                            java.time.Instant.now().minusSeconds(60), java.util.Optional.empty(), true, "before the refusal"));
            assertThat(effective("live_trading_confirmed")).isEqualTo("false yaml");
        } finally {
            CliDatabase.clear();
        }
    }
}
