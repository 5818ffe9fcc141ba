package com.precog.domain.risk;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code circuit_breaker_events}: a breaker of {@code kind} tripped or resolved in a
 * {@code scope} ({@link #ALL} or one market ticker). A trip carries whether it flattens
 * positions. A resolve names the trip it ends by kind and scope. Append-only; immutable.
 */
public record BreakerEvent(String eventId, BreakerKind kind, String scope, Type type, boolean flatten, String reason,
                           String actor, Instant at) {
    /** The scope of a breaker that applies to every market. */
    public static final String ALL = "*";

    public enum Type { TRIPPED, RESOLVED }

    public BreakerEvent {
        if (eventId == null || eventId.isBlank()) throw new IllegalArgumentException("eventId must not be blank");
        Objects.requireNonNull(kind, "kind");
        if (scope == null || scope.isBlank()) throw new IllegalArgumentException("scope must not be blank ('*' = every market)");
        Objects.requireNonNull(type, "type");
        if (type == Type.RESOLVED && flatten) throw new IllegalArgumentException("a resolve event cannot flatten");
        reason = reason == null ? "" : reason;
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("actor must not be blank");
        Objects.requireNonNull(at, "at");
    }

    public boolean appliesTo(String marketTicker) {
        return ALL.equals(scope) || scope.equals(marketTicker);
    }
}
