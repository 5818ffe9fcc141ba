package com.precog.domain.exit;

import java.util.Locale;

/** Urgency of an exit (SPEC §7, §9), most urgent first: declaration order is the resolution order. */
public enum ExitPriority {
    /** Exit at once, crossing the spread if needed. */
    CRITICAL,
    /** Exit soon. */
    HIGH,
    /** Exit at a good price. */
    MEDIUM,
    /** Exit when convenient. */
    LOW;

    /**
     * Compares urgency.
     *
     * @param other another priority
     * @return {@code true} when this priority is strictly more urgent than {@code other}
     */
    public boolean outranks(ExitPriority other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Parses a stored name.
     *
     * @param text {@code critical}, {@code high}, {@code medium} or {@code low}, any case
     * @return the priority
     * @throws IllegalArgumentException for anything else, including null
     */
    public static ExitPriority parse(String text) {
        if (text != null) {
            for (ExitPriority p : values()) {
                if (p.name().equalsIgnoreCase(text.trim())) return p;
            }
        }
        throw new IllegalArgumentException("exit priority must be critical, high, medium or low, was '" + text + "'");
    }

    /** {@return the lower-case stored name ({@code "critical"})} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
