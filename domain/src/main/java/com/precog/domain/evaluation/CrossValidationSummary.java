package com.precog.domain.evaluation;

import java.util.List;

/**
 * Scores of k temporal folds: per-fold summaries, mean and sample sd of the fold accuracies, and the
 * instability flag {@code sdAccuracy > threshold} (SPEC §3: 0.05).
 */
public record CrossValidationSummary(List<MetricSummary> folds, double meanAccuracy, double sdAccuracy, double meanBrier,
                                     boolean unstable) {
    public static final double DEFAULT_SD_THRESHOLD = 0.05;

    public CrossValidationSummary {
        folds = List.copyOf(folds);
        if (folds.isEmpty()) throw new IllegalArgumentException("folds must not be empty");
    }

    public static CrossValidationSummary of(List<MetricSummary> folds, double sdThreshold) {
        if (folds.isEmpty()) throw new IllegalArgumentException("folds must not be empty");
        double mean = folds.stream().mapToDouble(MetricSummary::accuracy).average().orElseThrow();
        double brier = folds.stream().mapToDouble(MetricSummary::brier).average().orElseThrow();
        double ss = 0;
        for (MetricSummary f : folds) ss += (f.accuracy() - mean) * (f.accuracy() - mean);
        double sd = folds.size() > 1 ? Math.sqrt(ss / (folds.size() - 1)) : 0;
        return new CrossValidationSummary(folds, mean, sd, brier, sd > sdThreshold);
    }
}
