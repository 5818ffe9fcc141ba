package com.precog.application.port.out.ingame;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable version of an in-game model: {@code name@version}, its type and its config (the
 * full text of the model, coefficients and lookup table included). Versions start at 1.
 */
public record StoredInGameModel(String name, int version, String type, String config, Instant createdAt) {
    public StoredInGameModel {
        ModelName.check(name);
        if (version < 1) throw new IllegalArgumentException("version must be >= 1, was " + version);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@code name@version}. */
    public String reference() {
        return name + "@" + version;
    }
}
