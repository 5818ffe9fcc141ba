package com.precog.application.port.in.trading;

import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Use cases on strategy versions: list, show, create (immutable draft), and lifecycle moves. */
public interface ManageStrategies {
    /** Command to create a new draft version. */
    record CreateStrategyVersion(StrategyKey key, StrategyConfig config, String description) {
        public CreateStrategyVersion {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(config, "config");
            description = description == null ? "" : description;
        }
    }

    List<StrategyVersion> list();

    Optional<StrategyVersion> show(StrategyKey key);

    /** @throws IllegalArgumentException if the key exists with another definition (versions are immutable) */
    StrategyVersion create(CreateStrategyVersion command);

    /**
     * Moves a version through the lifecycle ({@code testing}, {@code active}, {@code inactive},
     * {@code deprecated}, back to {@code draft} from testing).
     *
     * @throws IllegalArgumentException if the version is unknown or the lifecycle forbids the move (the message names both statuses)
     */
    StrategyVersion moveTo(StrategyKey key, StrategyStatus next);
}
