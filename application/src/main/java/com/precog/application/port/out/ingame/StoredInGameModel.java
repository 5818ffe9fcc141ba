package com.precog.application.port.out.ingame;

import com.precog.domain.model.ModelRef;
import java.util.Objects;

/**
 * One immutable version of an in-game model: its reference {@code name@vMAJOR.MINOR} and its config,
 * the full text of the model ({@code InGameModelText}: coefficients and lookup table).
 */
public record StoredInGameModel(ModelRef ref, String config, java.time.Instant createdAt) {
    public StoredInGameModel {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
