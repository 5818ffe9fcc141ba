package com.precog.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Operator overrides of configuration kept outside the YAML files (the database in production).
 * An active, unexpired override beats the YAML value, which beats the built-in default.
 */
public interface ConfigOverrides {

    /** One override of one setting ({@code file:path}). */
    record Override(String file, String path, String value, Instant createdAt, Optional<Instant> expiresAt, boolean active, String reason) {
        public Override {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            reason = reason == null ? "" : reason;
        }

        public boolean appliesAt(Instant now) {
            return active && expiresAt.map(now::isBefore).orElse(true);
        }
    }

    /** Stores a new override (the previous one for the same key stops applying). */
    void put(Override override);

    /** Deactivates the override of a key, if any. */
    void remove(String file, String path);

    /** Every override that applies at {@code now}, at most one per key (the newest). */
    List<Override> activeAt(Instant now);
}
