package com.precog.domain.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * L2-regularised logistic regression fitted by iteratively reweighted least squares (Newton's method).
 *
 * <p>General: a feature matrix {@code x[i][j]} (rows = observations), outcomes {@code y[i]} in [0, 1]
 * (0.5 for a tie is allowed) and optional non-negative observation weights go in; an intercept and one
 * coefficient per feature come out, on the original feature scale. Features are standardised
 * internally (mean 0, sd 1) so that the penalty treats them alike; the objective minimised is
 * {@code Σ w_i·logloss_i / Σ w_i + (alpha/2)·Σ_j β_j²} over the standardised coefficients, the
 * intercept unpenalised. Constant features get coefficient 0. The fit is deterministic: the same data
 * in the same order give bit-identical coefficients. Instances are immutable and thread-safe.
 */
public final class LogisticRegression {
    /** SPEC §3 default L2 strength. */
    public static final double DEFAULT_ALPHA = 0.01;

    private final double alpha;
    private final int maxIterations;
    private final double tolerance;

    private LogisticRegression(double alpha, int maxIterations, double tolerance) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) throw new IllegalArgumentException("alpha must be finite and >= 0, was " + alpha);
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance must be > 0, was " + tolerance);
        this.alpha = alpha;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** {@return a fitter with alpha 0.01, at most 100 Newton steps, stopping when the largest step is below 1e-10} */
    public static LogisticRegression withDefaults() {
        return new LogisticRegression(DEFAULT_ALPHA, 100, 1e-10);
    }

    /**
     * A fitter with explicit settings.
     *
     * @param alpha the L2 strength on standardised coefficients, finite and {@code >= 0}
     * @param maxIterations the most Newton steps, at least 1
     * @param tolerance the largest step at which the fit has converged, positive
     * @return the fitter
     * @throws IllegalArgumentException if a setting is out of range
     */
    public static LogisticRegression of(double alpha, int maxIterations, double tolerance) {
        return new LogisticRegression(alpha, maxIterations, tolerance);
    }

    /** {@return the L2 strength} */
    public double alpha() {
        return alpha;
    }

    /**
     * Fitted model: {@code P(y = 1 | x) = 1/(1 + exp(−(intercept + Σ coefficients[j]·x[j])))}. Immutable.
     *
     * @param intercept the intercept on the original feature scale, finite
     * @param coefficients one finite coefficient per feature, original scale (copied)
     * @param iterations the Newton steps taken
     * @param converged whether the last step was below the tolerance
     */
    public record Fitted(double intercept, double[] coefficients, int iterations, boolean converged) {
        /**
         * Validates and copies the coefficients.
         *
         * @throws IllegalArgumentException if a value is not finite
         * @throws NullPointerException if the coefficients are null
         */
        public Fitted {
            Objects.requireNonNull(coefficients, "coefficients");
            coefficients = coefficients.clone();
            if (!Double.isFinite(intercept)) throw new IllegalArgumentException("intercept must be finite, was " + intercept);
            for (int j = 0; j < coefficients.length; j++) {
                if (!Double.isFinite(coefficients[j])) {
                    throw new IllegalArgumentException("coefficients[" + j + "] must be finite, was " + coefficients[j]);
                }
            }
        }

        /** {@return a copy of the coefficients} */
        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        /** {@return the number of features} */
        public int featureCount() {
            return coefficients.length;
        }

        /**
         * Linear predictor (log-odds).
         *
         * @param features one value per coefficient
         * @return {@code intercept + Σ coefficients[j]·features[j]}
         * @throws IllegalArgumentException if the lengths differ
         */
        public double logit(double[] features) {
            if (features.length != coefficients.length) {
                throw new IllegalArgumentException("features has " + features.length + " values, model has " + coefficients.length);
            }
            double z = intercept;
            for (int j = 0; j < coefficients.length; j++) z += coefficients[j] * features[j];
            return z;
        }

        /**
         * The fitted probability.
         *
         * @param features one value per coefficient
         * @return {@code sigmoid(logit(features))}, in (0, 1) up to floating-point saturation
         * @throws IllegalArgumentException if the lengths differ
         */
        public double probability(double[] features) {
            return sigmoid(logit(features));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fitted f && Double.compare(f.intercept, intercept) == 0
                    && Arrays.equals(f.coefficients, coefficients) && f.iterations == iterations && f.converged == converged;
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(intercept) + Arrays.hashCode(coefficients);
        }

        @Override
        public String toString() {
            return "Fitted[intercept=" + intercept + ", coefficients=" + Arrays.toString(coefficients)
                    + ", iterations=" + iterations + ", converged=" + converged + "]";
        }
    }

    /**
     * Logistic function, computed without overflow.
     *
     * @param z log-odds
     * @return {@code 1/(1 + e^−z)}, in [0, 1]
     */
    public static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * Fit with unit weights.
     *
     * @param x the feature matrix, rows = observations, all rows the same length, finite values
     * @param y the outcomes in [0, 1] (0.5 for a tie), one per row
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[][], double[], double[])}
     * @throws ArithmeticException if the fit diverges
     */
    public Fitted fit(double[][] x, double[] y) {
        Objects.requireNonNull(y, "y");
        double[] w = new double[y.length];
        Arrays.fill(w, 1.0);
        return fit(x, y, w);
    }

    /**
     * Fit with observation weights.
     *
     * @param x the feature matrix, rows = observations
     * @param y the outcomes in [0, 1], one per row
     * @param weights non-negative finite weights, one per row, not all zero
     * @return the fitted model, deterministic for the same input
     * @throws ArithmeticException if the fit diverges or the Hessian is not positive definite
     * @throws IllegalArgumentException on empty input, ragged rows, non-finite values, y outside [0, 1],
     *                                  negative weights or all-zero weights
     */
    public Fitted fit(double[][] x, double[] y, double[] weights) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(weights, "weights");
        int n = x.length;
        if (n == 0) throw new IllegalArgumentException("x must have at least one row");
        if (y.length != n) throw new IllegalArgumentException("y has " + y.length + " values, x has " + n + " rows");
        if (weights.length != n) throw new IllegalArgumentException("weights has " + weights.length + " values, x has " + n + " rows");
        int k = x[0].length;
        double wSum = 0;
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) throw new IllegalArgumentException("x[" + i + "] has " + x[i].length + " features, expected " + k);
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(x[i][j])) throw new IllegalArgumentException("x[" + i + "][" + j + "] must be finite, was " + x[i][j]);
            }
            if (!(y[i] >= 0 && y[i] <= 1)) throw new IllegalArgumentException("y[" + i + "] must be in [0, 1], was " + y[i]);
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] must be finite and >= 0, was " + weights[i]);
            }
            wSum += weights[i];
        }
        if (!(wSum > 0)) throw new IllegalArgumentException("weights must not all be zero");

        // standardise (weighted mean and sd)
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            double m = 0;
            for (int i = 0; i < n; i++) m += weights[i] * x[i][j];
            m /= wSum;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i][j] - m;
                v += weights[i] * d * d;
            }
            mean[j] = m;
            sd[j] = Math.sqrt(v / wSum);
        }
        int p = k + 1; // parameter 0 = intercept
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < k; j++) z[i][j + 1] = sd[j] > 0 ? (x[i][j] - mean[j]) / sd[j] : 0;
        }
        double[] beta = new double[p];
        double yMean = 0;
        for (int i = 0; i < n; i++) yMean += weights[i] * y[i];
        yMean /= wSum;
        double clamped = Math.min(Math.max(yMean, 1e-6), 1 - 1e-6);
        beta[0] = Math.log(clamped / (1 - clamped));

        double[] grad = new double[p];
        double[][] hess = new double[p][p];
        int iter = 0;
        boolean converged = false;
        while (iter < maxIterations) {
            iter++;
            Arrays.fill(grad, 0);
            for (double[] row : hess) Arrays.fill(row, 0);
            for (int i = 0; i < n; i++) {
                double eta = 0;
                double[] zi = z[i];
                for (int j = 0; j < p; j++) eta += beta[j] * zi[j];
                double mu = sigmoid(eta);
                double wi = weights[i] / wSum;
                double r = wi * (mu - y[i]);
                double h = wi * Math.max(mu * (1 - mu), 1e-12);
                for (int a = 0; a < p; a++) {
                    grad[a] += r * zi[a];
                    double hz = h * zi[a];
                    for (int b = 0; b <= a; b++) hess[a][b] += hz * zi[b];
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) hess[b][a] = hess[a][b];
            }
            for (int j = 1; j < p; j++) {
                boolean constant = sd[j - 1] == 0;
                grad[j] += alpha * beta[j];
                hess[j][j] += constant ? 1.0 : alpha;
                if (alpha == 0) hess[j][j] += 1e-12;
            }
            hess[0][0] += 1e-12;
            double[] step = solveCholesky(hess, grad);
            double maxStep = 0;
            for (int j = 0; j < p; j++) {
                beta[j] -= step[j];
                maxStep = Math.max(maxStep, Math.abs(step[j]));
            }
            if (!(maxStep < Double.POSITIVE_INFINITY)) throw new ArithmeticException("logistic regression diverged");
            if (maxStep < tolerance) {
                converged = true;
                break;
            }
        }
        // back to the original scale
        double[] coef = new double[k];
        double intercept = beta[0];
        for (int j = 0; j < k; j++) {
            if (sd[j] > 0) {
                coef[j] = beta[j + 1] / sd[j];
                intercept -= coef[j] * mean[j];
            }
        }
        return new Fitted(intercept, coef, iter, converged);
    }

    /** Solves A·s = g for symmetric positive-definite A. */
    private static double[] solveCholesky(double[][] a, double[] g) {
        int p = g.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int t = 0; t < j; t++) s -= l[i][t] * l[j][t];
                if (i == j) {
                    if (!(s > 0)) throw new ArithmeticException("Hessian is not positive definite (pivot " + i + " = " + s + ")");
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            double s = g[i];
            for (int t = 0; t < i; t++) s -= l[i][t] * v[t];
            v[i] = s / l[i][i];
        }
        double[] out = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = v[i];
            for (int t = i + 1; t < p; t++) s -= l[t][i] * out[t];
            out[i] = s / l[i][i];
        }
        return out;
    }
}
