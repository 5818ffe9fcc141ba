package com.precog.domain.evaluation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A model's scores next to the market benchmark: the model on all its predictions, and the model and
 * the market on the subset of games where the market had a probability ("the same games"). Immutable.
 *
 * @param model the model's scores on all its predictions
 * @param marketGames the number of games the market also forecast, {@code >= 0}
 * @param modelOnMarketGames the model's scores on those games; empty when there were none
 * @param market the market's scores on those games; empty when there were none
 */
public record ModelVsMarket(MetricSummary model, int marketGames, Optional<MetricSummary> modelOnMarketGames,
                            Optional<MetricSummary> market) {
    /**
     * Validates the comparison.
     *
     * @throws IllegalArgumentException if {@code marketGames} is negative
     * @throws NullPointerException if a summary or optional is null
     */
    public ModelVsMarket {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelOnMarketGames, "modelOnMarketGames");
        Objects.requireNonNull(market, "market");
        if (marketGames < 0) throw new IllegalArgumentException("marketGames must be >= 0, was " + marketGames);
    }

    /**
     * Scores a model next to the market.
     *
     * @param model    model probabilities
     * @param market   market probabilities, NaN where the market had none
     * @param outcomes 0, 0.5 or 1
     * @return the comparison
     * @throws IllegalArgumentException if the arrays differ in length or hold invalid values
     */
    public static ModelVsMarket of(double[] model, double[] market, double[] outcomes) {
        if (model.length != market.length || model.length != outcomes.length) {
            throw new IllegalArgumentException("model, market and outcomes must have the same length: " + model.length + ", "
                    + market.length + ", " + outcomes.length);
        }
        MetricSummary all = MetricSummary.of(model, outcomes);
        int m = 0;
        for (double v : market) if (!Double.isNaN(v)) m++;
        if (m == 0) return new ModelVsMarket(all, 0, Optional.empty(), Optional.empty());
        double[] pm = new double[m];
        double[] mk = new double[m];
        double[] y = new double[m];
        int j = 0;
        for (int i = 0; i < model.length; i++) {
            if (Double.isNaN(market[i])) continue;
            pm[j] = model[i];
            mk[j] = market[i];
            y[j++] = outcomes[i];
        }
        return new ModelVsMarket(all, m, Optional.of(MetricSummary.of(pm, y)), Optional.of(MetricSummary.of(mk, y)));
    }

    /**
     * Evidence for the activation gate.
     *
     * @param phase the model's phase
     * @param evaluationRunId the stored evaluation run, or {@code ""}
     * @return the evidence
     */
    public GateEvidence toEvidence(ModelPhase phase, String evaluationRunId) {
        return new GateEvidence(phase, model.n(), model.accuracy(), model.brier(), model.ece(), marketGames,
                modelOnMarketGames.map(s -> OptionalDouble.of(s.brier())).orElse(OptionalDouble.empty()),
                market.map(s -> OptionalDouble.of(s.brier())).orElse(OptionalDouble.empty()), evaluationRunId);
    }
}
