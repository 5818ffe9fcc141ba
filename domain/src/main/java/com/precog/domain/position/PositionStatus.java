package com.precog.domain.position;

import java.util.Locale;

/** Whether a position still holds contracts. A CLOSED position has current quantity zero. */
public enum PositionStatus {
    /** Holds contracts. */
    OPEN,
    /** Holds nothing; closed by exits or settlement. */
    CLOSED;

    /**
     * Parses a stored name.
     *
     * @param text {@code open} or {@code closed}, any case
     * @return the status
     * @throws IllegalArgumentException for anything else, including null
     */
    public static PositionStatus parse(String text) {
        if (text != null) {
            for (PositionStatus s : values()) {
                if (s.name().equalsIgnoreCase(text.trim())) return s;
            }
        }
        throw new IllegalArgumentException("position status must be open or closed, was '" + text + "'");
    }

    /** {@return the lower-case stored name ({@code "open"})} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
