package com.precog.runner.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.models.ActivationDecisionsContract;
import com.precog.application.port.out.models.ModelTestData;
import com.precog.application.service.ingame.ModelVersionsInGameModels;
import com.precog.application.service.models.BuiltInModels;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.runner.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An existing user's file store under $PRECOG_HOME/models moves into PostgreSQL on first use, once, losing nothing. */
class LegacyModelFilesImportTest {
    @TempDir
    Path home;
    FreshModelDatabase db;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        System.setProperty("PRECOG_HOME", home.toString());
        db = FreshModelDatabase.create();
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("PRECOG_HOME");
        db.close();
    }

    @Test
    void fileStore_isImportedOnFirstUse_once_withStatusEvidenceRunsAndInGameFiles() throws Exception {
        Path dir = home.resolve("models");
        // what the file store of the earlier release held: an activated built-in, a version of the user's with a run,
        // and an in-game version written by the first fit-ingame (models/NAME/vM.m.model)
        BuiltInModels.BuiltIn elo = BuiltInModels.ALL.stream().filter(b -> b.ref().toString().equals("elo_nfl@v1.0")).findFirst().orElseThrow();
        Instant t = Instant.parse("2026-11-30T12:00:00Z");
        ModelVersion activeElo = new ModelVersion(elo.ref(), elo.type(), elo.config(), elo.description(), ModelStatus.ACTIVE, t,
                t.plusSeconds(60), Optional.of((GateDecision.Passed) ActivationDecisionsContract.pass()));
        ModelVersion mine = ModelVersion.draft(ModelRef.parse("mine@v1.0"), ModelType.ELO, Map.of("elo.k", "25"), "mine", t).startTesting(t.plusSeconds(5));
        var root = ModelJson.MAPPER.createObjectNode();
        root.putArray("versions").add(ModelJson.version(activeElo)).add(ModelJson.version(mine));
        Files.createDirectories(dir.resolve("evaluation-runs"));
        Files.writeString(dir.resolve("model-versions.json"), root.toPrettyString());
        EvaluationRun run = ModelTestData.run("eval-legacy-1", "mine@v1.0", t.plusSeconds(5));
        Files.writeString(dir.resolve("evaluation-runs/eval-legacy-1.json"), ModelJson.run(run).toString());
        Files.createDirectories(dir.resolve("wp"));
        Files.writeString(dir.resolve("wp/v1.0.model"), "created_at: 2026-11-20T00:00:00Z\n\nfeature_set: x\nregulation: 1 2 3\n");

        CliRunner.Result first = CliRunner.run("model", "list", "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("imported 3 model version(s) and 1 evaluation run(s)");
        Map<String, String> status = statuses(first.out());
        assertThat(status).containsEntry("elo_nfl@v1.0", "active").containsEntry("mine@v1.0", "testing")
                .containsEntry("wp@v1.0", "draft").containsEntry("ensemble_nfl@v1.0", "draft");

        CliRunner.Result second = CliRunner.run("model", "list", "--json");
        assertThat(second.err()).doesNotContain("imported");
        assertThat(statuses(second.out())).isEqualTo(status);

        try (var pg = db.open()) {
            PersistenceAdapters p = new PersistenceAdapters(pg, Clock.systemUTC());
            assertThat(p.evaluationRuns().find("eval-legacy-1")).contains(run);
            assertThat(p.evaluationRuns().forModel(ModelRef.parse("mine@v1.0"))).hasSize(1);
            ModelVersion back = p.modelVersions().find(elo.ref()).orElseThrow();
            assertThat(back).isEqualTo(activeElo);
            ModelVersion wp = p.modelVersions().find(ModelRef.parse("wp@v1.0")).orElseThrow();
            assertThat(wp.type()).isEqualTo(ModelType.IN_GAME_LOGISTIC);
            assertThat(wp.config()).containsEntry(ModelVersionsInGameModels.CONFIG_KEY, "feature_set: x\nregulation: 1 2 3\n");
            assertThat(wp.createdAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        }
        JsonNode shown = json.readTree(CliRunner.run("model", "show", "mine@v1.0", "--json").out());
        assertThat(shown.get("evaluation_runs")).hasSize(1);
        assertThat(Files.exists(dir.resolve("model-versions.json"))).as("the files are kept").isTrue();
    }

    private Map<String, String> statuses(String jsonLines) {
        Map<String, String> m = new HashMap<>();
        for (String l : List.of(jsonLines.split("\n"))) {
            if (l.isBlank()) continue;
            try {
                JsonNode n = json.readTree(l);
                m.put(n.get("model").asText(), n.get("status").asText());
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }
        return m;
    }
}
