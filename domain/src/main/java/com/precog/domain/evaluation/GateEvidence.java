package com.precog.domain.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the activation gate judges: the model's phase, its scores on its evaluated predictions, and the
 * Brier of the model and of the market benchmark on the games where both forecast ({@code
 * marketGames} of them; empty Brier values when there were none). Where it came from is named by
 * {@code evaluationRunId} (empty text if none was stored). Immutable.
 *
 * @param phase pre-game or in-game
 * @param predictions the number of evaluated predictions, {@code >= 0}
 * @param accuracy accuracy on them
 * @param brier Brier score on them
 * @param ece expected calibration error on them
 * @param marketGames games where the market benchmark also forecast, {@code >= 0}
 * @param modelBrierOnMarketGames the model's Brier on those games; empty when there were none
 * @param marketBrier the market's Brier on those games; empty exactly when the model's is
 * @param evaluationRunId the stored evaluation run, or {@code ""}
 */
public record GateEvidence(ModelPhase phase, int predictions, double accuracy, double brier, double ece,
                           int marketGames, OptionalDouble modelBrierOnMarketGames, OptionalDouble marketBrier,
                           String evaluationRunId) {
    /**
     * Validates the evidence.
     *
     * @throws IllegalArgumentException if a count is negative or only one of the two market Brier values is present
     * @throws NullPointerException if a reference component is null
     */
    public GateEvidence {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(modelBrierOnMarketGames, "modelBrierOnMarketGames");
        Objects.requireNonNull(marketBrier, "marketBrier");
        Objects.requireNonNull(evaluationRunId, "evaluationRunId");
        if (predictions < 0) throw new IllegalArgumentException("predictions must be >= 0, was " + predictions);
        if (marketGames < 0) throw new IllegalArgumentException("marketGames must be >= 0, was " + marketGames);
        if (modelBrierOnMarketGames.isPresent() != marketBrier.isPresent()) {
            throw new IllegalArgumentException("modelBrierOnMarketGames and marketBrier must both be present or both empty");
        }
    }
}
