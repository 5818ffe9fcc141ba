package com.precog.application.port.out.ingame;

import java.time.Instant;
import java.util.Optional;

/**
 * Immutable in-game model versions (a stand-in for the shared model-version store: once that
 * exists, it replaces this port). A stored version never changes.
 */
public interface InGameModelVersions {
    /** Stores a new version of {@code name}: one more than the highest stored (1 for a new name). */
    StoredInGameModel create(String name, String type, String config, Instant createdAt);

    /** The version {@code name@version}, if stored. */
    Optional<StoredInGameModel> find(String name, int version);
}
