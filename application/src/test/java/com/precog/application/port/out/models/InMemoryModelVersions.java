package com.precog.application.port.out.models;

import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** {@link ModelVersions} in memory (tests, and the CLI until the database adapter is wired). Thread-safe. */
public final class InMemoryModelVersions implements ModelVersions {
    private final TreeMap<ModelRef, ModelVersion> versions = new TreeMap<>();

    @Override
    public synchronized void add(ModelVersion version) {
        Objects.requireNonNull(version, "version");
        if (versions.containsKey(version.ref())) throw new IllegalArgumentException("model version " + version.ref() + " already exists");
        versions.put(version.ref(), version);
    }

    @Override
    public synchronized Optional<ModelVersion> find(ModelRef ref) {
        return Optional.ofNullable(versions.get(ref));
    }

    @Override
    public synchronized List<ModelVersion> list() {
        return List.copyOf(versions.values());
    }

    @Override
    public synchronized void update(ModelVersion version) {
        Objects.requireNonNull(version, "version");
        ModelVersion old = versions.get(version.ref());
        if (old == null) throw new IllegalArgumentException("model version " + version.ref() + " does not exist");
        if (!old.sameDefinitionAs(version) || !old.createdAt().equals(version.createdAt())) {
            throw new IllegalArgumentException("model version " + version.ref() + " is immutable: type, config and creation time cannot change");
        }
        versions.put(version.ref(), version);
    }
}
