package com.precog.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelVsMarketTest {
    @Test
    void marketIsScoredOnlyWhereItHasAProbability_andTheModelOnTheSameGames() {
        double[] model = {0.9, 0.2, 0.6};
        double[] market = {0.8, Double.NaN, 0.4};
        double[] y = {1, 0, 1};
        ModelVsMarket s = ModelVsMarket.of(model, market, y);
        assertThat(s.model().n()).isEqualTo(3);
        assertThat(s.marketGames()).isEqualTo(2);
        assertThat(s.market().orElseThrow().brier()).isCloseTo((0.04 + 0.36) / 2, within(1e-15));
        assertThat(s.modelOnMarketGames().orElseThrow().brier()).isCloseTo((0.01 + 0.16) / 2, within(1e-15));
        GateEvidence e = s.toEvidence(ModelPhase.PRE_GAME, "x");
        assertThat(e.marketBrier().getAsDouble()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void crossValidation_flagsUnstableAccuracy() {
        MetricSummary a = new MetricSummary(10, 0.50, 0.25, 0.69, 0.1, 0.5);
        MetricSummary b = new MetricSummary(10, 0.70, 0.20, 0.60, 0.1, 0.6);
        CrossValidationSummary unstable = CrossValidationSummary.of(java.util.List.of(a, b), 0.05);
        assertThat(unstable.sdAccuracy()).isCloseTo(Math.sqrt(0.02), within(1e-12));
        assertThat(unstable.unstable()).isTrue();
        assertThat(CrossValidationSummary.of(java.util.List.of(a, a), 0.05).unstable()).isFalse();
    }
}
