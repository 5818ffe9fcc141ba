package com.precog.domain.model;

import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.evaluation.ModelVsMarket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Evaluation workflows for pre-game models over rows from {@link PreGameFeatureBuilder} (SPEC §3):
 * a walk-forward backtest over a date range (the model is refitted before each season on every earlier
 * season only), k-fold temporal cross-validation (contiguous folds in time order, each fitted on all
 * rows before it) and a holdout (fit before a cut, test after). Pure; deterministic.
 */
public final class PreGameBacktest {
    private PreGameBacktest() {}

    /**
     * One scored forecast: the game, the model's estimate and the market's probability (empty without a line).
     *
     * @param game the game
     * @param estimate the model's estimate
     * @param market the market's P(home wins), empty without a line
     */
    public record Prediction(HistoricalGame game, ModelEstimate estimate, OptionalDouble market) {
        /**
         * Validates the prediction.
         *
         * @throws NullPointerException if a component is null
         */
        public Prediction {
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(estimate, "estimate");
            Objects.requireNonNull(market, "market");
        }

        /** {@return the game's outcome: 1 home win, 0 loss, 0.5 tie} */
        public double outcome() {
            return game.homeOutcome();
        }
    }

    /**
     * Walk-forward by season over games dated in [from, to] (inclusive); the model is refitted before each
     * season on every earlier season only. Games the model cannot forecast are skipped.
     *
     * @param rows the rows in date order
     * @param spec how to train the model
     * @param from the first date forecast
     * @param to the last date forecast
     * @return the predictions in date order
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws NullPointerException if an argument is null
     */
    public static List<Prediction> walkForward(List<PreGameRow> rows, PreGameModelSpec spec, LocalDate from, LocalDate to) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        List<Prediction> out = new ArrayList<>();
        int season = Integer.MIN_VALUE;
        PreGameModel model = null;
        for (PreGameRow r : rows) {
            LocalDate d = r.game().date();
            if (d.isBefore(from) || d.isAfter(to)) continue;
            if (model == null || r.season() != season) {
                season = r.season();
                List<PreGameRow> history = new ArrayList<>();
                for (PreGameRow h : rows) if (h.season() < season) history.add(h);
                model = spec.train(history);
            }
            model.estimate(r).ifPresent(e -> out.add(new Prediction(r.game(), e, r.marketProbability())));
        }
        return out;
    }

    /**
     * Model and market scores of predictions.
     *
     * @param predictions the predictions, not empty
     * @return the model's scores and the market's on the games with a line
     * @throws IllegalArgumentException if there are no predictions
     */
    public static ModelVsMarket score(List<Prediction> predictions) {
        if (predictions.isEmpty()) throw new IllegalArgumentException("predictions must not be empty");
        int n = predictions.size();
        double[] p = new double[n];
        double[] m = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Prediction pr = predictions.get(i);
            p[i] = pr.estimate().probability();
            m[i] = pr.market().isPresent() ? pr.market().getAsDouble() : Double.NaN;
            y[i] = pr.outcome();
        }
        return ModelVsMarket.of(p, m, y);
    }

    /**
     * Result of a temporal cross-validation: per-fold predictions and the summary.
     *
     * @param folds the predictions of each fold, in time order
     * @param summary the fold scores and the instability flag
     */
    public record CrossValidation(List<List<Prediction>> folds, CrossValidationSummary summary) {}

    /**
     * k-fold temporal cross-validation over rows dated in [from, to]: those rows are cut into k contiguous
     * folds in time order; fold i is forecast by a model fitted on every row dated before its first game.
     *
     * @param rows the rows in date order
     * @param spec how to train the model
     * @param from the first date
     * @param to the last date
     * @param k the number of folds, at least 2
     * @return the folds and their summary
     * @throws IllegalArgumentException if {@code k < 2}, there are fewer than k games in range, or no fold got a forecast
     */
    public static CrossValidation crossValidate(List<PreGameRow> rows, PreGameModelSpec spec, LocalDate from, LocalDate to, int k) {
        return crossValidate(rows, spec, from, to, k, CrossValidationSummary.DEFAULT_SD_THRESHOLD);
    }

    /**
     * k-fold temporal cross-validation as {@link #crossValidate(List, PreGameModelSpec, LocalDate, LocalDate, int)}, with the
     * folds flagged unstable when the standard deviation of their accuracies exceeds {@code sdThreshold}.
     *
     * @param rows the rows in date order
     * @param spec how to train the model
     * @param from the first date
     * @param to the last date
     * @param k the number of folds, at least 2
     * @param sdThreshold the fold-accuracy standard deviation above which the folds are unstable, in [0, 1]
     * @return the folds and their summary
     * @throws IllegalArgumentException if {@code k < 2}, the threshold lies outside [0, 1], there are fewer than k games in
     *         range, or no fold got a forecast
     */
    public static CrossValidation crossValidate(List<PreGameRow> rows, PreGameModelSpec spec, LocalDate from, LocalDate to, int k,
                                                double sdThreshold) {
        if (!(sdThreshold >= 0 && sdThreshold <= 1)) throw new IllegalArgumentException("sdThreshold must be in [0, 1], was " + sdThreshold);
        if (k < 2) throw new IllegalArgumentException("k must be >= 2, was " + k);
        List<PreGameRow> in = new ArrayList<>();
        for (PreGameRow r : rows) {
            LocalDate d = r.game().date();
            if (!d.isBefore(from) && !d.isAfter(to)) in.add(r);
        }
        if (in.size() < k) throw new IllegalArgumentException("need at least k=" + k + " games in [" + from + ", " + to + "], have " + in.size());
        List<List<Prediction>> folds = new ArrayList<>();
        List<MetricSummary> summaries = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int start = (int) ((long) in.size() * f / k);
            int end = (int) ((long) in.size() * (f + 1) / k);
            LocalDate first = in.get(start).game().date();
            List<PreGameRow> history = new ArrayList<>();
            for (PreGameRow h : rows) if (h.game().date().isBefore(first)) history.add(h);
            PreGameModel model = spec.train(history);
            List<Prediction> preds = new ArrayList<>();
            for (PreGameRow r : in.subList(start, end)) {
                model.estimate(r).ifPresent(e -> preds.add(new Prediction(r.game(), e, r.marketProbability())));
            }
            folds.add(List.copyOf(preds));
            if (!preds.isEmpty()) summaries.add(score(preds).model());
        }
        if (summaries.isEmpty()) throw new IllegalArgumentException("the model forecast no game in any fold");
        return new CrossValidation(folds, CrossValidationSummary.of(summaries, sdThreshold));
    }

    /**
     * Holdout: fit on every row dated before {@code testFrom}, forecast the rows dated in [testFrom, to].
     *
     * @param rows the rows in date order
     * @param spec how to train the model
     * @param testFrom the first test date
     * @param to the last test date
     * @return the test predictions in date order
     */
    public static List<Prediction> holdout(List<PreGameRow> rows, PreGameModelSpec spec, LocalDate testFrom, LocalDate to) {
        List<PreGameRow> history = new ArrayList<>();
        for (PreGameRow h : rows) if (h.game().date().isBefore(testFrom)) history.add(h);
        PreGameModel model = spec.train(history);
        List<Prediction> out = new ArrayList<>();
        for (PreGameRow r : rows) {
            LocalDate d = r.game().date();
            if (d.isBefore(testFrom) || d.isAfter(to)) continue;
            model.estimate(r).ifPresent(e -> out.add(new Prediction(r.game(), e, r.marketProbability())));
        }
        return out;
    }

    /**
     * Scores by season.
     *
     * @param predictions the predictions
     * @return the scores of each season's predictions, in season order
     */
    public static java.util.SortedMap<Integer, ModelVsMarket> scoreBySeason(List<Prediction> predictions) {
        java.util.TreeMap<Integer, List<Prediction>> by = new java.util.TreeMap<>();
        for (Prediction p : predictions) by.computeIfAbsent(p.game().season(), s -> new ArrayList<>()).add(p);
        java.util.TreeMap<Integer, ModelVsMarket> out = new java.util.TreeMap<>();
        by.forEach((s, ps) -> out.put(s, score(ps)));
        return out;
    }

}
