package com.precog.domain.model;

import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.ModelVsMarket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored evaluation of one model version (table {@code evaluation_runs} plus its {@code predictions}):
 * workflow, evaluated date range (inclusive), when it ran, the data it used, the model's and the
 * market's scores on the same games, the cross-validation summary for that workflow, and every
 * prediction. Immutable.
 *
 * @param id the run's id, not blank
 * @param model the model version evaluated
 * @param kind the workflow
 * @param from the first evaluated date
 * @param to the last evaluated date, not before {@code from}
 * @param createdAt when it ran
 * @param dataSource the data it used, for people
 * @param scores the model's and the market's scores
 * @param crossValidation the fold summary for cross-validation runs, else empty
 * @param predictions every prediction (copied); as many as {@code scores.model().n()}
 */
public record EvaluationRun(String id, ModelRef model, EvaluationKind kind, LocalDate from, LocalDate to, Instant createdAt,
                            String dataSource, ModelVsMarket scores, Optional<CrossValidationSummary> crossValidation,
                            List<EvaluatedPrediction> predictions) {
    /**
     * Validates the run.
     *
     * @throws IllegalArgumentException if the id is blank, {@code to} is before {@code from} or the prediction count differs from the scores
     * @throws NullPointerException if a component is null
     */
    public EvaluationRun {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("id must not be blank");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(crossValidation, "crossValidation");
        predictions = List.copyOf(predictions);
        if (to.isBefore(from)) throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        if (predictions.size() != scores.model().n()) {
            throw new IllegalArgumentException("predictions (" + predictions.size() + ") must match scores.model().n() (" + scores.model().n() + ")");
        }
    }

    /** {@return the number of stored predictions (equals {@code scores().model().n()})} */
    public int predictionCount() {
        return predictions.size();
    }
}
