package com.precog.domain.evaluation;

/**
 * Thresholds of the activation gate (SPEC §3): at least {@code minPredictions}, accuracy ≥
 * {@code minAccuracy}, ECE ≤ {@code maxEce}, Brier ≤ {@code maxInGameBrier} for in-game models only,
 * and Brier no worse than the market benchmark on the same games by more than
 * {@code maxBrierExcessOverMarket} (pre-game models: the only Brier bar; a missing benchmark fails it).
 */
public record GateCriteria(int minPredictions, double minAccuracy, double maxEce, double maxInGameBrier, double maxBrierExcessOverMarket) {
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

    /** 100 predictions, accuracy 0.52, ECE 0.10, in-game Brier 0.20, market excess 0.01. */
    public static GateCriteria specDefaults() {
        return new GateCriteria(100, 0.52, 0.10, 0.20, 0.01);
    }
}
