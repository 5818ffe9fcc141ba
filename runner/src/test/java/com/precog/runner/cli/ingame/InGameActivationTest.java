package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.runner.cli.PrecogCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The in-game commands as registered in the composition root: a fitted version lands in the shared model
 * store as {@code in_game_logistic}, {@code evaluate-ingame} records an evaluation run of it, and
 * {@code precog model activate} moves it to active through the common gate on that run.
 */
class InGameActivationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {}

    private static Run precog(String... args) {
        CommandLine cl = PrecogCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private com.precog.runner.cli.model.FreshModelDatabase db;

    @AfterEach
    void clearHome() {
        System.clearProperty("PRECOG_HOME");
        if (db != null) db.close();
    }

    @Test
    void fitEvaluateThenActivate_throughTheSharedStoreAndTheGate() throws Exception {
        System.setProperty("PRECOG_HOME", home.toString());
        db = com.precog.runner.cli.model.FreshModelDatabase.create(); // the shared model store is PostgreSQL
        Run fit = precog("model", "fit-ingame", "--name", "wp", "--plays", SharedData.season(2021).toString(), "--json");
        assertThat(fit.exit()).as(fit.err()).isZero();
        JsonNode f = JSON.readTree(fit.out());
        assertThat(f.get("model").asText()).isEqualTo("wp@v1.0");
        assertThat(f.get("type").asText()).isEqualTo("in_game_logistic");

        Run listed = precog("model", "list");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).containsPattern("wp@v1.0 +in_game_logistic +draft ");

        Run refused = precog("model", "activate", "wp@v1.0");
        assertThat(refused.exit()).isNotZero();   // no evaluation run yet (and still a draft)

        Run eval = precog("model", "evaluate-ingame", "--model", "wp@v1.0", "--plays", SharedData.season(2022).toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode e = JSON.readTree(eval.out());
        assertThat(e.get("plays").asInt()).isPositive();
        Matcher m = Pattern.compile("recorded evaluation run (ingame-[0-9a-f-]+) of wp@v1.0 \\((\\d+) predictions\\)").matcher(eval.err());
        assertThat(m.find()).as(eval.err()).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(e.get("plays").asInt());

        Run act = precog("model", "activate", "wp@v1.0");
        assertThat(act.exit()).as(act.out() + act.err()).isZero();
        assertThat(act.out()).contains("activated wp@v1.0 (evaluation run " + m.group(1) + ")");
        assertThat(precog("model", "list").out()).containsPattern("wp@v1.0 +in_game_logistic +active ");

        // the run's predictions are rows of the predictions table (stored with COPY), one per scored play
        try (var pg = db.open()) {
            var runs = new com.precog.adapters.persistence.PersistenceAdapters(pg, java.time.Clock.systemUTC()).evaluationRuns();
            var run = runs.find(m.group(1)).orElseThrow();
            assertThat(run.predictionCount()).isEqualTo(e.get("plays").asInt());
            assertThat(run.predictions().get(0).gameKey()).matches("2022_\\d\\d_[A-Z]+_[A-Z]+#\\d+");
        }
        assertThat(eval.err()).containsPattern("run and predictions stored in \\d+\\.\\d\\d s");
        assertThat(java.nio.file.Files.exists(home.resolve("models"))).as("no file store").isFalse();
    }

    @Test
    void aNameOrVersionOfAnotherModelType_isRefusedByTheInGameCommands() throws Exception {
        System.setProperty("PRECOG_HOME", home.toString());
        db = com.precog.runner.cli.model.FreshModelDatabase.create();
        assertThat(precog("model", "list").out()).containsPattern("elo_nfl@v1.0 +elo "); // a built-in Elo version of the shared store
        Run fit = precog("model", "fit-ingame", "--name", "elo_nfl", "--plays", SharedData.season(2021).toString());
        assertThat(fit.exit()).isEqualTo(2);
        assertThat(fit.err()).contains("precog: the name elo_nfl belongs to a model of type elo (elo_nfl@v1.0); "
                + "in-game models are of type in_game_logistic: choose another --name");
        assertThat(precog("model", "list").out()).doesNotContain("elo_nfl@v1.1");
        Run eval = precog("model", "evaluate-ingame", "--model", "elo_nfl@v1.0", "--plays", SharedData.season(2021).toString());
        assertThat(eval.exit()).isEqualTo(2);
        assertThat(eval.err()).contains("precog: model elo_nfl@v1.0 is a model of type elo, not an in-game model (type in_game_logistic)");
    }
}
