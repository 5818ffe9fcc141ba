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

class ModelCommandTest {
    @TempDir
    Path home;
    final ObjectMapper json = new ObjectMapper();
    final String games = SharedData.historical("nfl_scores_spreads_1966_2022.csv").toString();

    FreshModelDatabase db;

    @BeforeEach
    void setHome() {
        System.setProperty("PRECOG_HOME", home.toString());
        db = FreshModelDatabase.create(); // the model store is PostgreSQL: a new database per test
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("PRECOG_HOME");
        db.close();
    }

    @Test
    void list_onAFreshHome_showsTheBuiltIns() throws Exception {
        CliRunner.Result r = CliRunner.run("model", "list", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().map(l -> {
            try {
                return json.readTree(l).get("model").asText();
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        })).contains("elo_nfl@v1.0", "logreg_market_nfl@v1.0", "ensemble_nfl@v1.0");
        assertThat(Files.exists(home.resolve("models"))).as("stored in PostgreSQL, no file store").isFalse();
        CliRunner.Result again = CliRunner.run("model", "list", "--json");
        assertThat(again.out().lines().count()).as("built-ins seeded once").isEqualTo(r.out().lines().count());
    }

    @Test
    void evaluate_printsModelAndMarketFigures_storesTheRun_andWritesASelfContainedReport() throws Exception {
        Path report = home.resolve("r.html");
        CliRunner.Result r = CliRunner.run("model", "evaluate", "--model", "elo_nfl@v1.0", "--games", games,
                "--from", "2015-03-01", "--to", "2023-03-01", "--report", report.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("model ", "market (closing spread)", "2173", "Brier model - market on the same 2173 games");
        String html = Files.readString(report);
        assertThat(html).contains("Reliability diagram", "Brier by season", "Model vs market", "data:image/png;base64,")
                .doesNotContain("http://", "https://");
        CliRunner.Result show = CliRunner.run("model", "show", "elo_nfl@v1.0", "--json");
        JsonNode s = json.readTree(show.out());
        assertThat(s.get("status").asText()).isEqualTo("testing");
        assertThat(s.get("evaluation_runs")).hasSize(1);
    }

    @Test
    void evaluateJson_isOneDocumentWithNAccuracyBrierLogLossEceAndMarket() throws Exception {
        CliRunner.Result r = CliRunner.run("model", "evaluate", "--model", "logreg_market_nfl@v1.0", "--games", games,
                "--from", "2015-03-01", "--to", "2023-03-01", "--json", "--no-report");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode o = json.readTree(r.out());
        assertThat(o.get("n").asInt()).isEqualTo(2173);
        JsonNode model = o.get("scores").get("model");
        JsonNode market = o.get("scores").get("market");
        for (String k : new String[] {"accuracy", "brier", "log_loss", "ece"}) {
            assertThat(model.get(k).isNumber()).as(k).isTrue();
            assertThat(market.get(k).isNumber()).as(k).isTrue();
        }
        assertThat(model.get("brier").asDouble() - market.get("brier").asDouble()).isLessThan(0.005);
    }

    @Test
    void activate_passesAfterAGoodEvaluation_andRefusesAWeakModelWithTheFailedCriterion() {
        CliRunner.run("model", "evaluate", "--model", "logreg_market_nfl@v1.0", "--games", games, "--from", "2015-03-01", "--no-report");
        CliRunner.Result ok = CliRunner.run("model", "activate", "logreg_market_nfl@v1.0");
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("activated logreg_market_nfl@v1.0", "pass  brier_minus_market_brier");

        assertThat(CliRunner.run("model", "create", "weak@v1.0", "--type", "elo", "-c", "elo.k=1", "-c", "elo.home_advantage=0").exitCode()).isZero();
        CliRunner.run("model", "evaluate", "--model", "weak@v1.0", "--games", games, "--from", "2015-03-01", "--no-report");
        CliRunner.Result refused = CliRunner.run("model", "activate", "weak@v1.0");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("FAIL  brier_minus_market_brier");
        assertThat(refused.err()).contains("over by");

        // the refusal is kept with its evidence and shown by 'model show'
        CliRunner.Result shown = CliRunner.run("model", "show", "weak@v1.0");
        assertThat(shown.out()).contains("activation decisions: 1", "REFUSED on run eval-", "FAIL  brier_minus_market_brier", "over by");
        JsonNode j;
        try {
            j = json.readTree(CliRunner.run("model", "show", "weak@v1.0", "--json").out());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        JsonNode d = j.get("activation_decisions").get(0);
        assertThat(d.get("passed").asBoolean()).isFalse();
        assertThat(d.get("reason").asText()).contains("brier_minus_market_brier").contains("over by");
        assertThat(d.get("evidence").get("predictions").asInt()).isGreaterThanOrEqualTo(100);
        assertThat(d.get("decided_at").asText()).isNotBlank();
        JsonNode failed = null;
        for (JsonNode c : d.get("checks")) if (c.get("criterion").asText().equals("brier_minus_market_brier")) failed = c;
        assertThat(failed).isNotNull();
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("margin").asDouble()).isNegative();
        assertThat(j.get("status").asText()).isEqualTo("testing");
        try (var pg = db.open()) {
            var versions = new com.precog.adapters.persistence.PersistenceAdapters(pg, java.time.Clock.systemUTC());
            assertThat(versions.activationDecisions().forModel(com.precog.domain.model.ModelRef.parse("logreg_market_nfl@v1.0")))
                    .singleElement().satisfies(x -> assertThat(x.passed()).isTrue());
        }
    }

    @Test
    void createShowDeprecate_andBadInputExits2NamingTheValue() {
        assertThat(CliRunner.run("model", "create", "my_elo@v1.0", "--type", "elo", "-c", "elo.k=25").exitCode()).isZero();
        assertThat(CliRunner.run("model", "show", "my_elo@v1.0").out()).contains("elo.k = 25", "status:      draft");
        CliRunner.Result dup = CliRunner.run("model", "create", "my_elo@v1.0", "--type", "elo");
        assertThat(dup.exitCode()).isEqualTo(2);
        assertThat(dup.err()).contains("already exists");
        assertThat(CliRunner.run("model", "deprecate", "my_elo@v1.0").out()).contains("deprecated my_elo@v1.0");
        CliRunner.Result badRef = CliRunner.run("model", "show", "my_elo");
        assertThat(badRef.exitCode()).isEqualTo(2);
        assertThat(badRef.err()).contains("'my_elo'");
        CliRunner.Result badKey = CliRunner.run("model", "create", "x@v1.0", "--type", "elo", "-c", "elo.q=1");
        assertThat(badKey.exitCode()).isEqualTo(2);
        assertThat(badKey.err()).contains("elo.q");
        CliRunner.Result noFile = CliRunner.run("model", "evaluate", "--model", "elo_nfl@v1.0", "--games", home.resolve("none.csv").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("none.csv");
    }

    @Test
    void compare_printsTheMarkdownTable_withoutStoringRuns() {
        CliRunner.Result r = CliRunner.run("model", "compare", "--models", "elo_nfl@v1.0,logreg_market_nfl@v1.0", "--games", games,
                "--from", "2015-03-01", "--to", "2023-03-01", "--no-report");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("| elo_nfl@v1.0 | 2173 |", "| market: closing spread");
        assertThat(CliRunner.run("model", "show", "elo_nfl@v1.0").out()).contains("status:      draft", "evaluation runs: 0");
    }
}
