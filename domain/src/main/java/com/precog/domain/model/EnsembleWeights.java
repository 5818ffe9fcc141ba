package com.precog.domain.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of an ensemble: a non-negative weight per member name (only members present for a
 * given game count; weights are normalised over them), the shrinkage toward 0.5 applied to the
 * combined probability (SPEC §3 {@code shrinkage_factor}, in [0, 1)) and the member-disagreement
 * standard deviation at which confidence reaches 0 ({@code agreementScale}, &gt; 0). Immutable.
 *
 * @param weights weight by member name, each finite and {@code >= 0}, at least one positive (copied, order kept)
 * @param shrinkage share of the distance to 0.5 removed, in [0, 1)
 * @param agreementScale member standard deviation at which confidence reaches 0, finite and positive
 */
public record EnsembleWeights(Map<String, Double> weights, double shrinkage, double agreementScale) {
    /** SPEC §3 shrinkage factor. */
    public static final double DEFAULT_SHRINKAGE = 0.10;
    /** Default disagreement scale. */
    public static final double DEFAULT_AGREEMENT_SCALE = 0.25;

    /**
     * Validates and copies the configuration.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, none is positive, or a scalar is out of range
     * @throws NullPointerException if the map or a key is null
     */
    public EnsembleWeights {
        Objects.requireNonNull(weights, "weights");
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((k, v) -> {
            Objects.requireNonNull(k, "weights key");
            if (v == null || !(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException("weights[" + k + "] must be finite and >= 0, was " + v);
            copy.put(k, v);
        });
        if (copy.values().stream().noneMatch(v -> v > 0)) throw new IllegalArgumentException("weights must have at least one positive weight");
        weights = java.util.Collections.unmodifiableMap(copy);
        if (!(shrinkage >= 0 && shrinkage < 1)) throw new IllegalArgumentException("shrinkage must be in [0, 1), was " + shrinkage);
        if (!(agreementScale > 0) || Double.isInfinite(agreementScale)) {
            throw new IllegalArgumentException("agreementScale must be finite and > 0, was " + agreementScale);
        }
    }

    /** {@return the SPEC defaults: elo 0.40, regression 0.35, ml 0.25, historical 0.30; shrinkage 0.10} */
    public static EnsembleWeights specDefaults() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("elo", 0.40);
        w.put("regression", 0.35);
        w.put("ml", 0.25);
        w.put("historical", 0.30);
        return new EnsembleWeights(w, DEFAULT_SHRINKAGE, DEFAULT_AGREEMENT_SCALE);
    }

    /**
     * A member's weight.
     *
     * @param member a member name
     * @return its weight, 0 when it has none
     */
    public double weight(String member) {
        return weights.getOrDefault(member, 0.0);
    }
}
