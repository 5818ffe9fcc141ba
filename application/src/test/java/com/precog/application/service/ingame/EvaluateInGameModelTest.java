package com.precog.application.service.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameEvaluation;
import com.precog.domain.model.ingame.TestPlays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class EvaluateInGameModelTest {
    /** 100 games forecast 0.9 (90 home wins) and 50 forecast 0.1 (5 home wins): calibrated and sharp; {@code inverted} flips it. */
    private static InGameEvaluation.Result result(boolean inverted) {
        List<HistoricalPlay> plays = new ArrayList<>();
        for (int g = 0; g < 150; g++) {
            boolean homeWins = g < 100 ? g < 90 : g < 105;
            plays.add(TestPlays.play("2021_" + g + "_AWY_HOM", 2021, 0, 2, 2000, 0, 0, homeWins ? 20 : 10, homeWins ? 10 : 20));
        }
        Map<String, ToDoubleFunction<HistoricalPlay>> f = new LinkedHashMap<>();
        f.put(EvaluateInGameModel.MODEL, p -> {
            double q = Integer.parseInt(p.gameId().split("_")[1]) < 100 ? 0.9 : 0.1;
            return inverted ? 1 - q : q;
        });
        f.put(EvaluateInGameModel.BASELINE, p -> 0.6);
        return InGameEvaluation.evaluate(plays, f);
    }

    @Test
    void gateEvidence_isInGameWithTheBaselineAsBenchmark() {
        InGameEvaluation.Result r = result(false);
        GateEvidence e = EvaluateInGameModel.gateEvidence(r, "run-1");
        assertThat(e.phase()).isEqualTo(ModelPhase.IN_GAME);
        assertThat(e.predictions()).isEqualTo(150);
        assertThat(e.brier()).isEqualTo(r.scores().get("model").brier());
        assertThat(e.marketBrier().getAsDouble()).isEqualTo(r.scores().get("baseline_normal").brier());
        assertThat(e.accuracy()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(e.evaluationRunId()).isEqualTo("run-1");
    }

    @Test
    void goodModelPassesTheGateAndAPoorOneIsRefused() {
        ActivationGate gate = new ActivationGate(GateCriteria.specDefaults());
        assertThat(EvaluateInGameModel.judge(result(false), gate, "")).isInstanceOf(GateDecision.Passed.class);
        assertThat(EvaluateInGameModel.judge(result(true), gate, "")).isInstanceOf(GateDecision.Refused.class);
    }
}
