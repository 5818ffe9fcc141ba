package com.precog.domain.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the activation gate judges: the model's phase, its scores on its evaluated predictions, and the
 * Brier of the model and of the market benchmark on the games where both forecast ({@code
 * marketGames} of them; empty Brier values when there were none). Where it came from is named by
 * {@code evaluationRunId} (empty text if none was stored).
 */
public record GateEvidence(ModelPhase phase, int predictions, double accuracy, double brier, double ece,
                           int marketGames, OptionalDouble modelBrierOnMarketGames, OptionalDouble marketBrier,
                           String evaluationRunId) {
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
