package com.precog.domain.strategy;

import com.precog.domain.order.ExecutionEnvironment;
import java.util.Objects;

/**
 * Who decided a trade (SPEC §1.10): the strategy version, the model version and the execution
 * environment. Every edge, order and trade carries one. Immutable.
 */
public record Attribution(StrategyKey strategy, String modelVersion, ExecutionEnvironment environment) {
    public Attribution {
        Objects.requireNonNull(strategy, "strategy");
        if (modelVersion == null || modelVersion.isBlank()) throw new IllegalArgumentException("modelVersion must not be blank");
        Objects.requireNonNull(environment, "environment");
    }
}
