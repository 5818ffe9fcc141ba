package com.precog.application.port.out.ingame;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link InGameModelVersions}. */
public final class InMemoryInGameModelVersions implements InGameModelVersions {
    private final Map<String, Map<Integer, StoredInGameModel>> byName = new HashMap<>();

    @Override
    public synchronized StoredInGameModel create(String name, String type, String config, Instant createdAt) {
        Map<Integer, StoredInGameModel> v = byName.computeIfAbsent(ModelName.check(name), k -> new HashMap<>());
        StoredInGameModel s = new StoredInGameModel(name, v.size() + 1, type, config, createdAt);
        v.put(s.version(), s);
        return s;
    }

    @Override
    public synchronized Optional<StoredInGameModel> find(String name, int version) {
        return Optional.ofNullable(byName.getOrDefault(name, Map.of()).get(version));
    }
}
