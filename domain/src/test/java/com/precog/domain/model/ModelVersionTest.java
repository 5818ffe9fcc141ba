package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ModelVersionTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final ActivationGate gate = new ActivationGate(GateCriteria.specDefaults());

    private static GateEvidence evidence(double acc) {
        return new GateEvidence(ModelPhase.PRE_GAME, 2000, acc, 0.213, 0.02, 2000, OptionalDouble.of(0.213), OptionalDouble.of(0.212), "run");
    }

    @Test
    void ref_parsesAndPrints() {
        ModelRef r = ModelRef.parse("elo_nfl@v1.2");
        assertThat(r.name()).isEqualTo("elo_nfl");
        assertThat(r.version()).isEqualTo("v1.2");
        assertThat(r).hasToString("elo_nfl@v1.2");
        assertThatThrownBy(() -> ModelRef.parse("elo_nfl")).hasMessageContaining("NAME@vMAJOR.MINOR");
        assertThatThrownBy(() -> ModelRef.parse("Elo@v1.0")).hasMessageContaining("model name");
        assertThatThrownBy(() -> ModelRef.parse("elo@1.0")).hasMessageContaining("version must look like");
    }

    @Test
    void lifecycle_draftTestingActiveDeprecated_withGateEvidenceStored() {
        ModelVersion v = ModelVersion.draft(ModelRef.parse("elo_nfl@v1.0"), ModelType.ELO, Map.of("league", "NFL"), "", T0);
        assertThat(v.status()).isEqualTo(ModelStatus.DRAFT);
        assertThatThrownBy(() -> v.activate(gate, evidence(0.6), T0)).hasMessageContaining("cannot move elo_nfl@v1.0 from draft to active");
        ModelVersion testing = v.startTesting(T0.plusSeconds(1));
        ModelVersion.Activation a = testing.activate(gate, evidence(0.6), T0.plusSeconds(2));
        assertThat(a).isInstanceOf(ModelVersion.Activated.class);
        ModelVersion active = ((ModelVersion.Activated) a).version();
        assertThat(active.status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(active.activationEvidence()).isPresent();
        assertThat(active.sameDefinitionAs(v)).isTrue();
        ModelVersion dep = active.deprecate(T0.plusSeconds(3));
        assertThat(dep.status()).isEqualTo(ModelStatus.DEPRECATED);
        assertThatThrownBy(() -> dep.deprecate(T0)).hasMessageContaining("from deprecated to deprecated");
    }

    @Test
    void refusedActivation_leavesTheVersionInTesting() {
        ModelVersion testing = ModelVersion.draft(ModelRef.parse("elo_nfl@v1.0"), ModelType.ELO, Map.of(), "", T0).startTesting(T0);
        ModelVersion.Activation a = testing.activate(gate, evidence(0.50), T0);
        assertThat(a).isInstanceOfSatisfying(ModelVersion.Refused.class, r -> {
            assertThat(r.version().status()).isEqualTo(ModelStatus.TESTING);
            assertThat(r.decision().reason()).contains("accuracy 0.5000 < 0.5200 (short by 0.0200)");
        });
    }

    @Test
    void configIsValidatedAtCreation_andImmutable() {
        assertThatThrownBy(() -> ModelVersion.draft(ModelRef.parse("x@v1.0"), ModelType.ELO, Map.of("elo.kk", "3"), "", T0))
                .hasMessageContaining("config key elo.kk is not known");
        assertThatThrownBy(() -> ModelVersion.draft(ModelRef.parse("x@v1.0"), ModelType.ELO, Map.of("elo.k", "abc"), "", T0))
                .hasMessageContaining("config key elo.k must be a number, was abc");
        ModelVersion v = ModelVersion.draft(ModelRef.parse("x@v1.0"), ModelType.ELO, Map.of("elo.k", "25"), "", T0);
        assertThatThrownBy(() -> v.config().put("elo.k", "1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parsers_rejectANullTextAsBadInputNamingIt_notWithANullPointerExceptionFromInside() {
        // each documents IllegalArgumentException for anything but a valid name; null threw
        // NullPointerException("Cannot invoke String.trim() because key is null") from inside
        assertThatThrownBy(() -> EvaluationKind.parse(null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ModelStatus.parse(null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ModelType.parse(null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> PreGameFeature.parse(null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ModelRef.parse(null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ModelRef.of("elo_nfl", null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ModelRef.of(null, "v1.0")).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> com.precog.domain.model.ingame.InGameModelText.parse(null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }
}
