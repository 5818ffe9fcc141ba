package com.precog.application.service.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.in.models.EvaluateModel;
import com.precog.application.port.in.models.ManageModelVersions;
import com.precog.application.port.out.models.InMemoryEvaluationRuns;
import com.precog.application.port.out.models.InMemoryModelVersions;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.HistoricalGame;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.SharedData;
import java.io.FileReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelServicesTest {
    static List<HistoricalGame> games;
    static final LocalDate FROM = LocalDate.of(2015, 3, 1);
    static final LocalDate TO = LocalDate.of(2023, 3, 1);

    InMemoryModelVersions versions;
    InMemoryEvaluationRuns runs;
    ModelVersionService manage;
    ModelEvaluationService evaluate;
    com.precog.application.port.out.models.InMemoryActivationDecisions decisions;

    @BeforeAll
    static void load() throws IOException {
        var teams = HistoricalGamesCsv.readTeams(new FileReader(SharedData.historical("nfl_teams.csv").toFile()));
        games = HistoricalGamesCsv.read(new FileReader(SharedData.historical("nfl_scores_spreads_1966_2022.csv").toFile()), teams).games();
    }

    @BeforeEach
    void setUp() {
        versions = new InMemoryModelVersions();
        runs = new InMemoryEvaluationRuns();
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        AtomicInteger n = new AtomicInteger();
        decisions = new com.precog.application.port.out.models.InMemoryActivationDecisions();
        manage = new ModelVersionService(versions, runs, new ActivationGate(GateCriteria.specDefaults()), clock, decisions);
        evaluate = new ModelEvaluationService(versions, runs, clock, () -> "run-" + n.incrementAndGet());
        BuiltInModels.seed(versions, clock);
    }

    @Test
    void csvReader_mapsTeamsToFranchisesAndSpreadsToHomeMargins() {
        assertThat(games).hasSize(13_516);
        HistoricalGame superBowl = games.get(games.size() - 1);
        assertThat(superBowl.home()).isEqualTo("PHI");
        assertThat(superBowl.away()).isEqualTo("KC");
        assertThat(superBowl.neutral()).isTrue();
        assertThat(superBowl.closingHomeMargin().getAsDouble()).isEqualTo(1.0); // PHI favoured by 1
        assertThat(games.stream().filter(g -> g.home().equals("LVR") || g.away().equals("LVR")).count()).isGreaterThan(800);
    }

    @Test
    void builtInsExist_andSeedingTwiceAddsNothing() {
        assertThat(manage.list()).extracting(v -> v.ref().toString()).contains("elo_nfl@v1.0", "ensemble_nfl@v1.0");
        assertThat(BuiltInModels.seed(versions, Clock.systemUTC())).isZero();
    }

    @Test
    void evaluate_storesTheRun_movesDraftToTesting_thenActivationPassesTheGate() {
        ModelRef ref = ModelRef.parse("logreg_market_nfl@v1.0");
        EvaluateModel.ModelEvaluation e = evaluate.evaluate(EvaluateModel.EvaluateModelCommand.backtest(ref, games, FROM, TO, "spreads"));
        assertThat(e.run().predictions()).hasSize(2173);
        assertThat(e.bySeason()).containsOnlyKeys(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022);
        assertThat(runs.find(e.run().id())).isPresent();
        assertThat(versions.find(ref).orElseThrow().status()).isEqualTo(ModelStatus.TESTING);
        ModelVersion.Activation a = manage.activate(ref);
        assertThat(a).isInstanceOf(ModelVersion.Activated.class);
        ModelVersion active = versions.find(ref).orElseThrow();
        assertThat(active.status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(active.activationEvidence().orElseThrow().evidence().evaluationRunId()).isEqualTo(e.run().id());
        assertThat(decisions.forModel(ref)).singleElement().satisfies(d -> assertThat(d.passed()).isTrue());
    }

    @Test
    void goal_bestModelBrierWithin0005OfTheClosingSpread_2015to2022_walkForward() {
        var e = evaluate.evaluate(EvaluateModel.EvaluateModelCommand.backtest(ModelRef.parse("logreg_market_nfl@v1.0"), games, FROM, TO, "spreads"));
        double model = e.run().scores().modelOnMarketGames().orElseThrow().brier();
        double market = e.run().scores().market().orElseThrow().brier();
        assertThat(model - market).isLessThan(0.005);
    }

    @Test
    void activation_refusedWhenTheModelIsWorseThanTheMarket_andSaysByHowMuch() {
        ModelRef ref = ModelRef.parse("weak@v1.0");
        manage.create(new ManageModelVersions.CreateModelVersion(ref, ModelType.ELO, Map.of("elo.k", "2", "elo.home_advantage", "0"), "weak"));
        evaluate.evaluate(EvaluateModel.EvaluateModelCommand.backtest(ref, games, FROM, TO, "spreads"));
        ModelVersion.Activation a = manage.activate(ref);
        assertThat(a).isInstanceOfSatisfying(ModelVersion.Refused.class,
                r -> assertThat(r.decision().reason()).contains("brier_minus_market_brier").contains("over by"));
        assertThat(versions.find(ref).orElseThrow().status()).isEqualTo(ModelStatus.TESTING);
        // the refusal is kept with its evidence: which criterion failed and by how much
        var kept = decisions.forModel(ref);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).passed()).isFalse();
        assertThat(kept.get(0).decision()).isEqualTo(((ModelVersion.Refused) a).decision());
        assertThat(kept.get(0).decision().checks()).anySatisfy(c -> {
            assertThat(c.criterion()).isEqualTo("brier_minus_market_brier");
            assertThat(c.passed()).isFalse();
            assertThat(c.margin()).isNegative();
        });
    }

    @Test
    void crossValidation_andHoldout_areStoredWithTheirKind() {
        ModelRef ref = ModelRef.parse("elo_nfl@v1.0");
        var cv = evaluate.evaluate(new EvaluateModel.EvaluateModelCommand(ref, games, FROM, TO, EvaluationKind.CROSS_VALIDATION, 5, FROM, "s"));
        assertThat(cv.run().crossValidation().orElseThrow().folds()).hasSize(5);
        var ho = evaluate.evaluate(new EvaluateModel.EvaluateModelCommand(ref, games, FROM, TO, EvaluationKind.HOLDOUT, 5,
                LocalDate.of(2021, 3, 1), "s"));
        assertThat(ho.run().kind()).isEqualTo(EvaluationKind.HOLDOUT);
        assertThat(ho.predictions()).allSatisfy(p -> assertThat(p.game().season()).isGreaterThanOrEqualTo(2021));
        assertThat(runs.forModel(ref)).hasSize(2);
    }

    @Test
    void errorsNameTheProblem() {
        assertThatThrownBy(() -> manage.activate(ModelRef.parse("elo_nfl@v1.0"))).hasMessageContaining("cannot move elo_nfl@v1.0 from draft");
        assertThatThrownBy(() -> manage.activate(ModelRef.parse("nope@v1.0"))).hasMessageContaining("nope@v1.0 does not exist");
        ModelRef ref = ModelRef.parse("elo_nfl@v1.0");
        versions.update(versions.find(ref).orElseThrow().startTesting(Instant.parse("2026-01-01T00:00:00Z")));
        assertThatThrownBy(() -> manage.activate(ref)).hasMessageContaining("has no evaluation run");
        assertThatThrownBy(() -> manage.create(new ManageModelVersions.CreateModelVersion(ref, ModelType.ELO, Map.of(), "")))
                .hasMessageContaining("already exists");
        assertThat(manage.deprecate(ref).status()).isEqualTo(ModelStatus.DEPRECATED);
    }

    @Test
    void create_anEnsembleWithNoPositiveMemberWeight_isRefused_andNothingIsStored() {
        // immutable once created: accepted, it could only ever fail its evaluations ("no positive weight")
        ModelRef ref = ModelRef.parse("zero_ensemble@v1.0");
        assertThatThrownBy(() -> manage.create(new ManageModelVersions.CreateModelVersion(ref, ModelType.ENSEMBLE,
                Map.of("weights.elo", "0", "weights.regression", "0"), "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero_ensemble@v1.0").hasMessageContaining("no positive weight");
        assertThat(versions.find(ref)).isEmpty();
        // one positive member is enough
        assertThat(manage.create(new ManageModelVersions.CreateModelVersion(ModelRef.parse("market_only@v1.0"), ModelType.ENSEMBLE,
                Map.of("weights.elo", "0", "weights.regression", "0", "weights.market", "1"), "")).status()).isEqualTo(ModelStatus.DRAFT);
    }

    @Test
    void holdoutThatForecastsNothing_namesTheHoldoutStart_notTheWindowStart() {
        LocalDate testFrom = LocalDate.of(2022, 6, 1);
        LocalDate to = LocalDate.of(2022, 7, 1); // the off-season: no game
        assertThatThrownBy(() -> evaluate.evaluate(new EvaluateModel.EvaluateModelCommand(ModelRef.parse("elo_nfl@v1.0"), games, FROM, to,
                EvaluationKind.HOLDOUT, 5, testFrom, "test")))
                .hasMessageContaining("forecast no game between 2022-06-01 and 2022-07-01");
    }

    @Test
    void holdoutStartOutsideTheWindow_isRefused_andNoRunIsStored() {
        ModelRef ref = ModelRef.parse("elo_nfl@v1.0");
        for (LocalDate start : List.of(LocalDate.of(1950, 1, 1), FROM, LocalDate.of(2040, 1, 1))) {
            assertThatThrownBy(() -> evaluate.evaluate(new EvaluateModel.EvaluateModelCommand(ref, games, FROM, TO, EvaluationKind.HOLDOUT, 5,
                    start, "test"))).as(start.toString()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("holdout start " + start).hasMessageContaining("after " + FROM).hasMessageContaining("not after " + TO);
        }
        assertThat(runs.summaries(ref)).isEmpty();
        assertThat(versions.find(ref).orElseThrow().status()).isEqualTo(ModelStatus.DRAFT);
    }
}
