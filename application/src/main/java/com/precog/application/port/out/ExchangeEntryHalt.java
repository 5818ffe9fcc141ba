package com.precog.application.port.out;

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
}
