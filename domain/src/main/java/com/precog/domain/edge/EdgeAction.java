package com.precog.domain.edge;

/** What an edge recommends (SPEC §4): {@code ignore < alert ≤ edge < auto_execute ≤ edge}. */
public enum EdgeAction {
    IGNORE,
    ALERT,
    AUTO_EXECUTE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
