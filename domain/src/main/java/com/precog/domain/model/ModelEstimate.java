package com.precog.domain.model;

/**
 * What a probability model says about one game: P(home wins) in [0, 1], a confidence in [0, 1]
 * (how much the model trusts this estimate; 1 = fully), and a 95% interval {@code [lower, upper]}
 * containing the probability. Models without an interval report the point ({@code lower = upper =
 * probability}). Model math is double; convert with {@code Probability.ofDouble} at the money boundary.
 * Immutable.
 *
 * @param probability P(home wins), in [0, 1]
 * @param confidence the model's trust in the estimate, in [0, 1]
 * @param lower the interval's lower bound, in [0, probability]
 * @param upper the interval's upper bound, in [probability, 1]
 */
public record ModelEstimate(double probability, double confidence, double lower, double upper) {
    /**
     * Validates the estimate.
     *
     * @throws IllegalArgumentException if a value is NaN or outside [0, 1], or {@code lower <= probability <= upper} fails
     */
    public ModelEstimate {
        unit("probability", probability);
        unit("confidence", confidence);
        unit("lower", lower);
        unit("upper", upper);
        if (!(lower <= probability && probability <= upper)) {
            throw new IllegalArgumentException("need lower <= probability <= upper, was " + lower + " <= " + probability + " <= " + upper);
        }
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
    }

    /**
     * An estimate without an interval.
     *
     * @param probability P(home wins), in [0, 1]
     * @param confidence in [0, 1]
     * @return the estimate with {@code lower = upper = probability}
     * @throws IllegalArgumentException if a value is out of range
     */
    public static ModelEstimate point(double probability, double confidence) {
        return new ModelEstimate(probability, confidence, probability, probability);
    }

    /** {@return the probability as the money type (rounded half-even to 6 decimals): the boundary into edges and sizing} */
    public com.precog.domain.money.Probability probabilityValue() {
        return com.precog.domain.money.Probability.ofDouble(probability);
    }

    /** {@return the same estimate seen from the away side: {@code 1 − p}, the interval mirrored} */
    public ModelEstimate complement() {
        return new ModelEstimate(1 - probability, confidence, 1 - upper, 1 - lower);
    }
}
