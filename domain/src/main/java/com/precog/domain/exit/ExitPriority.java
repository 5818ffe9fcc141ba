package com.precog.domain.exit;

import java.util.Locale;

/** Urgency of an exit (SPEC §7, §9), most urgent first: declaration order is the resolution order. */
public enum ExitPriority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    /** True when this priority is strictly more urgent than {@code other}. */
    public boolean outranks(ExitPriority other) {
        return ordinal() < other.ordinal();
    }

    public static ExitPriority parse(String text) {
        if (text != null) {
            for (ExitPriority p : values()) {
                if (p.name().equalsIgnoreCase(text.trim())) return p;
            }
        }
        throw new IllegalArgumentException("exit priority must be critical, high, medium or low, was '" + text + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
