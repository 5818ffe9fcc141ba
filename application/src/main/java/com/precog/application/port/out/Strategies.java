package com.precog.application.port.out;

import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored strategy versions (SPEC §6). Versions are immutable: {@link #create} refuses a key
 * that exists with another definition; only the status moves, through the domain lifecycle.
 */
public interface Strategies {
    /**
     * Stores a new version. Creating the same definition again is a no-op returning the stored
     * version; another definition under an existing key fails with {@link IllegalStateException}.
     */
    StrategyVersion create(StrategyVersion version);

    Optional<StrategyVersion> find(StrategyKey key);

    /** Every version, ordered by key. */
    List<StrategyVersion> list();

    /** Versions whose status is ACTIVE, ordered by key. */
    default List<StrategyVersion> active() {
        return list().stream().filter(StrategyVersion::isActive).toList();
    }

    /**
     * Moves a version to {@code next}; fails with {@link java.util.NoSuchElementException} for an
     * unknown key and {@link IllegalStateException} for a transition the lifecycle forbids.
     */
    StrategyVersion changeStatus(StrategyKey key, StrategyStatus next, Instant at);
}
