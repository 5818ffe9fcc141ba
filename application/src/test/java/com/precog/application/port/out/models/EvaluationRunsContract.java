package com.precog.application.port.out.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every {@link EvaluationRuns} implementation passes. */
public abstract class EvaluationRunsContract {
    protected abstract EvaluationRuns newStore();

    private EvaluationRuns store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    @Test
    void saveThenFind_keepsScoresAndEveryPrediction() {
        EvaluationRun run = ModelTestData.run("run-1", "elo_nfl@v1.0", ModelTestData.T0);
        store.save(run);
        EvaluationRun back = store.find("run-1").orElseThrow();
        assertThat(back).isEqualTo(run);
        assertThat(back.predictions()).hasSize(3);
        assertThat(back.predictions().get(1).market()).isEmpty();
        assertThat(back.scores().marketGames()).isEqualTo(2);
        assertThat(store.find("nope")).isEmpty();
        assertThat(store.exists("run-1")).isTrue();
        assertThat(store.exists("nope")).isFalse();
    }

    @Test
    void save_refusesADuplicateId() {
        store.save(ModelTestData.run("run-1", "elo_nfl@v1.0", ModelTestData.T0));
        assertThatThrownBy(() -> store.save(ModelTestData.run("run-1", "elo_nfl@v1.0", ModelTestData.T0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run-1");
    }

    @Test
    void forModel_isNewestFirst_andLatestPicksTheNewest() {
        store.save(ModelTestData.run("a", "elo_nfl@v1.0", ModelTestData.T0));
        store.save(ModelTestData.run("b", "elo_nfl@v1.0", ModelTestData.T0.plusSeconds(10)));
        store.save(ModelTestData.run("c", "other@v1.0", ModelTestData.T0.plusSeconds(20)));
        assertThat(store.forModel(ModelRef.parse("elo_nfl@v1.0"))).extracting(EvaluationRun::id).containsExactly("b", "a");
        assertThat(store.latest(ModelRef.parse("elo_nfl@v1.0")).orElseThrow().id()).isEqualTo("b");
        assertThat(store.latest(ModelRef.parse("none@v1.0"))).isEmpty();
        assertThat(store.summaries(ModelRef.parse("elo_nfl@v1.0"))).containsExactly(
                EvaluationRunSummary.of(store.find("b").orElseThrow()), EvaluationRunSummary.of(store.find("a").orElseThrow()));
        assertThat(store.summaries(ModelRef.parse("elo_nfl@v1.0")).get(0).predictionCount()).isEqualTo(3);
        assertThat(store.summaries(ModelRef.parse("none@v1.0"))).isEmpty();
    }
}
