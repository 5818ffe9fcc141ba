package com.precog.domain.evaluation;

import java.util.List;

/**
 * Scores of k temporal folds: per-fold summaries, mean and sample sd of the fold accuracies, and the
 * instability flag {@code sdAccuracy > threshold} (SPEC §3: 0.05). Immutable.
 *
 * @param folds the per-fold scores in fold order (copied), not empty
 * @param meanAccuracy mean of the fold accuracies
 * @param sdAccuracy sample standard deviation of the fold accuracies (0 for one fold)
 * @param meanBrier mean of the fold Brier scores
 * @param unstable whether {@code sdAccuracy} exceeded the threshold
 */
public record CrossValidationSummary(List<MetricSummary> folds, double meanAccuracy, double sdAccuracy, double meanBrier,
                                     boolean unstable) {
    /** SPEC §3 instability threshold on the fold accuracies' standard deviation. */
    public static final double DEFAULT_SD_THRESHOLD = 0.05;

    /**
     * Copies the folds.
     *
     * @throws IllegalArgumentException if there are no folds
     */
    public CrossValidationSummary {
        folds = List.copyOf(folds);
        if (folds.isEmpty()) throw new IllegalArgumentException("folds must not be empty");
    }

    /**
     * Summarises fold scores.
     *
     * @param folds the per-fold scores, not empty
     * @param sdThreshold the standard deviation above which the folds are unstable
     * @return the summary
     * @throws IllegalArgumentException if there are no folds
     */
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
