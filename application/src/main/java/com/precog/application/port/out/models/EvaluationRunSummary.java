package com.precog.application.port.out.models;

import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.ModelVsMarket;
import com.precog.domain.model.EvaluationKind;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation run without its predictions: what listing a version's runs and judging the newest one
 * need (an in-game run holds ~91,000 predictions; reading them to print a line costs a second).
 */
public record EvaluationRunSummary(String id, ModelRef model, EvaluationKind kind, LocalDate from, LocalDate to, Instant createdAt,
                                   String dataSource, ModelVsMarket scores, Optional<CrossValidationSummary> crossValidation,
                                   int predictionCount) {
    public EvaluationRunSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(crossValidation, "crossValidation");
    }

    /** {@return the summary of a full run} */
    public static EvaluationRunSummary of(EvaluationRun r) {
        return new EvaluationRunSummary(r.id(), r.model(), r.kind(), r.from(), r.to(), r.createdAt(), r.dataSource(), r.scores(),
                r.crossValidation(), r.predictionCount());
    }
}
