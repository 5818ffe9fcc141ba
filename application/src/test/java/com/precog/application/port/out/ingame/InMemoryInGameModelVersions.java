package com.precog.application.port.out.ingame;

import com.precog.domain.model.ModelRef;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory {@link InGameModelVersions}. */
public final class InMemoryInGameModelVersions implements InGameModelVersions {
    private final TreeMap<ModelRef, StoredInGameModel> versions = new TreeMap<>();

    @Override
    public synchronized StoredInGameModel create(String name, String config, Instant createdAt) {
        Optional<ModelRef> highest = versions.keySet().stream().filter(r -> r.name().equals(name)).max(ModelRef::compareTo);
        StoredInGameModel s = new StoredInGameModel(InGameModelVersions.next(name, highest), config, createdAt);
        versions.put(s.ref(), s);
        return s;
    }

    @Override
    public synchronized Optional<StoredInGameModel> find(ModelRef ref) {
        return Optional.ofNullable(versions.get(ref));
    }
}
