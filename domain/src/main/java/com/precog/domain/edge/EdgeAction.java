package com.precog.domain.edge;

/** What an edge recommends (SPEC §4): {@code ignore < alert ≤ edge < auto_execute ≤ edge}. */
public enum EdgeAction {
    /** Below the alert threshold: not recorded, no signal. */
    IGNORE,
    /** At least the alert threshold: recorded and alerted, executed only by a strategy that trades it. */
    ALERT,
    /** At least the auto-execute threshold: may be executed without confirmation. */
    AUTO_EXECUTE;

    /** {@return the lower-case name as stored ({@code "auto_execute"})} */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
