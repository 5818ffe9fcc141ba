package com.precog.domain.model;

import java.util.Locale;
import java.util.Set;

/** Model lifecycle (SPEC §6): {@code draft → testing → active → deprecated}; reaching active requires the activation gate. */
public enum ModelStatus {
    DRAFT, TESTING, ACTIVE, DEPRECATED;

    /** Whether a version in this status may move to {@code target}. Deprecation is allowed from any other status. */
    public boolean canMoveTo(ModelStatus target) {
        return switch (this) {
            case DRAFT -> Set.of(TESTING, DEPRECATED).contains(target);
            case TESTING -> Set.of(ACTIVE, DEPRECATED).contains(target);
            case ACTIVE -> target == DEPRECATED;
            case DEPRECATED -> false;
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModelStatus parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be draft, testing, active or deprecated; was " + text, e);
        }
    }
}
