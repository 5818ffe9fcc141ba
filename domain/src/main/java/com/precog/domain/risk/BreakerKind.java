package com.precog.domain.risk;

import java.util.Locale;

/**
 * The eight circuit breakers of SPEC §8 and what each does when tripped.
 * {@code flattens}: every position is exited at CRITICAL priority (the loss kinds).
 * {@code marketScoped}: the breaker applies to one market (data_stale) rather than everything.
 * {@code autoReset}: it clears itself (api_failures after a healthy period, data_stale when fresh,
 * daily_loss on the next trading day); the others need an operator's resolve.
 */
public enum BreakerKind {
    DAILY_LOSS(true, false, true),
    RAPID_LOSS(true, false, false),
    CONSECUTIVE_LOSSES(false, false, false),
    API_FAILURES(false, false, true),
    DATA_STALE(false, true, true),
    EDGE_ANOMALY(false, false, false),
    UNUSUAL_ACTIVITY(false, false, false),
    MANUAL(false, false, false);

    private final boolean flattens;
    private final boolean marketScoped;
    private final boolean autoReset;

    BreakerKind(boolean flattens, boolean marketScoped, boolean autoReset) {
        this.flattens = flattens;
        this.marketScoped = marketScoped;
        this.autoReset = autoReset;
    }

    /** Whether a trip requires exiting every position (loss kinds; a manual trip may ask for it too). */
    public boolean flattens() {
        return flattens;
    }

    public boolean marketScoped() {
        return marketScoped;
    }

    public boolean autoReset() {
        return autoReset;
    }

    /** Every breaker halts entries (in its scope). Exits are never halted: they keep running for infrastructure kinds. */
    public boolean haltsEntries() {
        return true;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BreakerKind parse(String text) {
        if (text != null) {
            String t = text.trim().replace('-', '_');
            for (BreakerKind k : values()) {
                if (k.name().equalsIgnoreCase(t)) return k;
            }
        }
        throw new IllegalArgumentException("circuit breaker kind must be one of daily_loss, rapid_loss, consecutive_losses, "
                + "api_failures, data_stale, edge_anomaly, unusual_activity, manual; was '" + text + "'");
    }
}
