package com.precog.application.port.out;

import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory {@link Strategies}: the reference behaviour the contract test pins down. */
public final class InMemoryStrategies implements Strategies {
    private final TreeMap<StrategyKey, StrategyVersion> byKey = new TreeMap<>();

    @Override
    public synchronized StrategyVersion create(StrategyVersion version) {
        StrategyVersion existing = byKey.get(version.key());
        if (existing != null) {
            if (existing.sameDefinitionAs(version)) return existing;
            throw new IllegalStateException("strategy " + version.key() + " exists with another definition: versions are immutable, create a new version");
        }
        byKey.put(version.key(), version);
        return version;
    }

    @Override
    public synchronized Optional<StrategyVersion> find(StrategyKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public synchronized List<StrategyVersion> list() {
        return new ArrayList<>(byKey.values());
    }

    @Override
    public synchronized StrategyVersion changeStatus(StrategyKey key, StrategyStatus next, Instant at) {
        StrategyVersion v = byKey.get(key);
        if (v == null) throw new NoSuchElementException("no strategy " + key);
        StrategyVersion moved = v.moveTo(next, at);
        byKey.put(key, moved);
        return moved;
    }
}
