package com.precog.application.service.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.models.InMemoryEvaluationRuns;
import com.precog.application.port.out.models.InMemoryModelVersions;
import com.precog.application.service.models.ModelVersionService;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameEvaluation;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameModelFitter;
import com.precog.domain.model.ingame.SeasonRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecordInGameEvaluationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T22:00:00Z"), ZoneOffset.UTC);

    private final InMemoryModelVersions versions = new InMemoryModelVersions();
    private final InMemoryEvaluationRuns runs = new InMemoryEvaluationRuns();
    private final AtomicInteger ids = new AtomicInteger();
    private final RecordInGameEvaluation record = new RecordInGameEvaluation(versions, runs, CLOCK, () -> "ingame-" + ids.incrementAndGet());
    private final ModelVersionsInGameModels store = new ModelVersionsInGameModels(versions, ModelType.IN_GAME_LOGISTIC);

    @Test
    void inGameEvaluationIsStoredAsARun_andTheVersionIsActivatedThroughTheCommonGate() {
        List<HistoricalPlay> plays = InGameUseCasesTest.games(600);
        FitInGameModel.Result fit = new FitInGameModel(store, CLOCK).fit("wp", plays, SeasonRange.parse("2020-2020"), InGameModelFitter.Config.defaults());
        assertThat(versions.find(fit.stored().ref()).orElseThrow().type()).isEqualTo(ModelType.IN_GAME_LOGISTIC);
        assertThat(ModelType.IN_GAME_LOGISTIC.phase()).isEqualTo(ModelPhase.IN_GAME);
        List<HistoricalPlay> test = plays.stream().filter(p -> p.season() == 2021).toList();
        String firstGame = test.get(0).gameId();

        EvaluationRun run = record.record(fit.stored().ref(), fit.model(), test, Map.of(firstGame, LocalDate.of(2021, 9, 9)), "synthetic 2021");

        // one prediction per scored row, scored like evaluate-ingame
        InGameEvaluation.Result r = new EvaluateInGameModel(store).evaluate(fit.model(), test, FallbackCounts.discarding());
        assertThat(run.predictionCount()).isEqualTo(r.plays());
        assertThat(run.scores().model().brier()).isCloseTo(r.scores().get(EvaluateInGameModel.MODEL).brier(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(run.scores().market().orElseThrow().brier())
                .isCloseTo(r.scores().get(EvaluateInGameModel.BASELINE).brier(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(run.kind()).isEqualTo(EvaluationKind.BACKTEST);
        assertThat(run.predictions().get(0).gameKey()).isEqualTo(firstGame + "#1");
        assertThat(run.predictions().get(0).gameDate()).isEqualTo(LocalDate.of(2021, 9, 9));
        assertThat(run.from()).isEqualTo(LocalDate.of(2021, 9, 7));   // other games: approximated from season and week 1
        assertThat(run.dataSource()).startsWith("synthetic 2021 (dates of ").contains("approximated");
        assertThat(runs.latest(fit.stored().ref())).contains(run);
        assertThat(versions.find(fit.stored().ref()).orElseThrow().status()).isEqualTo(ModelStatus.TESTING);

        // the normal activation path reads the stored run; these synthetic games are few, so what the gate says
        // must agree with judging the same evidence directly
        ActivationGate gate = new ActivationGate(GateCriteria.specDefaults());
        ModelVersion.Activation a = new ModelVersionService(versions, runs, gate, CLOCK).activate(fit.stored().ref());
        boolean passed = gate.evaluate(run.scores().toEvidence(ModelPhase.IN_GAME, run.id())) instanceof com.precog.domain.evaluation.GateDecision.Passed;
        assertThat(a instanceof ModelVersion.Activated).isEqualTo(passed);
        assertThat(versions.find(fit.stored().ref()).orElseThrow().status()).isEqualTo(passed ? ModelStatus.ACTIVE : ModelStatus.TESTING);
    }

    @Test
    void aVersionNotInTheSharedStoreIsRecordedWithoutAStatusChange_andNoScoredRowIsRefused() {
        List<HistoricalPlay> plays = InGameUseCasesTest.games(200);
        InGameModel m = InGameModelFitter.fit(plays, InGameModelFitter.Config.defaults());
        EvaluationRun run = record.record(com.precog.domain.model.ModelRef.parse("files@v1.0"), m, plays, Map.of(), "x");
        assertThat(runs.find(run.id())).contains(run);
        assertThat(versions.list()).isEmpty();
        List<HistoricalPlay> none = plays.stream().filter(p -> !p.isScoredInEvaluation()).toList();
        assertThatThrownBy(() -> record.record(com.precog.domain.model.ModelRef.parse("files@v1.0"), m, none, Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no scored row");
    }

    @Test
    void approximateDate_isSeptemberSeventhPlusAWeekPerWeek() {
        assertThat(RecordInGameEvaluation.approximateDate(2021, 1)).isEqualTo(LocalDate.of(2021, 9, 7));
        assertThat(RecordInGameEvaluation.approximateDate(2021, 3)).isEqualTo(LocalDate.of(2021, 9, 21));
    }
}
