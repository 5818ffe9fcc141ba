package com.precog.domain.model.ingame;

import com.precog.domain.model.LogisticRegression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fits an {@link InGameModel} on historical plays: an L2 logistic regression over
 * {@link InGameFeatures} on regulation plays (quarters 1–4), a separate one on overtime plays (on
 * {@link #OVERTIME_FEATURES} only; the normal model of {@link #overtimePrior()} when there is no
 * overtime play), and a
 * {@link WinProbabilityLookup} over all of them. The regulation regression can be restricted to the
 * newest seasons given ({@link Config#regressionWindowSeasons}; default 0 = every season: a 5-season
 * window won the forward validation inside 2009–2020 but lost on 2021–2022, docs/MODELS_INGAME.md).
 * Deterministic: the same plays in the same order give bit-identical coefficients and tables.
 */
public final class InGameModelFitter {

    /**
     * Fitting settings.
     *
     * @param alpha              L2 strength of the regulation regression (standardised features)
     * @param overtimeAlpha      L2 strength of the overtime regression (fewer plays: stronger)
     * @param lookup             shape of the lookup table
     * @param eraHalfLifeSeasons era weights of the lookup table: a play {@code k} seasons older than the
     *                           newest season fitted weighs {@code 0.5^(k / halfLife)}; 0 = equal weights
     * @param regressionWindowSeasons the regulation regression is fitted on the plays of the newest
     *                           {@code n} seasons given only (seasons {@code > newest − n}); 0 = all plays.
     *                           The overtime regression and the lookup table always use every play.
     */
    public record Config(double alpha, double overtimeAlpha, WinProbabilityLookup.Config lookup, double eraHalfLifeSeasons,
                         int regressionWindowSeasons) {
        /**
         * Validates the settings.
         *
         * @throws IllegalArgumentException if a strength or the half-life is negative, NaN or infinite,
         *                                  or the regression window is negative
         * @throws NullPointerException if {@code lookup} is null
         */
        public Config {
            if (regressionWindowSeasons < 0) {
                throw new IllegalArgumentException("regressionWindowSeasons must be >= 0 (0 = all), was " + regressionWindowSeasons);
            }
            if (!(eraHalfLifeSeasons >= 0) || Double.isInfinite(eraHalfLifeSeasons)) {
                throw new IllegalArgumentException("eraHalfLifeSeasons must be finite and >= 0, was " + eraHalfLifeSeasons);
            }
            if (!(alpha >= 0) || Double.isInfinite(alpha)) throw new IllegalArgumentException("alpha must be finite and >= 0, was " + alpha);
            if (!(overtimeAlpha >= 0) || Double.isInfinite(overtimeAlpha)) throw new IllegalArgumentException("overtimeAlpha must be finite and >= 0, was " + overtimeAlpha);
            Objects.requireNonNull(lookup, "lookup");
        }

        /**
         * Settings with the regulation regression fitted on every play (the form of the first
         * versions, {@code regressionWindowSeasons} 0).
         *
         * @param alpha              L2 strength of the regulation regression
         * @param overtimeAlpha      L2 strength of the overtime regression
         * @param lookup             shape of the lookup table
         * @param eraHalfLifeSeasons era weights of the lookup table (0 = equal)
         */
        public Config(double alpha, double overtimeAlpha, WinProbabilityLookup.Config lookup, double eraHalfLifeSeasons) {
            this(alpha, overtimeAlpha, lookup, eraHalfLifeSeasons, 0);
        }

        /**
         * {@return the defaults: alpha 1e-4 (regulation), 0.01 (overtime), the full lookup, equal era
         * weights, the regulation regression on every season given}
         */
        public static Config defaults() {
            return new Config(1e-4, 0.01, WinProbabilityLookup.Config.full(), 0, 0);
        }

        /**
         * These settings with another regulation-regression window.
         *
         * @param seasons fit the regulation regression on the newest {@code seasons} seasons given (0 = all)
         * @return the new settings
         * @throws IllegalArgumentException if {@code seasons} is negative
         */
        public Config withRegressionWindowSeasons(int seasons) {
            return new Config(alpha, overtimeAlpha, lookup, eraHalfLifeSeasons, seasons);
        }
    }

    private InGameModelFitter() {}

    /**
     * Fits on every play given (choose seasons before calling). Deterministic.
     *
     * @param plays the historical plays, iterated once
     * @param config the fitting settings
     * @return the fitted model
     * @throws IllegalArgumentException if there are no regulation plays (with no overtime play the overtime regression is
     *         {@link #overtimePrior()})
     * @throws NullPointerException if an argument is null
     */
    public static InGameModel fit(Iterable<HistoricalPlay> plays, Config config) {
        Objects.requireNonNull(plays, "plays");
        Objects.requireNonNull(config, "config");
        List<double[]> regX = new ArrayList<>();
        List<Double> regY = new ArrayList<>();
        List<double[]> otX = new ArrayList<>();
        List<Double> otY = new ArrayList<>();
        WinProbabilityLookup.Builder lookup = WinProbabilityLookup.builder(config.lookup());
        FallbackCounts ignore = FallbackCounts.discarding();
        int newest = Integer.MIN_VALUE;
        for (HistoricalPlay p : plays) newest = Math.max(newest, p.season());
        int window = config.regressionWindowSeasons();
        int firstRegressionSeason = window == 0 ? Integer.MIN_VALUE : newest - window + 1;
        for (HistoricalPlay p : plays) {
            lookup.add(p, eraWeight(config, newest, p));
            boolean regulation = p.isRegulation();
            if (regulation && p.season() < firstRegressionSeason) continue;
            double[] x = new double[InGameFeatures.COUNT];
            InGameFeatures.extract(InGameSituation.of(p), x, ignore);
            (regulation ? regX : otX).add(x);
            (regulation ? regY : otY).add(p.homeOutcome());
        }
        if (regX.isEmpty()) throw new IllegalArgumentException("plays must contain regulation plays");
        LinearPredictor overtime = otX.isEmpty() ? overtimePrior() : fitOne(otX, otY, config.overtimeAlpha(), OVERTIME_FEATURES);
        return new InGameModel(fitOne(regX, regY, config.alpha(), null), overtime, lookup.build());
    }

    /** Logistic scale that matches Φ: {@code Φ(z) ≈ σ(1.702·z)} (within 0.01 everywhere). */
    static final double PROBIT_TO_LOGIT = 1.702;

    /**
     * The overtime regression used when the plays hold no overtime play (e.g. a few weeks without an
     * overtime game): the normal model with the overtime clock as the time left, in the regression's
     * own terms — {@code σ(1.702·(lead_z + margin_remaining_z))}, i.e. {@code Φ((lead + margin·t)/(13.45·√t))}
     * with the feature's {@code √(t + 0.002)} — and no possession term. It is the lookup's fallback for
     * a thin overtime bucket too, so an overtime state is never read off the regulation curve.
     *
     * @return intercept 0, 1.702 on lead_z and margin_remaining_z, 0 elsewhere
     */
    public static LinearPredictor overtimePrior() {
        double[] c = new double[InGameFeatures.COUNT];
        c[InGameFeatures.NAMES.indexOf("lead_z")] = PROBIT_TO_LOGIT;
        c[InGameFeatures.NAMES.indexOf("margin_remaining_z")] = PROBIT_TO_LOGIT;
        return new LinearPredictor(0, c);
    }

    private static double eraWeight(Config config, int newest, HistoricalPlay p) {
        return config.eraHalfLifeSeasons() == 0 ? 1.0 : Math.pow(0.5, (newest - p.season()) / config.eraHalfLifeSeasons());
    }

    /**
     * Features the overtime regression uses (the others get coefficient 0): lead, remaining expected
     * margin, the possession value and possession itself. Overtime has a few thousand plays, too few
     * for the down, timeout and yard-line terms.
     */
    static final int[] OVERTIME_FEATURES = {0, 1, 2, 4, 7};

    private static LinearPredictor fitOne(List<double[]> xs, List<Double> ys, double alpha, int[] columns) {
        double[][] x = new double[xs.size()][];
        for (int i = 0; i < x.length; i++) {
            double[] row = xs.get(i);
            if (columns == null) {
                x[i] = row;
            } else {
                x[i] = new double[columns.length];
                for (int j = 0; j < columns.length; j++) x[i][j] = row[columns[j]];
            }
        }
        double[] y = new double[ys.size()];
        for (int i = 0; i < y.length; i++) y[i] = ys.get(i);
        LogisticRegression.Fitted f = LogisticRegression.of(alpha, 100, 1e-10).fit(x, y);
        if (columns == null) return new LinearPredictor(f.intercept(), f.coefficients());
        double[] full = new double[InGameFeatures.COUNT];
        double[] c = f.coefficients();
        for (int j = 0; j < columns.length; j++) full[columns[j]] = c[j];
        return new LinearPredictor(f.intercept(), full);
    }
}
