package com.precog.application.port.out;

import java.util.function.Consumer;

/**
 * The exchange-side half of a circuit breaker (SPEC §8, issue 8 "mirrored to Kalshi order
 * groups"): when every entry is halted, our resting entry orders must be cancelled at the
 * exchange too, and the exchange itself must refuse new ones, so a halt holds even if a process
 * still sends an order. Exits are not affected (they stay outside the halt: flattening must keep
 * working). Implemented by the Kalshi adapter with an order group; absent in paper and backtest.
 */
public interface ExchangeEntryHalt {
    /**
     * Cancels every resting entry order at the exchange and makes it refuse new entry orders
     * until {@link #resume}. Idempotent.
     *
     * @throws RuntimeException when the exchange could not be reached (the caller retries)
     */
    void halt(String reason);

    /** Lets entry orders through again (resets the exchange-side halt). Idempotent. */
    void resume(String reason);

    /** Whether the exchange-side halt is in force as far as this process knows. */
    boolean halted();

    /**
     * Registers a listener told, with the exchange's reason, when the exchange halts our entries by
     * itself (a Kalshi order group reaching its contracts cap triggers without us): from then on
     * {@link #halted()} is true and entries stay refused until {@link #resume}. Without a listener
     * such a halt would go unseen and every later entry would be refused for the rest of the session.
     * The default does nothing: a venue that never halts on its own.
     */
    default void onHaltedByExchange(Consumer<String> listener) { }
}
