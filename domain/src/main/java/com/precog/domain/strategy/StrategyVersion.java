package com.precog.domain.strategy;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable strategy version (SPEC §6): key (name + version), type, config and description
 * never change; only the status and its timestamp do, through {@link #moveTo}, which enforces
 * the lifecycle. A changed config is a new version. Immutable value (a status change returns a
 * new value with the same identity).
 */
public record StrategyVersion(StrategyKey key, StrategyConfig config, String description, StrategyStatus status, Instant createdAt,
                              Instant statusChangedAt) {
    public StrategyVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(config, "config");
        description = description == null ? "" : description;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        if (statusChangedAt.isBefore(createdAt)) throw new IllegalArgumentException("statusChangedAt precedes createdAt");
    }

    /** A new draft. */
    public static StrategyVersion draft(StrategyKey key, StrategyConfig config, String description, Instant at) {
        return new StrategyVersion(key, config, description, StrategyStatus.DRAFT, at, at);
    }

    public StrategyType type() {
        return config.type();
    }

    /** This version in {@code next} status; fails with the illegal transition named. */
    public StrategyVersion moveTo(StrategyStatus next, Instant at) {
        Objects.requireNonNull(next, "next");
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("strategy " + key + " cannot move from " + status.wireName() + " to " + next.wireName());
        }
        return new StrategyVersion(key, config, description, next, createdAt, at.isBefore(createdAt) ? createdAt : at);
    }

    /** True when {@code other} is the same version with the same immutable parts (status may differ). */
    public boolean sameDefinitionAs(StrategyVersion other) {
        return key.equals(other.key) && config.equals(other.config) && description.equals(other.description);
    }

    public boolean isActive() {
        return status == StrategyStatus.ACTIVE;
    }
}
