package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EVALUATION_RUNS;
import static com.precog.adapters.persistence.jooq.Tables.PREDICTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.EvaluationRunsContract;
import com.precog.application.port.out.models.ModelTestData;
import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.model.EvaluationRun;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqEvaluationRunsTest extends EvaluationRunsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @BeforeEach
    void empty() {
        db.dsl().deleteFrom(PREDICTIONS).execute();
        db.dsl().deleteFrom(EVALUATION_RUNS).execute();
    }

    @Override
    protected EvaluationRuns newStore() {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).evaluationRuns();
    }

    @Test
    void crossValidationFoldsAndNonFiniteScoresRoundTripExactly() {
        EvaluationRun base = ModelTestData.run("cv-1", "elo_nfl@v1.0", ModelTestData.T0);
        CrossValidationSummary cv = CrossValidationSummary.of(List.of(
                new MetricSummary(10, 0.6, 0.2345678901234567, 0.61, 0.05, Double.NaN),
                new MetricSummary(11, 0.1 + 0.2, 0.19, 0.58, 0.04, 0.7)), CrossValidationSummary.DEFAULT_SD_THRESHOLD);
        EvaluationRun run = new EvaluationRun(base.id(), base.model(), base.kind(), base.from(), base.to(), base.createdAt(),
                base.dataSource(), base.scores(), Optional.of(cv), base.predictions());
        EvaluationRuns store = newStore();
        store.save(run);
        assertThat(store.find("cv-1")).contains(run);
        assertThat(db.dsl().fetchValue(EVALUATION_RUNS.BRIER_SCORE, EVALUATION_RUNS.RUN_KEY.eq("cv-1")))
                .isEqualTo(new java.math.BigDecimal(Double.toString(run.scores().model().brier())));
    }

    @Test
    void aRunOf91000Predictions_goesInWithOneCopy_andReadsBackExactly() {
        EvaluationRun base = ModelTestData.run("big-1", "wp@v1.0", ModelTestData.T0);
        java.util.List<com.precog.domain.model.EvaluatedPrediction> ps = new java.util.ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 91_000; i++) {
            // keys with the characters COPY's text format must escape
            String key = i == 0 ? "tab\there\\back\nline" : "2022_01_BUF_LA#" + (i + 1);
            ps.add(new com.precog.domain.model.EvaluatedPrediction(key, java.time.LocalDate.of(2022, 9, 8).plusDays(i % 150), 2022,
                    r.nextDouble(), i % 7 == 0 ? 1.0 : r.nextDouble(), i % 5 == 0 ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of(r.nextDouble()), i % 3 == 0 ? 1 : i % 11 == 0 ? 0.5 : 0));
        }
        double[] pm = ps.stream().mapToDouble(com.precog.domain.model.EvaluatedPrediction::probability).toArray();
        double[] mk = ps.stream().mapToDouble(p -> p.market().orElse(Double.NaN)).toArray();
        double[] y = ps.stream().mapToDouble(com.precog.domain.model.EvaluatedPrediction::outcome).toArray();
        EvaluationRun run = new EvaluationRun("big-1", base.model(), base.kind(), base.from(), base.to(), base.createdAt(), "pbp",
                com.precog.domain.evaluation.ModelVsMarket.of(pm, mk, y), Optional.empty(), ps);
        EvaluationRuns store = newStore();
        long t0 = System.nanoTime();
        store.save(run);
        long saveMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        EvaluationRun back = store.find("big-1").orElseThrow();
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("evaluation run of 91,000 predictions: save %d ms, read %d ms%n", saveMs, readMs);
        assertThat(back).isEqualTo(run);
        assertThat(back.predictions().get(0).gameKey()).isEqualTo("tab\there\\back\nline");
        assertThat(db.dsl().fetchCount(PREDICTIONS, PREDICTIONS.EVALUATION_RUN_ID.isNotNull())).isEqualTo(91_000);
        assertThat(store.exists("big-1")).isTrue();
        assertThat(store.latest(run.model()).orElseThrow().id()).isEqualTo("big-1");
        assertThat(store.summaries(run.model())).containsExactly(com.precog.application.port.out.models.EvaluationRunSummary.of(run));
    }
}
