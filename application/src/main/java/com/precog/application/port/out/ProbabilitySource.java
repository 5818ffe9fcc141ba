package com.precog.application.port.out;

import java.util.Optional;

/** The current probability of a market's YES outcome from the active model version(s). */
@FunctionalInterface
public interface ProbabilitySource {
    /** Empty when no active model has an estimate for the market. */
    Optional<ProbabilityEstimate> estimate(String marketTicker);
}
