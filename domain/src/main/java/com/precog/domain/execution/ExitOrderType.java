package com.precog.domain.execution;

import java.util.Locale;

/** The order type of one exit attempt: a resting limit order or an immediate-or-cancel. */
public enum ExitOrderType {
    LIMIT,
    IOC;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExitOrderType parse(String text) {
        if (text != null) {
            for (ExitOrderType t : values()) {
                if (t.name().equalsIgnoreCase(text.trim())) return t;
            }
        }
        throw new IllegalArgumentException("exit order type must be limit or ioc, was '" + text + "'");
    }
}
