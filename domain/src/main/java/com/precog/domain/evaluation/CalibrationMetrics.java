package com.precog.domain.evaluation;

import java.util.Arrays;
import java.util.Objects;

/**
 * Scores of probability forecasts against outcomes (SPEC §3 "Evaluation").
 *
 * <p>Forecasts are probabilities in [0, 1] of the event happening; outcomes are 1 (happened),
 * 0 (did not) or 0.5 (a tie, scored as half). Model math uses {@code double}; these are
 * statistics over forecasts, never money. All methods are pure and thread-safe.
 */
public final class CalibrationMetrics {
    /** Log-loss clamp: probabilities are kept inside [ε, 1 − ε]. */
    public static final double LOG_LOSS_EPSILON = 1e-15;
    /** Equal-width bins used by {@link #expectedCalibrationError(double[], double[])}. */
    public static final int ECE_BINS = 10;

    private CalibrationMetrics() {}

    /**
     * Brier score: mean squared error of the forecasts.
     *
     * @param forecasts probabilities in [0, 1]
     * @param outcomes 0, 0.5 or 1, same length
     * @return in [0, 1]; lower is better
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold an invalid value
     */
    public static double brier(double[] forecasts, double[] outcomes) {
        check(forecasts, outcomes);
        double sum = 0;
        for (int i = 0; i < forecasts.length; i++) {
            double d = forecasts[i] - outcomes[i];
            sum += d * d;
        }
        return sum / forecasts.length;
    }

    /**
     * Log loss: mean negative log likelihood with forecasts clamped to [1e-15, 1 − 1e-15]; ties score half of each side.
     *
     * @param forecasts probabilities in [0, 1]
     * @param outcomes 0, 0.5 or 1, same length
     * @return non-negative, in nats; lower is better
     * @throws IllegalArgumentException as {@link #brier}
     */
    public static double logLoss(double[] forecasts, double[] outcomes) {
        check(forecasts, outcomes);
        double sum = 0;
        for (int i = 0; i < forecasts.length; i++) {
            double p = Math.min(Math.max(forecasts[i], LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
            double y = outcomes[i];
            sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        }
        return sum / forecasts.length;
    }

    /**
     * Share of forecasts on the right side of 0.5 (a forecast of exactly 0.5 counts as "yes"); ties count half.
     *
     * @param forecasts probabilities in [0, 1]
     * @param outcomes 0, 0.5 or 1, same length
     * @return in [0, 1]
     * @throws IllegalArgumentException as {@link #brier}
     */
    public static double accuracy(double[] forecasts, double[] outcomes) {
        check(forecasts, outcomes);
        double hits = 0;
        for (int i = 0; i < forecasts.length; i++) {
            double predicted = forecasts[i] >= 0.5 ? 1 : 0;
            double y = outcomes[i];
            hits += y == 0.5 ? 0.5 : (predicted == y ? 1 : 0);
        }
        return hits / forecasts.length;
    }

    /**
     * Expected calibration error: {@code Σ (n_b/N)·|mean outcome_b − mean forecast_b|} over 10 equal-width
     * bins; forecast 1.0 falls in the last bin.
     *
     * @param forecasts probabilities in [0, 1]
     * @param outcomes 0, 0.5 or 1, same length
     * @return in [0, 1]; 0 is perfectly calibrated
     * @throws IllegalArgumentException as {@link #brier}
     */
    public static double expectedCalibrationError(double[] forecasts, double[] outcomes) {
        ReliabilityBin[] bins = reliability(forecasts, outcomes, ECE_BINS);
        double ece = 0;
        for (ReliabilityBin b : bins) {
            if (b.count() > 0) {
                ece += (double) b.count() / forecasts.length * Math.abs(b.meanOutcome() - b.meanForecast());
            }
        }
        return ece;
    }

    /**
     * One bin of a reliability diagram.
     *
     * @param lower the bin's lower edge (inclusive)
     * @param upper the bin's upper edge (exclusive, except 1.0 for the last bin)
     * @param count forecasts in the bin
     * @param meanForecast mean forecast in the bin, NaN when empty
     * @param meanOutcome mean outcome in the bin, NaN when empty
     */
    public record ReliabilityBin(double lower, double upper, int count, double meanForecast, double meanOutcome) {}

    /**
     * Reliability diagram data.
     *
     * @param forecasts probabilities in [0, 1]
     * @param outcomes 0, 0.5 or 1, same length
     * @param binCount number of equal-width bins over [0, 1], at least 1
     * @return the bins in ascending order; empty bins have count 0 and NaN means
     * @throws IllegalArgumentException as {@link #brier}, or if {@code binCount < 1}
     */
    public static ReliabilityBin[] reliability(double[] forecasts, double[] outcomes, int binCount) {
        check(forecasts, outcomes);
        if (binCount < 1) {
            throw new IllegalArgumentException("binCount must be >= 1, was " + binCount);
        }
        int[] n = new int[binCount];
        double[] sf = new double[binCount];
        double[] so = new double[binCount];
        for (int i = 0; i < forecasts.length; i++) {
            int b = Math.min((int) (forecasts[i] * binCount), binCount - 1);
            n[b]++;
            sf[b] += forecasts[i];
            so[b] += outcomes[i];
        }
        ReliabilityBin[] out = new ReliabilityBin[binCount];
        for (int b = 0; b < binCount; b++) {
            out[b] = new ReliabilityBin((double) b / binCount, (double) (b + 1) / binCount, n[b],
                    n[b] == 0 ? Double.NaN : sf[b] / n[b], n[b] == 0 ? Double.NaN : so[b] / n[b]);
        }
        return out;
    }

    /**
     * Area under the ROC curve (probability a random positive outranks a random negative, ties half),
     * by the rank-sum method. Outcomes of 0.5 are left out.
     *
     * @param forecasts probabilities in [0, 1]
     * @param outcomes 0, 0.5 or 1, same length
     * @return in [0, 1]; NaN when one class is absent
     * @throws IllegalArgumentException as {@link #brier}
     */
    public static double auc(double[] forecasts, double[] outcomes) {
        check(forecasts, outcomes);
        int n = 0;
        for (double y : outcomes) {
            if (y != 0.5) n++;
        }
        double[][] pairs = new double[n][];
        int k = 0;
        for (int i = 0; i < forecasts.length; i++) {
            if (outcomes[i] != 0.5) pairs[k++] = new double[] {forecasts[i], outcomes[i]};
        }
        Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && pairs[j + 1][0] == pairs[i][0]) j++;
            double avgRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (pairs[t][1] == 1) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    private static void check(double[] forecasts, double[] outcomes) {
        Objects.requireNonNull(forecasts, "forecasts");
        Objects.requireNonNull(outcomes, "outcomes");
        if (forecasts.length != outcomes.length) {
            throw new IllegalArgumentException("forecasts (" + forecasts.length + ") and outcomes ("
                    + outcomes.length + ") differ in length");
        }
        if (forecasts.length == 0) {
            throw new IllegalArgumentException("forecasts must not be empty");
        }
        for (int i = 0; i < forecasts.length; i++) {
            double p = forecasts[i];
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("forecasts[" + i + "] = " + p + " is outside [0, 1]");
            double y = outcomes[i];
            if (y != 0 && y != 1 && y != 0.5) throw new IllegalArgumentException("outcomes[" + i + "] = " + y + " must be 0, 0.5 or 1");
        }
    }
}
