package com.precog.domain.position;

import java.util.Locale;

/** Whether a position still holds contracts. A CLOSED position has current quantity zero. */
public enum PositionStatus {
    OPEN,
    CLOSED;

    public static PositionStatus parse(String text) {
        if (text != null) {
            for (PositionStatus s : values()) {
                if (s.name().equalsIgnoreCase(text.trim())) return s;
            }
        }
        throw new IllegalArgumentException("position status must be open or closed, was '" + text + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
