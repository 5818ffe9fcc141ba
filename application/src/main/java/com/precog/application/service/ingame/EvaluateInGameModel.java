package com.precog.application.service.ingame;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.StoredInGameModel;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameEvaluation;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameModelText;
import com.precog.domain.model.ingame.InGameSituation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Use case: score a stored in-game model and the normal-model baseline (closing spread) on the same
 * historical plays ({@link InGameEvaluation}'s rows and metrics).
 */
public final class EvaluateInGameModel {
    /** Name of the model's scores in the result. */
    public static final String MODEL = "model";
    /** Name of the baseline's scores in the result. */
    public static final String BASELINE = "baseline_normal";
    /** Name of the stored lookup table's scores in the result. */
    public static final String LOOKUP = "lookup";

    private final InGameModelVersions versions;

    public EvaluateInGameModel(InGameModelVersions versions) {
        this.versions = Objects.requireNonNull(versions, "versions");
    }

    /** Loads {@code reference}; unknown references are an {@link IllegalArgumentException} naming it. */
    public InGameModel load(ModelRef reference) {
        StoredInGameModel s = versions.find(reference)
                .orElseThrow(() -> new IllegalArgumentException("model " + reference + " is not stored"));
        return InGameModelText.parse(s.config());
    }

    /**
     * Activation-gate evidence (SPEC §3) from an evaluation: in-game phase, the model's predictions,
     * accuracy, Brier and ECE, and as the market benchmark the closing-spread normal model
     * ({@value #BASELINE}) on the same plays.
     */
    public static GateEvidence gateEvidence(InGameEvaluation.Result r, String evaluationRunId) {
        InGameEvaluation.Scores m = r.scores().get(MODEL);
        InGameEvaluation.Scores b = r.scores().get(BASELINE);
        if (m == null || b == null) throw new IllegalArgumentException("evaluation must hold '" + MODEL + "' and '" + BASELINE + "' scores");
        return new GateEvidence(ModelPhase.IN_GAME, r.plays(), m.accuracy(), m.brier(), m.ece(), r.plays(),
                OptionalDouble.of(m.brier()), OptionalDouble.of(b.brier()), evaluationRunId);
    }

    /** The gate's decision on {@link #gateEvidence}. */
    public static GateDecision judge(InGameEvaluation.Result r, ActivationGate gate, String evaluationRunId) {
        return gate.evaluate(gateEvidence(r, evaluationRunId));
    }

    /** Scores {@code model}, the baseline and the model's lookup table (in that order) on {@code plays}. */
    public InGameEvaluation.Result evaluate(InGameModel model, List<HistoricalPlay> plays, FallbackCounts fallbacks) {
        Map<String, ToDoubleFunction<HistoricalPlay>> f = new LinkedHashMap<>();
        f.put(MODEL, p -> model.homeWinProbability(InGameSituation.of(p), fallbacks));
        f.put(BASELINE, InGameEvaluation::baselineNormal);
        f.put(LOOKUP, p -> model.lookup().estimate(InGameSituation.of(p)).probability());
        return InGameEvaluation.evaluate(plays, f);
    }
}
