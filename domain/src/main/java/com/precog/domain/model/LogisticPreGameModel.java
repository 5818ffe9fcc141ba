package com.precog.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A fitted logistic regression over {@link PreGameFeature}s. Empty when a feature is unavailable for
 * the row. Confidence grows with the training size: {@code min(1, trainingRows/fullConfidenceRows)}.
 * Immutable and thread-safe.
 *
 * @param features the features, in coefficient order (copied)
 * @param fit the fitted regression, one coefficient per feature
 * @param trainingRows rows it was fitted on, {@code >= 0}
 * @param fullConfidenceRows training rows for confidence 1, at least 1
 */
public record LogisticPreGameModel(List<PreGameFeature> features, LogisticRegression.Fitted fit, int trainingRows,
                                   int fullConfidenceRows) implements PreGameModel {
    /**
     * Validates the model.
     *
     * @throws IllegalArgumentException if the coefficient count differs from the features or a count is out of range
     * @throws NullPointerException if the features or fit is null
     */
    public LogisticPreGameModel {
        features = List.copyOf(Objects.requireNonNull(features, "features"));
        Objects.requireNonNull(fit, "fit");
        if (fit.featureCount() != features.size()) {
            throw new IllegalArgumentException("fit has " + fit.featureCount() + " coefficients for " + features.size() + " features");
        }
        if (trainingRows < 0) throw new IllegalArgumentException("trainingRows must be >= 0, was " + trainingRows);
        if (fullConfidenceRows < 1) throw new IllegalArgumentException("fullConfidenceRows must be >= 1, was " + fullConfidenceRows);
    }

    @Override
    public String member() {
        return "regression";
    }

    /** Feature vector of the row, or null when a feature is unavailable. */
    static double[] featureVector(List<PreGameFeature> features, PreGameRow row) {
        double[] x = new double[features.size()];
        for (int j = 0; j < x.length; j++) {
            OptionalDouble v = features.get(j).value(row);
            if (v.isEmpty()) return null;
            x[j] = v.getAsDouble();
        }
        return x;
    }

    @Override
    public Optional<ModelEstimate> estimate(PreGameRow row) {
        double[] x = featureVector(features, row);
        if (x == null) return Optional.empty();
        return Optional.of(ModelEstimate.point(fit.probability(x), Math.min(1.0, (double) trainingRows / fullConfidenceRows)));
    }
}
