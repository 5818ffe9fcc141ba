package com.precog.application.port.out;

import java.time.Instant;

/**
 * Whether new entries are allowed in a market now (circuit breakers, SPEC §8). Implemented by
 * the breaker service; the entry loop asks before every entry and never bypasses a halt.
 */
@FunctionalInterface
public interface TradingHalts {
    EntryPermission mayEnter(String marketTicker, Instant now);

    /**
     * An entry edge the entry loop has just seen (a new observation of a market's edge, in millionths of a dollar per
     * contract): edges of 0.30 and more seen 3 times in 10 minutes trip edge_anomaly (SPEC §8), the sign of a model or
     * data error. Nothing by default.
     */
    default void edgeSeen(long edgeMicros) {}

    /** The answer: allowed, or halted by a named breaker with a reason. */
    sealed interface EntryPermission permits Allowed, Halted {
        default boolean allowed() {
            return this instanceof Allowed;
        }
    }

    /** Entries allowed. */
    record Allowed() implements EntryPermission {
        public static final Allowed INSTANCE = new Allowed();
    }

    /** Entries halted by {@code breaker} (e.g. {@code daily_loss}, {@code data_stale}). */
    record Halted(String breaker, String reason) implements EntryPermission {
        public Halted {
            if (breaker == null || breaker.isBlank()) throw new IllegalArgumentException("breaker must not be blank");
            reason = reason == null ? "" : reason;
        }
    }
}
