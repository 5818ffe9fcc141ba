package com.precog.domain.model.ingame;

import java.util.Arrays;

/**
 * Log-odds {@code intercept + Σ coefficients[j]·x[j]} of a fitted logistic regression over
 * {@link InGameFeatures}. Coefficients are finite; the array is copied in and out. Immutable.
 *
 * @param intercept the intercept, finite
 * @param coefficients one finite coefficient per feature (copied)
 */
public record LinearPredictor(double intercept, double[] coefficients) {
    /**
     * Validates and copies the coefficients.
     *
     * @throws IllegalArgumentException if a value is not finite
     */
    public LinearPredictor {
        if (!Double.isFinite(intercept)) throw new IllegalArgumentException("intercept must be finite, was " + intercept);
        coefficients = coefficients.clone();
        for (int j = 0; j < coefficients.length; j++) {
            if (!Double.isFinite(coefficients[j])) throw new IllegalArgumentException("coefficients[" + j + "] must be finite, was " + coefficients[j]);
        }
    }

    /** {@return a copy of the coefficients} */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Log-odds of a feature vector.
     *
     * @param x the features; may be longer than the coefficients (the rest is ignored)
     * @return {@code intercept + Σ coefficients[j]·x[j]}
     * @throws ArrayIndexOutOfBoundsException if {@code x} is shorter than the coefficients
     */
    public double logit(double[] x) {
        double z = intercept;
        for (int j = 0; j < coefficients.length; j++) z += coefficients[j] * x[j];
        return z;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearPredictor p && Double.compare(p.intercept, intercept) == 0 && Arrays.equals(p.coefficients, coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(intercept) + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "LinearPredictor[intercept=" + intercept + ", coefficients=" + Arrays.toString(coefficients) + "]";
    }
}
