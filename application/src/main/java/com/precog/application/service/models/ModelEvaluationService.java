package com.precog.application.service.models;

import com.precog.application.port.in.models.EvaluateModel;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.EvaluatedPrediction;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.PreGameBacktest;
import com.precog.domain.model.PreGameFeatureBuilder;
import com.precog.domain.model.PreGameModelSpec;
import com.precog.domain.model.PreGameRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Implements {@link EvaluateModel}: replay, fit walk-forward, score next to the market, store the run. */
public final class ModelEvaluationService implements EvaluateModel {
    private static final Logger log = LoggerFactory.getLogger(ModelEvaluationService.class);
    private final ModelVersions versions;
    private final EvaluationRuns runs;
    private final Clock clock;
    private final Supplier<String> ids;
    private final double cvUnstableSd;

    /** Cross-validations flagged unstable above the SPEC's fold-accuracy sd of {@link CrossValidationSummary#DEFAULT_SD_THRESHOLD}. */
    public ModelEvaluationService(ModelVersions versions, EvaluationRuns runs, Clock clock, Supplier<String> ids) {
        this(versions, runs, clock, ids, CrossValidationSummary.DEFAULT_SD_THRESHOLD);
    }

    /** @param cvUnstableSd the fold-accuracy standard deviation above which a cross-validation is flagged unstable, in [0, 1] */
    public ModelEvaluationService(ModelVersions versions, EvaluationRuns runs, Clock clock, Supplier<String> ids, double cvUnstableSd) {
        if (!(cvUnstableSd >= 0 && cvUnstableSd <= 1)) throw new IllegalArgumentException("cvUnstableSd must be in [0, 1], was " + cvUnstableSd);
        this.cvUnstableSd = cvUnstableSd;
        this.versions = Objects.requireNonNull(versions, "versions");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public ModelEvaluation evaluate(EvaluateModelCommand c) {
        ModelVersion v = versions.find(c.ref()).orElseThrow(() -> new IllegalArgumentException("model version " + c.ref() + " does not exist"));
        if (v.type().phase() != ModelPhase.PRE_GAME) {
            throw new IllegalArgumentException("model version " + c.ref() + " is an in-game model (" + v.type().key()
                    + "); this evaluation takes finished games with closing lines");
        }
        if (v.status() == ModelStatus.DEPRECATED) throw new IllegalArgumentException("model version " + c.ref() + " is deprecated");
        if (c.kind() == com.precog.domain.model.EvaluationKind.HOLDOUT && (!c.holdoutFrom().isAfter(c.from()) || c.holdoutFrom().isAfter(c.to()))) {
            // the run would be stored with a period outside the games evaluated
            throw new IllegalArgumentException("holdout start " + c.holdoutFrom() + " must be after " + c.from() + " and not after " + c.to());
        }
        PreGameModelSpec spec = PreGameModelSpec.parse(v.type(), v.config());
        long t0 = System.nanoTime();
        List<PreGameRow> rows = PreGameFeatureBuilder.build(c.games(), spec.elo());
        List<PreGameBacktest.Prediction> preds;
        Optional<CrossValidationSummary> cv = Optional.empty();
        switch (c.kind()) {
            case BACKTEST -> preds = PreGameBacktest.walkForward(rows, spec, c.from(), c.to());
            case HOLDOUT -> preds = PreGameBacktest.holdout(rows, spec, c.holdoutFrom(), c.to());
            case CROSS_VALIDATION -> {
                PreGameBacktest.CrossValidation r = PreGameBacktest.crossValidate(rows, spec, c.from(), c.to(), c.folds(), cvUnstableSd);
                preds = new ArrayList<>();
                r.folds().forEach(preds::addAll);
                cv = Optional.of(r.summary());
            }
            default -> throw new IllegalStateException("unhandled kind " + c.kind());
        }
        if (preds.isEmpty()) {
            LocalDate first = c.kind() == com.precog.domain.model.EvaluationKind.HOLDOUT ? c.holdoutFrom() : c.from();
            throw new IllegalArgumentException("model version " + c.ref() + " forecast no game between " + first + " and " + c.to()
                    + " (no games in range, or none with the inputs it needs)");
        }
        var scores = PreGameBacktest.score(preds);
        EvaluationRun run = new EvaluationRun(ids.get(), v.ref(), c.kind(), c.kind() == com.precog.domain.model.EvaluationKind.HOLDOUT ? c.holdoutFrom() : c.from(),
                c.to(), clock.instant(), c.dataSource(), scores, cv, preds.stream().map(EvaluatedPrediction::of).toList());
        runs.save(run);
        ModelVersion after = v;
        if (v.status() == ModelStatus.DRAFT) {
            after = v.startTesting(clock.instant());
            versions.update(after);
        }
        log.info("evaluated {} ({}) on {} games in {} ms: brier {} vs market {}", v.ref(), c.kind().key(), preds.size(),
                (System.nanoTime() - t0) / 1_000_000, scores.model().brier(), scores.market().map(m -> m.brier()).orElse(Double.NaN));
        return new ModelEvaluation(run, after, preds, PreGameBacktest.scoreBySeason(preds));
    }
}
