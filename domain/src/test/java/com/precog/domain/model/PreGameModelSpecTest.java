package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreGameModelSpecTest {
    @Test
    void eloDefaultsAreTheSpecsForTheLeague_andOverridesApply() {
        var spec = PreGameModelSpec.parse(ModelType.ELO, Map.of("league", "NFL", "elo.k", "25", "elo.home_advantage", "50,2020-03-12:20",
                "elo.mov_max", "inf"));
        EloParameters p = spec.elo();
        assertThat(p.kFactor()).isEqualTo(25);
        assertThat(p.homeAdvantage(LocalDate.of(2019, 1, 1), false)).isEqualTo(50);
        assertThat(p.homeAdvantage(LocalDate.of(2021, 1, 1), false)).isEqualTo(20);
        assertThat(p.movMax()).isInfinite();
        assertThat(p.seasonReversion()).isEqualTo(0.25);
        assertThat(PreGameModelSpec.parse(ModelType.ELO, Map.of("elo.preset", "fivethirtyeight")).elo()).isEqualTo(EloParameters.fiveThirtyEightNfl());
    }

    @Test
    void ensembleUsesSpecWeightsUnlessOverridden() {
        var spec = (PreGameModelSpec.EnsembleSpec) PreGameModelSpec.parse(ModelType.ENSEMBLE,
                Map.of("weights.market", "0.5", "features", "elo_diff,market_logit"));
        assertThat(spec.weights().weight("elo")).isEqualTo(0.40);
        assertThat(spec.weights().weight("market")).isEqualTo(0.5);
        assertThat(spec.weights().shrinkage()).isEqualTo(0.10);
        assertThat(spec.regression().features()).containsExactly(PreGameFeature.ELO_DIFF, PreGameFeature.MARKET_LOGIT);
    }

    @Test
    void rejectsInGameTypesAndUnknownFeatures() {
        assertThatThrownBy(() -> PreGameModelSpec.parse(ModelType.NORMAL_IN_GAME, Map.of())).hasMessageContaining("in-game model");
        assertThatThrownBy(() -> PreGameModelSpec.parse(ModelType.LOGISTIC_REGRESSION, Map.of("features", "elo_diff,moon")))
                .hasMessageContaining("was moon");
        assertThatThrownBy(() -> PreGameModelSpec.parse(ModelType.ENSEMBLE, Map.of("weights.crystal_ball", "1")))
                .hasMessageContaining("weights.crystal_ball");
    }
}
