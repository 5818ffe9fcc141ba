package com.precog.domain.model;

/**
 * Wilson score interval for a binomial proportion: {@code lower ≤ estimate ≤ upper}, all in [0, 1].
 *
 * <p>{@code estimate} is the observed proportion (successes / n); the interval is centred on the
 * Wilson centre {@code (p̂ + z²/2n)/(1 + z²/n)}. Sample sizes may be fractional (effective sizes of
 * weighted samples, e.g. with era weights). With n = 0 the interval is the uninformative [0, 1] and
 * the estimate 0.5. Immutable.
 *
 * @param estimate the observed proportion
 * @param lower the lower bound, in [0, estimate]
 * @param upper the upper bound, in [estimate, 1]
 * @param n the (possibly fractional) sample size, finite and {@code >= 0}
 */
public record WilsonInterval(double estimate, double lower, double upper, double n) {
    /** z for a two-sided 95% interval, Φ⁻¹(0.975). */
    public static final double Z95 = 1.959963984540054;

    /**
     * Validates the interval.
     *
     * @throws IllegalArgumentException unless {@code 0 <= lower <= estimate <= upper <= 1} and n is finite and non-negative
     */
    public WilsonInterval {
        if (!(n >= 0) || Double.isInfinite(n)) throw new IllegalArgumentException("n must be finite and >= 0, was " + n);
        if (!(lower >= 0 && lower <= estimate && estimate <= upper && upper <= 1)) {
            throw new IllegalArgumentException("need 0 <= lower <= estimate <= upper <= 1, was lower=" + lower
                    + " estimate=" + estimate + " upper=" + upper);
        }
    }

    /**
     * 95% interval.
     *
     * @param successes successes, in [0, n]
     * @param n the sample size, finite and {@code >= 0}
     * @return the interval
     * @throws IllegalArgumentException as {@link #of(double, double, double)}
     */
    public static WilsonInterval of95(double successes, double n) {
        return of(successes, n, Z95);
    }

    /**
     * Interval with critical value {@code z} (e.g. 1.96 for 95%).
     *
     * @param successes successes, in [0, n]
     * @param n the sample size, finite and {@code >= 0}
     * @param z the critical value, finite and positive
     * @return the interval; [0, 1] with estimate 0.5 when n = 0
     * @throws IllegalArgumentException if n &lt; 0, successes outside [0, n], or z not positive
     */
    public static WilsonInterval of(double successes, double n, double z) {
        if (!(n >= 0) || Double.isInfinite(n)) throw new IllegalArgumentException("n must be finite and >= 0, was " + n);
        if (!(successes >= 0 && successes <= n)) {
            throw new IllegalArgumentException("successes must be in [0, n=" + n + "], was " + successes);
        }
        if (!(z > 0) || Double.isInfinite(z)) throw new IllegalArgumentException("z must be finite and > 0, was " + z);
        if (n == 0) return new WilsonInterval(0.5, 0, 1, 0);
        double p = successes / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
        double lo = Math.max(0, Math.min(p, centre - half));
        double hi = Math.min(1, Math.max(p, centre + half));
        return new WilsonInterval(p, lo, hi, n);
    }

    /** {@return upper minus lower bound} */
    public double width() {
        return upper - lower;
    }
}
