package com.precog.application.port.out.ingame;

import com.precog.domain.model.ModelRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Immutable in-game model versions. Implementations: in memory (tests), files under
 * {@code $PRECOG_HOME/models} (CLI from a fresh clone) and the shared model-version store
 * ({@code ModelVersionsInGameModels}). A stored version never changes.
 */
public interface InGameModelVersions {
    /**
     * Stores a new version of {@code name}: {@code v1.0} for a new name, else the highest stored
     * version with its minor number plus one (a refit is a tuning change, SPEC §6).
     *
     * @throws IllegalArgumentException if the name is not a valid model name
     */
    StoredInGameModel create(String name, String config, Instant createdAt);

    /** The version {@code ref}, if stored. */
    Optional<StoredInGameModel> find(ModelRef ref);

    /** The reference that follows {@code highest} (or {@code name@v1.0} when there is none). */
    static ModelRef next(String name, Optional<ModelRef> highest) {
        return highest.map(h -> new ModelRef(name, h.major(), h.minor() + 1)).orElse(new ModelRef(name, 1, 0));
    }
}
