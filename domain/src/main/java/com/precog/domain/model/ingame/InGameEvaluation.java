package com.precog.domain.model.ingame;

import com.precog.domain.evaluation.CalibrationMetrics;
import com.precog.domain.model.NormalInGameModel;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Scores in-game forecasters on historical plays. Scored rows: quarters 1–4, play type not
 * {@code TIMEOUT}; target 1 if the home team won, 0 if it lost, 0.5 for a tie. Every forecaster is
 * scored on the same rows with {@link CalibrationMetrics} (Brier, log loss clamped at 1e-15, ECE over
 * 10 equal-width bins), overall and by quarter.
 */
public final class InGameEvaluation {
    private InGameEvaluation() {}

    /**
     * Scores of one forecaster: overall (accuracy at 0.5, ties half), by quarter (index 0 = quarter 1), and its reliability diagram.
     *
     * @param brier Brier score over all scored rows
     * @param logLoss log loss over all scored rows
     * @param ece expected calibration error (10 bins)
     * @param accuracy accuracy at 0.5, ties half
     * @param brierByQuarter Brier score per quarter 1–4 (NaN for a quarter without rows; copied)
     * @param reliability the reliability diagram, 10 bins (copied)
     */
    public record Scores(double brier, double logLoss, double ece, double accuracy, double[] brierByQuarter,
                         CalibrationMetrics.ReliabilityBin[] reliability) {
        /** Copies the arrays. */
        public Scores {
            brierByQuarter = brierByQuarter.clone();
            reliability = reliability.clone();
        }

        /** {@return a copy of the Brier score per quarter} */
        @Override
        public double[] brierByQuarter() {
            return brierByQuarter.clone();
        }

        /** {@return a copy of the reliability diagram} */
        @Override
        public CalibrationMetrics.ReliabilityBin[] reliability() {
            return reliability.clone();
        }

        /**
         * Value equality: the arrays are compared element by element (NaN equals NaN, as for the scalar components),
         * so scoring the same rows twice gives equal scores.
         *
         * @param o the object to compare with
         * @return {@code true} if {@code o} holds equal scores
         */
        @Override
        public final boolean equals(Object o) {
            return o instanceof Scores s && Double.compare(brier, s.brier) == 0 && Double.compare(logLoss, s.logLoss) == 0
                    && Double.compare(ece, s.ece) == 0 && Double.compare(accuracy, s.accuracy) == 0
                    && Arrays.equals(brierByQuarter, s.brierByQuarter) && Arrays.equals(reliability, s.reliability);
        }

        /** {@return a hash consistent with {@link #equals(Object)} (array contents, not identities)} */
        @Override
        public final int hashCode() {
            int h = Objects.hash(brier, logLoss, ece, accuracy);
            return 31 * (31 * h + Arrays.hashCode(brierByQuarter)) + Arrays.hashCode(reliability);
        }

        /** {@return the scores, the arrays printed element by element} */
        @Override
        public final String toString() {
            return "Scores[brier=" + brier + ", logLoss=" + logLoss + ", ece=" + ece + ", accuracy=" + accuracy
                    + ", brierByQuarter=" + Arrays.toString(brierByQuarter) + ", reliability=" + Arrays.toString(reliability) + "]";
        }
    }

    /**
     * Result: scored plays, distinct games, and the scores of each forecaster by name (in the order given).
     *
     * @param plays the number of scored rows
     * @param games the number of distinct games among them
     * @param scores the scores by forecaster name, in the order given (unmodifiable)
     */
    public record Result(int plays, int games, Map<String, Scores> scores) {
        /** Copies the map, keeping its order. */
        public Result {
            scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }
    }

    /**
     * The baseline forecaster: {@link NormalInGameModel} with the closing spread, m = game seconds remaining / 60 (the lead decides at m = 0).
     *
     * @param p a historical play (a missing spread counts as 0)
     * @return P(home wins)
     */
    public static double baselineNormal(HistoricalPlay p) {
        double s = Double.isNaN(p.spreadLine()) ? 0 : p.spreadLine();
        return NormalInGameModel.nfl().homeWinProbability(p.homeScore() - p.awayScore(), p.gameSecondsRemaining() / 60.0, s);
    }

    /**
     * Scores every forecaster on the scored rows of {@code plays}.
     *
     * @param plays historical plays, in any order
     * @param forecasters name → P(home wins) of a play, each in [0, 1]
     * @return the scores of each forecaster on the same rows
     * @throws IllegalArgumentException if no row is scored or a forecast lies outside [0, 1]
     * @throws NullPointerException if an argument is null
     */
    public static Result evaluate(List<HistoricalPlay> plays, Map<String, ToDoubleFunction<HistoricalPlay>> forecasters) {
        Objects.requireNonNull(plays, "plays");
        Objects.requireNonNull(forecasters, "forecasters");
        int n = 0;
        for (HistoricalPlay p : plays) if (p.isScoredInEvaluation()) n++;
        if (n == 0) throw new IllegalArgumentException("plays contain no scored row (quarters 1-4, not TIMEOUT)");
        double[] y = new double[n];
        int[] quarter = new int[n];
        HistoricalPlay[] rows = new HistoricalPlay[n];
        Set<String> games = new HashSet<>();
        int i = 0;
        for (HistoricalPlay p : plays) {
            if (!p.isScoredInEvaluation()) continue;
            rows[i] = p;
            y[i] = p.homeOutcome();
            quarter[i] = p.quarter();
            games.add(p.gameId());
            i++;
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        for (Map.Entry<String, ToDoubleFunction<HistoricalPlay>> f : forecasters.entrySet()) {
            double[] p = new double[n];
            for (int k = 0; k < n; k++) p[k] = f.getValue().applyAsDouble(rows[k]);
            out.put(f.getKey(), score(p, y, quarter));
        }
        return new Result(n, games.size(), out);
    }

    static Scores score(double[] p, double[] y, int[] quarter) {
        double[] byQuarter = new double[4];
        for (int q = 1; q <= 4; q++) {
            int m = 0;
            for (int qq : quarter) if (qq == q) m++;
            if (m == 0) {
                byQuarter[q - 1] = Double.NaN;
                continue;
            }
            double[] pq = new double[m];
            double[] yq = new double[m];
            int k = 0;
            for (int i = 0; i < quarter.length; i++) {
                if (quarter[i] == q) {
                    pq[k] = p[i];
                    yq[k++] = y[i];
                }
            }
            byQuarter[q - 1] = CalibrationMetrics.brier(pq, yq);
        }
        return new Scores(CalibrationMetrics.brier(p, y), CalibrationMetrics.logLoss(p, y),
                CalibrationMetrics.expectedCalibrationError(p, y), CalibrationMetrics.accuracy(p, y), byQuarter,
                CalibrationMetrics.reliability(p, y, CalibrationMetrics.ECE_BINS));
    }
}
