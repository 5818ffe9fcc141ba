package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.MODEL_ACTIVATION_DECISIONS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.models.ActivationDecisions;
import com.precog.application.port.out.models.ActivationDecisionsContract;
import com.precog.application.port.out.models.ModelTestData;
import com.precog.domain.model.ModelRef;
import java.time.Clock;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqActivationDecisionsTest extends ActivationDecisionsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @BeforeEach
    void empty() {
        db.dsl().truncate(MODEL_ACTIVATION_DECISIONS).execute(); // append-only: DELETE is rejected, TRUNCATE (test only) is not a row operation
    }

    @Override
    protected ActivationDecisions newStore() {
        return adapters().activationDecisions();
    }

    private static PersistenceAdapters adapters() {
        return new PersistenceAdapters(db.database(), Clock.systemUTC());
    }

    @Test
    void refusalRow_namesTheFailedCriteria_linksTheStoredVersion_andIsAppendOnly() {
        ModelRef ref = ModelRef.parse("weakling@v1.0");
        adapters().modelVersions().add(ModelTestData.draft(ref.toString()));
        newStore().record(new ActivationDecisions.ActivationDecision(ref, refusal(), ModelTestData.T0));
        var row = db.dsl().selectFrom(MODEL_ACTIVATION_DECISIONS).where(MODEL_ACTIVATION_DECISIONS.MODEL_NAME.eq("weakling")).fetchSingle();
        assertThat(row.getPassed()).isFalse();
        assertThat(row.getFailedCriteria()).containsExactly("accuracy", "brier_minus_market_brier");
        assertThat(row.getReason()).contains("short by 0.0100", "over by 0.0170");
        assertThat(row.getEvaluationRunKey()).isEqualTo("eval-weak-1");
        assertThat(row.getModelId()).isEqualTo(db.dsl().fetchValue(PROBABILITY_MODELS.MODEL_ID, PROBABILITY_MODELS.NAME.eq("weakling")));
        assertThatThrownBy(() -> db.dsl().update(MODEL_ACTIVATION_DECISIONS).set(MODEL_ACTIVATION_DECISIONS.PASSED, true).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.dsl().deleteFrom(MODEL_ACTIVATION_DECISIONS).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
