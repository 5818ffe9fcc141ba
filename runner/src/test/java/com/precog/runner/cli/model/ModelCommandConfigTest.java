package com.precog.runner.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.domain.model.SharedData;
import com.precog.runner.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model commands judge, evaluate and create with probability_models.yaml and 'precog config set' overrides, not hard-coded defaults. */
class ModelCommandConfigTest {
    private static final Path SHIPPED = Path.of("..", "config");
    @TempDir
    Path home;
    final ObjectMapper json = new ObjectMapper();
    final String games = SharedData.historical("nfl_scores_spreads_1966_2022.csv").toString();

    FreshModelDatabase db;

    @BeforeEach
    void setHome() {
        System.setProperty("PRECOG_HOME", home.toString());
        db = FreshModelDatabase.create();
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("PRECOG_HOME");
        db.close();
    }

    private Path configDir(String probabilityModelsYaml) throws Exception {
        Path dir = Files.createDirectories(home.resolve("config-" + System.nanoTime()));
        Files.writeString(dir.resolve("probability_models.yaml"), probabilityModelsYaml);
        return dir;
    }

    @Test
    void activate_refusesUnderAGateTightenedInTheYamlOrByConfigSet_andPassesUnderTheDefaults() throws Exception {
        CliRunner.Result eval = CliRunner.run("model", "evaluate", "--model", "logreg_market_nfl@v1.0", "--games", games, "--from", "2015-03-01", "--no-report");
        assertThat(eval.exitCode()).as(eval.err()).isZero();

        Path tight = configDir("gate:\n  max_ece: \"0.001\"\n");
        CliRunner.Result refused = CliRunner.run("model", "activate", "logreg_market_nfl@v1.0", "--config-dir", tight.toString());
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(1);
        assertThat(refused.out()).contains("refused logreg_market_nfl@v1.0", "FAIL  ece").doesNotContain("FAIL  predictions");

        CliRunner.Result set = CliRunner.run("config", "set", "probability_models.yaml:gate.min_predictions", "100000", "--reason", "test",
                "--config-dir", SHIPPED.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();
        CliRunner.Result byOverride = CliRunner.run("model", "activate", "logreg_market_nfl@v1.0", "--json");
        assertThat(byOverride.exitCode()).as(byOverride.out() + byOverride.err()).isEqualTo(1);
        JsonNode d = json.readTree(byOverride.out());
        assertThat(d.get("passed").asBoolean()).isFalse();
        JsonNode predictions = null;
        for (JsonNode c : d.get("checks")) if (c.get("criterion").asText().equals("predictions")) predictions = c;
        assertThat(predictions).isNotNull();
        assertThat(predictions.get("passed").asBoolean()).isFalse();
        assertThat(predictions.get("bound").asDouble()).isEqualTo(100000);

        assertThat(CliRunner.run("config", "set", "probability_models.yaml:gate.min_predictions", "--remove", "--config-dir", SHIPPED.toString()).exitCode()).isZero();
        CliRunner.Result ok = CliRunner.run("model", "activate", "logreg_market_nfl@v1.0");
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("activated logreg_market_nfl@v1.0", "pass  ece");
    }

    @Test
    void create_recordsTheConfiguredEloInTheNewVersion_andEvaluateUsesTheConfiguredFolds() throws Exception {
        Path dir = configDir("elo:\n  k:\n    nfl: \"30\"\n  home_advantage_after_cutover:\n    nfl: \"20\"\nevaluation:\n  cv_folds: 3\n");
        CliRunner.Result before = CliRunner.run("model", "create", "plain@v1.0", "--type", "elo", "--json");
        assertThat(json.readTree(before.out()).get("config").size()).as("the built-in defaults add nothing").isZero();

        CliRunner.Result created = CliRunner.run("model", "create", "tuned@v1.0", "--type", "elo", "-c", "league=NFL", "--json", "--config-dir", dir.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        JsonNode cfg = json.readTree(created.out()).get("config");
        assertThat(cfg.get("elo.k").asText()).isEqualTo("30");
        assertThat(cfg.get("elo.home_advantage").asText()).isEqualTo("48,2020-03-12:20");
        assertThat(cfg.get("league").asText()).isEqualTo("NFL");

        CliRunner.Result mine = CliRunner.run("model", "create", "mine@v1.0", "--type", "elo", "-c", "elo.k=12", "--json", "--config-dir", dir.toString());
        assertThat(json.readTree(mine.out()).get("config").get("elo.k").asText()).as("the operator's entry wins").isEqualTo("12");

        CliRunner.Result tuned = CliRunner.run("model", "evaluate", "--model", "tuned@v1.0", "--games", games, "--from", "2015-03-01",
                "--to", "2023-03-01", "--json", "--no-report", "--kind", "cross_validation", "--config-dir", dir.toString());
        assertThat(tuned.exitCode()).as(tuned.err()).isZero();
        assertThat(json.readTree(tuned.out()).get("cross_validation").get("folds")).as("evaluation.cv_folds").hasSize(3);
        CliRunner.Result plain = CliRunner.run("model", "evaluate", "--model", "plain@v1.0", "--games", games, "--from", "2015-03-01",
                "--to", "2023-03-01", "--json", "--no-report", "--kind", "cross_validation", "--folds", "4", "--config-dir", dir.toString());
        assertThat(json.readTree(plain.out()).get("cross_validation").get("folds")).as("--folds wins").hasSize(4);
        double tunedBrier = json.readTree(tuned.out()).get("scores").get("model").get("brier").asDouble();
        double plainBrier = json.readTree(plain.out()).get("scores").get("model").get("brier").asDouble();
        assertThat(tunedBrier).as("K 30 and home advantage 20 forecast differently from the SPEC Elo").isNotEqualTo(plainBrier);
    }
}
