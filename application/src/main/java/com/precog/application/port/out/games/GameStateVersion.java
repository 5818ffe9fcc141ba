package com.precog.application.port.out.games;

import com.precog.domain.game.GameState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One SCD2 version of a game state: valid from {@code validFrom} until {@code validTo} (empty while current). */
public record GameStateVersion(GameState state, Instant validFrom, Optional<Instant> validTo) {
    public GameStateVersion {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo must not be before validFrom, was " + validTo.get() + " < " + validFrom);
        }
    }

    public boolean isCurrent() {
        return validTo.isEmpty();
    }
}
