package com.precog.domain.evaluation;

import java.util.Objects;

/**
 * One criterion of the activation gate: its name, the measured value, the bound and whether the value
 * must be at least ({@code atLeast}) or at most the bound; {@code margin} is how far inside the bound
 * the value is (negative = by how much it failed). Immutable.
 *
 * @param criterion the criterion's name (see {@link ActivationGate})
 * @param actual the measured value, NaN when missing
 * @param bound the threshold
 * @param atLeast {@code true} when the value must be at least the bound, {@code false} for at most
 * @param passed whether the check passed (with a 1e-12 slack for decimal rounding)
 * @param margin how far inside the bound the value is; negative when it failed, NaN when missing
 */
public record GateCheck(String criterion, double actual, double bound, boolean atLeast, boolean passed, double margin) {
    /**
     * Validates the check.
     *
     * @throws NullPointerException if the criterion is null
     */
    public GateCheck {
        Objects.requireNonNull(criterion, "criterion");
    }

    /** Rounding slack so that a value equal to its bound in decimal (e.g. 0.22 − 0.21 vs 0.01) passes. */
    static final double SLACK = 1e-12;

    static GateCheck atLeast(String criterion, double actual, double bound) {
        double margin = actual - bound;
        return new GateCheck(criterion, actual, bound, true, margin >= -SLACK, margin);
    }

    static GateCheck atMost(String criterion, double actual, double bound) {
        double margin = bound - actual;
        return new GateCheck(criterion, actual, bound, false, margin >= -SLACK, margin);
    }

    static GateCheck missing(String criterion, double bound) {
        return new GateCheck(criterion, Double.NaN, bound, false, false, Double.NaN);
    }

    /** {@return a human sentence, e.g. {@code accuracy 0.5100 < 0.5200 (short by 0.0100)}} */
    public String describe() {
        if (Double.isNaN(actual)) return criterion + ": no value (required, bound " + fmt(bound) + ")";
        String op = passed ? (atLeast ? ">=" : "<=") : (atLeast ? "<" : ">");
        return criterion + " " + fmt(actual) + " " + op + " " + fmt(bound)
                + (passed ? "" : " (" + (atLeast ? "short" : "over") + " by " + fmt(-margin) + ")");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
