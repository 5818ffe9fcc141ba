package com.precog.domain.strategy;

import java.util.Locale;

/**
 * Lifecycle of a strategy version (SPEC §6): {@code draft → testing → active ⇄ inactive →
 * deprecated}, with {@code testing → draft} allowed. Deprecation is also allowed straight from
 * {@code active} (retiring a running version needs no intermediate step). Deprecated is final.
 */
public enum StrategyStatus {
    DRAFT,
    TESTING,
    ACTIVE,
    INACTIVE,
    DEPRECATED;

    /** True when a version in this status may move to {@code next}. */
    public boolean canMoveTo(StrategyStatus next) {
        return switch (this) {
            case DRAFT -> next == TESTING;
            case TESTING -> next == DRAFT || next == ACTIVE;
            case ACTIVE -> next == INACTIVE || next == DEPRECATED;
            case INACTIVE -> next == ACTIVE || next == DEPRECATED;
            case DEPRECATED -> false;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StrategyStatus parse(String text) {
        if (text != null) {
            for (StrategyStatus s : values()) if (s.name().equalsIgnoreCase(text.trim())) return s;
        }
        throw new IllegalArgumentException("strategy status must be draft, testing, active, inactive or deprecated, was '" + text + "'");
    }
}
