package com.precog.domain.model;

import java.util.Locale;
import java.util.Set;

/** Model lifecycle (SPEC §6): {@code draft → testing → active → deprecated}; reaching active requires the activation gate. */
public enum ModelStatus {
    /** Created; configuration validated, not yet evaluated. */
    DRAFT,
    /** Being evaluated. */
    TESTING,
    /** Passed the activation gate; may trade. */
    ACTIVE,
    /** Retired; terminal. */
    DEPRECATED;

    /**
     * Whether a version in this status may move to another. Deprecation is allowed from any other status.
     *
     * @param target the status to move to
     * @return {@code true} for draft → testing, testing → active and any non-deprecated → deprecated
     */
    public boolean canMoveTo(ModelStatus target) {
        return switch (this) {
            case DRAFT -> Set.of(TESTING, DEPRECATED).contains(target);
            case TESTING -> Set.of(ACTIVE, DEPRECATED).contains(target);
            case ACTIVE -> target == DEPRECATED;
            case DEPRECATED -> false;
        };
    }

    /** {@return the lower-case stored name ({@code "active"})} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stored name.
     *
     * @param text {@code draft}, {@code testing}, {@code active} or {@code deprecated}, any case
     * @return the status
     * @throws IllegalArgumentException for anything else
     */
    public static ModelStatus parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be draft, testing, active or deprecated; was " + text, e);
        }
    }
}
