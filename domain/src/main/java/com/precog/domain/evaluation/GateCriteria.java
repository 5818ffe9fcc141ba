package com.precog.domain.evaluation;

/**
 * Thresholds of the activation gate (SPEC §3): at least {@code minPredictions}, accuracy ≥
 * {@code minAccuracy}, ECE ≤ {@code maxEce}, Brier ≤ {@code maxInGameBrier} for in-game models only,
 * and Brier no worse than the market benchmark on the same games by more than
 * {@code maxBrierExcessOverMarket} (pre-game models: the only Brier bar; a missing benchmark fails it).
 * Immutable.
 *
 * @param minPredictions the fewest evaluated predictions, at least 1
 * @param minAccuracy the lowest accuracy, in [0, 1]
 * @param maxEce the highest expected calibration error, in [0, 1]
 * @param maxInGameBrier the highest Brier score of an in-game model, in [0, 1]
 * @param maxBrierExcessOverMarket how much worse than the market's Brier the model may be, in [0, 1]
 */
public record GateCriteria(int minPredictions, double minAccuracy, double maxEce, double maxInGameBrier, double maxBrierExcessOverMarket) {
    /**
     * Validates the thresholds.
     *
     * @throws IllegalArgumentException if {@code minPredictions < 1} or a rate lies outside [0, 1] (or is NaN)
     */
    public GateCriteria {
        if (minPredictions < 1) throw new IllegalArgumentException("minPredictions must be >= 1, was " + minPredictions);
        unit("minAccuracy", minAccuracy);
        unit("maxEce", maxEce);
        unit("maxInGameBrier", maxInGameBrier);
        unit("maxBrierExcessOverMarket", maxBrierExcessOverMarket);
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
    }

    /** {@return the SPEC §3 defaults: 100 predictions, accuracy 0.52, ECE 0.10, in-game Brier 0.20, market excess 0.01} */
    public static GateCriteria specDefaults() {
        return new GateCriteria(100, 0.52, 0.10, 0.20, 0.01);
    }
}
