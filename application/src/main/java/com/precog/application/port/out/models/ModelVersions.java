package com.precog.application.port.out.models;

import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where model versions are kept (table {@code probability_models}). Versions are immutable in their
 * definition (ref, type, config); only status, its timestamp and the activation evidence may change.
 */
public interface ModelVersions {
    /**
     * Stores a new version.
     *
     * @throws IllegalArgumentException if a version with the same ref exists
     */
    void add(ModelVersion version);

    Optional<ModelVersion> find(ModelRef ref);

    /** All versions ordered by name, then version. */
    List<ModelVersion> list();

    /**
     * Replaces the mutable part (status, status time, activation evidence) of a stored version.
     *
     * @throws IllegalArgumentException if no version has that ref, or its definition differs (immutability)
     */
    void update(ModelVersion version);
}
