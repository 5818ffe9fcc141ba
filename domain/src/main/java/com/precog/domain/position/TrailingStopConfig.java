package com.precog.domain.position;

/**
 * Parameters of the trailing stop (SPEC §7), all in millionths (ppm) of a fraction.
 *
 * <p>The stop activates when {@code (mark − entry)/entry ≥ activation}; its distance below the
 * peak is {@code max(initial − tightening × (gain_at_peak − activation)/step, minimum)}; the
 * stop is {@code peak × (1 − distance)} and never goes down. Invariant: {@code 0 < activation},
 * {@code 0 < minimum ≤ initial < 1}, {@code tightening ≥ 0}, {@code step > 0}.
 *
 * @param activationPpm   gain that arms the stop (balanced: 100_000 = +10%)
 * @param initialDistancePpm distance right at activation (balanced: 50_000 = 5%)
 * @param tighteningPpm   distance removed per {@code stepPpm} of peak gain above activation (10_000)
 * @param stepPpm         gain step for one tightening (100_000 = 10%)
 * @param minimumDistancePpm floor of the distance (20_000 = 2%)
 */
public record TrailingStopConfig(long activationPpm, long initialDistancePpm, long tighteningPpm, long stepPpm,
                                 long minimumDistancePpm) {
    /**
     * Validates the parameters (immutable and thread-safe afterwards).
     *
     * @throws IllegalArgumentException unless {@code 0 < activation ≤ 10 000 000},
     *         {@code 0 < minimum ≤ initial < 1 000 000}, {@code tightening ≥ 0} and {@code step > 0}
     */
    public TrailingStopConfig {
        if (activationPpm <= 0 || activationPpm > 10_000_000) {
            throw new IllegalArgumentException("trailing stop activationPpm must be within (0, 10_000_000], was " + activationPpm);
        }
        if (minimumDistancePpm <= 0 || minimumDistancePpm > initialDistancePpm) {
            throw new IllegalArgumentException("trailing stop minimumDistancePpm must be within (0, initialDistancePpm="
                    + initialDistancePpm + "], was " + minimumDistancePpm);
        }
        if (initialDistancePpm >= 1_000_000) {
            throw new IllegalArgumentException("trailing stop initialDistancePpm must be below 1_000_000, was " + initialDistancePpm);
        }
        if (tighteningPpm < 0) throw new IllegalArgumentException("trailing stop tighteningPpm must not be negative, was " + tighteningPpm);
        if (stepPpm <= 0) throw new IllegalArgumentException("trailing stop stepPpm must be positive, was " + stepPpm);
    }

    /** {@return the SPEC default: activate at +10%, 5% distance, −1 point per +10% of peak gain, floor 2%} */
    public static TrailingStopConfig balanced() {
        return new TrailingStopConfig(100_000, 50_000, 10_000, 100_000, 20_000);
    }

    /** {@return later and wider (Decision): activate at +15%, 7% distance, floor 3%} */
    public static TrailingStopConfig conservative() {
        return new TrailingStopConfig(150_000, 70_000, 10_000, 100_000, 30_000);
    }

    /** {@return earlier and tighter (Decision): activate at +5%, 3% distance, floor 1.5%} */
    public static TrailingStopConfig aggressive() {
        return new TrailingStopConfig(50_000, 30_000, 10_000, 100_000, 15_000);
    }

    /**
     * A preset by name.
     *
     * @param name {@code conservative}, {@code balanced} or {@code aggressive}, any case
     * @return the preset
     * @throws IllegalArgumentException for anything else, including null
     */
    public static TrailingStopConfig preset(String name) {
        if (name != null) {
            switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "conservative": return conservative();
                case "balanced": return balanced();
                case "aggressive": return aggressive();
                default: break;
            }
        }
        throw new IllegalArgumentException("trailing stop preset must be conservative, balanced or aggressive, was '" + name + "'");
    }

    /**
     * The stop's distance below the peak.
     *
     * @param peakGainPpm the gain at the peak in millionths
     * @return the distance in millionths (tightening rounded down, so the distance never undershoots), at least the minimum
     */
    public long distancePpm(long peakGainPpm) {
        long above = Math.max(0, peakGainPpm - activationPpm);
        long reduction = tighteningPpm != 0 && above > Long.MAX_VALUE / tighteningPpm
                ? Long.MAX_VALUE : above * tighteningPpm / stepPpm;
        return Math.max(initialDistancePpm - Math.min(reduction, initialDistancePpm), minimumDistancePpm);
    }
}
