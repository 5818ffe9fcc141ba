package com.precog.application.port.out;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link ProbabilitySource}: the latest estimate put per market. */
public final class InMemoryProbabilities implements ProbabilitySource {
    private final Map<String, ProbabilityEstimate> byTicker = new ConcurrentHashMap<>();

    public InMemoryProbabilities put(String ticker, ProbabilityEstimate estimate) {
        byTicker.put(ticker, estimate);
        return this;
    }

    public void remove(String ticker) {
        byTicker.remove(ticker);
    }

    @Override
    public Optional<ProbabilityEstimate> estimate(String marketTicker) {
        return Optional.ofNullable(byTicker.get(marketTicker));
    }
}
