package com.precog.application.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.game.League;
import com.precog.domain.model.Elo;
import com.precog.domain.model.EloParameters;
import com.precog.domain.model.EnsembleWeights;
import com.precog.domain.model.LogisticRegression;
import com.precog.domain.model.ModelEstimate;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.PreGameModelSpec;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The probability models, the activation gate and the evaluation read probability_models.yaml instead of hard-coded defaults. */
class ConfiguredModelsTest {
    static final String M = ConfigSchema.MODELS + ":";

    static EffectiveConfig with(Map<String, String> yaml) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        yaml.forEach((k, v) -> prefixed.put(M + k, v));
        return EffectiveConfig.resolve(prefixed, List.of());
    }

    static GateEvidence evidence(int predictions, double accuracy, double ece) {
        return new GateEvidence(ModelPhase.PRE_GAME, predictions, accuracy, 0.21, ece, predictions, OptionalDouble.of(0.21),
                OptionalDouble.of(0.211), "run-1");
    }

    @Test
    void theBuiltInDefaults_areExactlyTheSpecDefaultsTheCodeUsed() {
        EffectiveConfig d = EffectiveConfig.defaults();
        assertThat(ConfiguredModels.gateCriteria(d)).isEqualTo(GateCriteria.specDefaults());
        for (League l : League.values()) assertThat(ConfiguredModels.elo(d, l)).as(l.name()).isEqualTo(EloParameters.spec(l.name()));
        assertThat(ConfiguredModels.normalInGame(d)).isEqualTo(NormalInGameModel.nfl());
        assertThat(ConfiguredModels.ensembleWeights(d)).isEqualTo(EnsembleWeights.specDefaults());
        assertThat(ConfiguredModels.regressionAlpha(d)).isEqualTo(LogisticRegression.DEFAULT_ALPHA);
        assertThat(ConfiguredModels.crossValidationFolds(d)).isEqualTo(5);
        assertThat(ConfiguredModels.crossValidationUnstableSd(d)).isEqualTo(CrossValidationSummary.DEFAULT_SD_THRESHOLD);
        for (ModelType t : ModelType.values()) {
            assertThat(ConfiguredModels.versionConfig(d, t, Map.of("league", "NFL"))).as(t.key()).isEqualTo(Map.of("league", "NFL"));
            assertThat(ConfiguredModels.versionConfig(d, t, Map.of())).as(t.key()).isEmpty();
        }
    }

    @Test
    void fewerGatePredictions_letAModelWith50PredictionsPass_thatTheDefault100Refuses() {
        GateEvidence fifty = evidence(50, 0.60, 0.05);
        assertThat(new ActivationGate(ConfiguredModels.gateCriteria(EffectiveConfig.defaults())).evaluate(fifty)).isInstanceOf(GateDecision.Refused.class);
        GateCriteria relaxed = ConfiguredModels.gateCriteria(with(Map.of("gate.min_predictions", "10")));
        assertThat(relaxed.minPredictions()).isEqualTo(10);
        assertThat(new ActivationGate(relaxed).evaluate(fifty)).isInstanceOf(GateDecision.Passed.class);
    }

    @Test
    void aTighterGate_refusesWhatTheDefaultPasses_onEveryConfiguredCriterion() {
        GateEvidence good = evidence(500, 0.55, 0.04);
        assertThat(new ActivationGate(GateCriteria.specDefaults()).evaluate(good)).isInstanceOf(GateDecision.Passed.class);
        GateCriteria tight = ConfiguredModels.gateCriteria(with(Map.of("gate.min_accuracy", "0.56", "gate.max_ece", "0.03",
                "gate.max_brier_ingame", "0.15", "gate.max_brier_vs_market", "0.001")));
        assertThat(tight).isEqualTo(new GateCriteria(100, 0.56, 0.03, 0.15, 0.001));
        GateDecision d = new ActivationGate(tight).evaluate(good);
        assertThat(d).isInstanceOf(GateDecision.Refused.class);
        assertThat(d.checks().stream().filter(c -> !c.passed()).map(c -> c.criterion()))
                .containsExactlyInAnyOrder(ActivationGate.ACCURACY, ActivationGate.ECE);
    }

    @Test
    void eloSettings_changeTheRatingsAndTheForecast() {
        EffectiveConfig cfg = with(Map.of("elo.k.nfl", "40", "elo.home_advantage_before_cutover.nfl", "60",
                "elo.home_advantage_after_cutover.nfl", "10", "elo.home_advantage_cutover", "2021-09-01", "elo.scale", "300",
                "elo.initial_rating", "1400", "elo.regression_fraction", "0.5", "elo.regression_target", "1450",
                "elo.playoff_k_multiplier", "2", "elo.mov_multiplier_max", "3"));
        EloParameters p = ConfiguredModels.elo(cfg, League.NFL);
        assertThat(p).isEqualTo(new EloParameters(1400, 300, 40, 2, List.of(new com.precog.domain.model.HomeAdvantageEra(LocalDate.MIN, 60),
                new com.precog.domain.model.HomeAdvantageEra(LocalDate.of(2021, 9, 1), 10)), true, 1, 3, 0.5, 1450));
        assertThat(p.homeAdvantage(LocalDate.of(2021, 1, 10), false)).as("before the configured cutover").isEqualTo(60);
        assertThat(p.homeAdvantage(LocalDate.of(2021, 10, 10), false)).isEqualTo(10);
        Elo spec = new Elo(EloParameters.spec("nfl"));
        Elo conf = new Elo(p);
        LocalDate day = LocalDate.of(2020, 10, 4);
        assertThat(conf.homeWinProbability(1500, 1500, day, false)).as("home advantage 60 on scale 300 instead of 30 on 400")
                .isGreaterThan(spec.homeWinProbability(1500, 1500, day, false) + 0.05);
        assertThat(conf.homeShift(1500, 1500, day, false, false, 24, 17)).as("K 40 moves twice as far as K 20")
                .isCloseTo(2 * new Elo(p.withKFactor(20)).homeShift(1500, 1500, day, false, false, 24, 17), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(conf.revert(1650)).isEqualTo(1550);
        assertThat(spec.revert(1650)).isEqualTo(1613.75);
        assertThat(ConfiguredModels.elo(cfg, League.NHL).kFactor()).as("other leagues keep their K").isEqualTo(6);
    }

    @Test
    void theMarginSd_changesTheInGameProbability() {
        NormalInGameModel wide = ConfiguredModels.normalInGame(with(Map.of("ingame.margin_sd", "20")));
        assertThat(wide.sigma()).isEqualTo(20.0);
        double spec = NormalInGameModel.nfl().homeWinProbability(7, 30, 0);
        assertThat(wide.homeWinProbability(7, 30, 0)).isLessThan(spec).isGreaterThan(0.5);
    }

    @Test
    void ensembleWeightsAndShrinkage_changeTheCombinedForecast() {
        EnsembleWeights w = ConfiguredModels.ensembleWeights(with(Map.of("ensemble.weights.elo", "1", "ensemble.weights.regression", "0",
                "adjustments.shrinkage_factor", "0")));
        assertThat(w.weight("elo")).isEqualTo(1.0);
        assertThat(w.shrinkage()).isZero();
        Map<String, ModelEstimate> members = Map.of("elo", ModelEstimate.point(0.70, 1), "regression", ModelEstimate.point(0.50, 1));
        assertThat(new com.precog.domain.model.Ensemble(w).combine(members).probability()).isEqualTo(0.70);
        assertThat(new com.precog.domain.model.Ensemble(EnsembleWeights.specDefaults()).combine(members).probability()).isLessThan(0.65);
    }

    @Test
    void theCrossValidationSettings_comeFromTheConfiguration() {
        EffectiveConfig cfg = with(Map.of("evaluation.cv_folds", "10", "evaluation.cv_accuracy_sd_flag", "0.01"));
        assertThat(ConfiguredModels.crossValidationFolds(cfg)).isEqualTo(10);
        List<MetricSummary> folds = List.of(new MetricSummary(100, 0.55, 0.2, 0.6, 0.05, 0.6), new MetricSummary(100, 0.58, 0.2, 0.6, 0.05, 0.6));
        assertThat(CrossValidationSummary.of(folds, ConfiguredModels.crossValidationUnstableSd(cfg)).unstable()).isTrue();
        assertThat(CrossValidationSummary.of(folds, ConfiguredModels.crossValidationUnstableSd(EffectiveConfig.defaults())).unstable()).isFalse();
    }

    @Test
    void aNewVersion_recordsWhatTheConfigurationSetsDifferently_andTheOperatorsEntriesWin() {
        EffectiveConfig cfg = with(Map.of("elo.k.nfl", "25", "elo.home_advantage_after_cutover.nfl", "20", "regression.l2_alpha", "0.5",
                "ensemble.weights.elo", "0.6", "adjustments.shrinkage_factor", "0.2", "elo.scale", "350"));
        assertThat(ConfiguredModels.versionConfig(cfg, ModelType.ELO, Map.of("league", "NFL")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("league", "NFL", "elo.k", "25", "elo.scale", "350", "elo.home_advantage", "48,2020-03-12:20"));
        Map<String, String> mine = ConfiguredModels.versionConfig(cfg, ModelType.ELO, Map.of("elo.k", "30"));
        assertThat(mine).containsEntry("elo.k", "30").containsEntry("elo.scale", "350");
        Map<String, String> ens = ConfiguredModels.versionConfig(cfg, ModelType.ENSEMBLE, Map.of());
        assertThat(ens).containsEntry("alpha", "0.5").containsEntry("weights.elo", "0.6").containsEntry("shrinkage", "0.2")
                .doesNotContainKey("weights.regression");
        assertThat(ConfiguredModels.versionConfig(cfg, ModelType.LOGISTIC_REGRESSION, Map.of())).containsEntry("alpha", "0.5").doesNotContainKey("shrinkage");
        assertThat(ConfiguredModels.versionConfig(cfg, ModelType.ELO, Map.of("elo.preset", "fivethirtyeight")))
                .as("another preset is kept as it is").isEqualTo(Map.of("elo.preset", "fivethirtyeight"));
        assertThat(ConfiguredModels.versionConfig(cfg, ModelType.NORMAL_IN_GAME, Map.of())).isEmpty();

        // what is recorded builds exactly the configured model
        assertThat(PreGameModelSpec.parse(ModelType.ELO, ConfiguredModels.versionConfig(cfg, ModelType.ELO, Map.of())).elo())
                .isEqualTo(ConfiguredModels.elo(cfg, League.NFL));
        var spec = (PreGameModelSpec.EnsembleSpec) PreGameModelSpec.parse(ModelType.ENSEMBLE, ens);
        assertThat(spec.weights()).isEqualTo(ConfiguredModels.ensembleWeights(cfg));
        assertThat(spec.regression().alpha()).isEqualTo(0.5);
        assertThat(ConfiguredModels.versionConfig(cfg, ModelType.ELO, Map.of("league", "NBA"))).as("NBA keeps its SPEC K and home advantage")
                .isEqualTo(Map.of("league", "NBA", "elo.scale", "350"));
    }

    @Test
    void valuesInRangeThatNoModelCouldUse_areRefusedWithTheirKey() {
        assertThatThrownBy(() -> with(Map.of("elo.home_advantage_cutover", "March 2020")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("elo.home_advantage_cutover");
        assertThatThrownBy(() -> with(Map.of("elo.mov_multiplier_min", "3", "elo.mov_multiplier_max", "2")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("elo.mov_multiplier_max");
        assertThatThrownBy(() -> with(Map.of("elo.k.mlb", "0"))).isInstanceOf(InvalidConfigException.class).hasMessageContaining("elo.k.mlb");
        assertThatThrownBy(() -> with(Map.of("adjustments.shrinkage_factor", "1"))).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("adjustments.shrinkage_factor");
        assertThatThrownBy(() -> with(Map.of("ensemble.weights.elo", "0", "ensemble.weights.regression", "0", "ensemble.weights.ml", "0",
                "ensemble.weights.historical", "0"))).isInstanceOf(InvalidConfigException.class).hasMessageContaining("ensemble.weights");
    }
}
