package com.precog.domain.evaluation;

/**
 * The SPEC §3 scores of n forecasts against outcomes: accuracy (threshold 0.5), Brier, log loss
 * (ε 1e-15), ECE (10 equal-width bins) and AUC (NaN when one class is absent). Statistics, not money.
 * Immutable.
 *
 * @param n the number of forecasts, at least 1
 * @param accuracy see {@link CalibrationMetrics#accuracy}
 * @param brier see {@link CalibrationMetrics#brier}
 * @param logLoss see {@link CalibrationMetrics#logLoss}
 * @param ece see {@link CalibrationMetrics#expectedCalibrationError}
 * @param auc see {@link CalibrationMetrics#auc}
 */
public record MetricSummary(int n, double accuracy, double brier, double logLoss, double ece, double auc) {
    /**
     * Validates the count.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public MetricSummary {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, was " + n);
    }

    /**
     * Scores forecasts against outcomes.
     *
     * @param forecasts probabilities in [0, 1]
     * @param outcomes 0, 0.5 or 1, same length
     * @return every score
     * @throws IllegalArgumentException as {@link CalibrationMetrics#brier}
     */
    public static MetricSummary of(double[] forecasts, double[] outcomes) {
        return new MetricSummary(forecasts.length,
                CalibrationMetrics.accuracy(forecasts, outcomes),
                CalibrationMetrics.brier(forecasts, outcomes),
                CalibrationMetrics.logLoss(forecasts, outcomes),
                CalibrationMetrics.expectedCalibrationError(forecasts, outcomes),
                CalibrationMetrics.auc(forecasts, outcomes));
    }
}
