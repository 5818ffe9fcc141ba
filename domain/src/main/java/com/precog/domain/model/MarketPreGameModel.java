package com.precog.domain.model;

import java.util.Optional;

/** The closing-line market probability as a model (benchmark, or an ensemble member); empty without a line; confidence 1. Immutable. */
public record MarketPreGameModel() implements PreGameModel {
    /** The market model (it has no parameters). */
    public MarketPreGameModel {
    }
    @Override
    public String member() {
        return "market";
    }

    @Override
    public Optional<ModelEstimate> estimate(PreGameRow row) {
        return row.marketProbability().isPresent()
                ? Optional.of(ModelEstimate.point(row.marketProbability().getAsDouble(), 1.0))
                : Optional.empty();
    }
}
