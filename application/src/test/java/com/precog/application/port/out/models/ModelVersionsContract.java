package com.precog.application.port.out.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every {@link ModelVersions} implementation passes (in-memory, file, PostgreSQL). */
public abstract class ModelVersionsContract {
    protected abstract ModelVersions newStore();

    private ModelVersions store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    @Test
    void addThenFind_returnsAnEqualVersion() {
        ModelVersion v = ModelTestData.draft("elo_nfl@v1.0");
        store.add(v);
        assertThat(store.find(ModelRef.parse("elo_nfl@v1.0"))).contains(v);
        assertThat(store.find(ModelRef.parse("elo_nfl@v1.1"))).isEmpty();
    }

    @Test
    void add_refusesADuplicateRef() {
        store.add(ModelTestData.draft("elo_nfl@v1.0"));
        assertThatThrownBy(() -> store.add(ModelTestData.draft("elo_nfl@v1.0"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elo_nfl@v1.0 already exists");
    }

    @Test
    void list_isOrderedByNameThenVersion() {
        store.add(ModelTestData.draft("zeta@v1.0"));
        store.add(ModelTestData.draft("alpha@v2.0"));
        store.add(ModelTestData.draft("alpha@v10.0"));
        store.add(ModelTestData.draft("alpha@v2.1"));
        assertThat(store.list()).extracting(v -> v.ref().toString()).containsExactly("alpha@v2.0", "alpha@v2.1", "alpha@v10.0", "zeta@v1.0");
    }

    @Test
    void update_storesStatusAndActivationEvidence() {
        ModelVersion v = ModelTestData.draft("elo_nfl@v1.0");
        store.add(v);
        ModelVersion testing = v.startTesting(ModelTestData.T0.plusSeconds(60));
        store.update(testing);
        GateEvidence e = new GateEvidence(ModelPhase.PRE_GAME, 500, 0.6, 0.21, 0.02, 500, OptionalDouble.of(0.21), OptionalDouble.of(0.209), "run-9");
        ModelVersion active = ((ModelVersion.Activated) testing.activate(new ActivationGate(GateCriteria.specDefaults()), e,
                ModelTestData.T0.plusSeconds(120))).version();
        store.update(active);
        ModelVersion back = store.find(v.ref()).orElseThrow();
        assertThat(back.status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(back.statusChangedAt()).isEqualTo(ModelTestData.T0.plusSeconds(120));
        assertThat(back.activationEvidence()).isEqualTo(active.activationEvidence());
        assertThat(back).isEqualTo(active);
    }

    @Test
    void update_refusesAChangedDefinitionOrAnUnknownRef() {
        ModelVersion v = ModelTestData.draft("elo_nfl@v1.0");
        store.add(v);
        ModelVersion changed = ModelVersion.draft(v.ref(), ModelType.ELO, Map.of("elo.k", "30"), "x", ModelTestData.T0);
        assertThatThrownBy(() -> store.update(changed)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> store.update(ModelTestData.draft("other@v1.0"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
        assertThat(store.find(v.ref())).contains(v);
    }
}
