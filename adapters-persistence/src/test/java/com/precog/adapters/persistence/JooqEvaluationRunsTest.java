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
}
