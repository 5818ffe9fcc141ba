package com.precog.domain.model;

import java.util.Map;
import java.util.Objects;

/**
 * Combines member estimates (SPEC §3): weighted mean with weights normalised over the members present
 * (members with weight 0 or absent drop out), a 95% interval {@code mean ± 1.96·sd/√n} over the n
 * member probabilities (sample sd; the point when n = 1), confidence from agreement
 * {@code 1 − min(1, sd/agreementScale)} (the member's own confidence when n = 1), then shrinkage toward
 * 0.5 by the configured factor applied to the mean and interval, and clamping to [0, 1].
 * Pure, allocation-light, thread-safe.
 */
public final class Ensemble {
    private static final double Z95 = 1.959963984540054;
    private final EnsembleWeights weights;

    /**
     * An ensemble with the given configuration.
     *
     * @param weights the member weights, shrinkage and agreement scale
     * @throws NullPointerException if {@code weights} is null
     */
    public Ensemble(EnsembleWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** {@return the configuration} */
    public EnsembleWeights weights() {
        return weights;
    }

    /**
     * Combines the members present for one game.
     *
     * @param members estimates by member name; members without a positive weight (or null) are ignored
     * @return the combined estimate, probability and interval clamped to [0, 1]
     * @throws IllegalArgumentException when no member with a positive weight is present
     */
    public ModelEstimate combine(Map<String, ModelEstimate> members) {
        Objects.requireNonNull(members, "members");
        int n = 0;
        double wSum = 0;
        double wp = 0;
        double sum = 0;
        double sumSq = 0;
        double singleConfidence = 0;
        for (Map.Entry<String, ModelEstimate> e : members.entrySet()) {
            double w = weights.weight(e.getKey());
            if (w <= 0 || e.getValue() == null) continue;
            double p = e.getValue().probability();
            n++;
            wSum += w;
            wp += w * p;
            sum += p;
            sumSq += p * p;
            singleConfidence = e.getValue().confidence();
        }
        if (n == 0) throw new IllegalArgumentException("members has no member with a positive weight (present: " + members.keySet() + ")");
        double mean = wp / wSum;
        double sd = 0;
        if (n > 1) {
            double m = sum / n;
            sd = Math.sqrt(Math.max(0, (sumSq - n * m * m) / (n - 1)));
        }
        double half = Z95 * sd / Math.sqrt(n);
        double confidence = n == 1 ? singleConfidence : 1 - Math.min(1, sd / weights.agreementScale());
        double keep = 1 - weights.shrinkage();
        double p = clamp(0.5 + keep * (mean - 0.5));
        double lo = Math.min(p, clamp(0.5 + keep * (mean - half - 0.5)));
        double hi = Math.max(p, clamp(0.5 + keep * (mean + half - 0.5)));
        return new ModelEstimate(p, confidence, lo, hi);
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }
}
