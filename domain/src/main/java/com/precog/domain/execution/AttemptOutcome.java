package com.precog.domain.execution;

import java.util.Locale;

/** How one exit attempt ended. */
public enum AttemptOutcome {
    /** Everything asked for in this attempt filled. */
    FILLED,
    /** Some filled, the rest was canceled (timeout, IOC expiry or preemption). */
    PARTIALLY_FILLED,
    /** Nothing filled before the timeout / IOC expiry. */
    UNFILLED,
    /** Canceled before its timeout (a more urgent exit or a breaker took over) with nothing filled. */
    CANCELED,
    /** The venue refused the order. */
    REJECTED,
    /** The venue could not be reached (infrastructure failure). */
    ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttemptOutcome parse(String text) {
        if (text != null) {
            for (AttemptOutcome o : values()) {
                if (o.name().equalsIgnoreCase(text.trim())) return o;
            }
        }
        throw new IllegalArgumentException("attempt outcome must be one of " + java.util.Arrays.toString(values()) + ", was '" + text + "'");
    }
}
