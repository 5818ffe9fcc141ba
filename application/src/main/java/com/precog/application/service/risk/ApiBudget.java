package com.precog.application.service.risk;

import java.time.Clock;
import java.util.Objects;

/**
 * The per-minute budget of exchange API calls shared by the whole process (monitoring,
 * trading, exits): a token bucket of {@code perMinute} tokens refilled continuously. It is
 * built from the exchange's own limit and never allows more than that. Thread-safe.
 */
public final class ApiBudget {
    private final Clock clock;
    private final long capacity;
    private long millitokens;
    private long lastRefillMillis;

    /**
     * @param perMinute        tokens per minute for Precog (e.g. 60)
     * @param exchangePerMinute the exchange's own limit; {@code perMinute} may not exceed it
     */
    public ApiBudget(Clock clock, int perMinute, int exchangePerMinute) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (exchangePerMinute < 1) throw new IllegalArgumentException("exchangePerMinute must be at least 1, was " + exchangePerMinute);
        if (perMinute < 1 || perMinute > exchangePerMinute) {
            throw new IllegalArgumentException("perMinute must be within [1, exchangePerMinute=" + exchangePerMinute + "], was " + perMinute);
        }
        this.capacity = perMinute;
        this.millitokens = perMinute * 1000L;
        this.lastRefillMillis = clock.millis();
    }

    /** Takes {@code tokens} if available now; false (and nothing taken) otherwise. */
    public synchronized boolean tryAcquire(int tokens) {
        if (tokens < 1) throw new IllegalArgumentException("tokens must be at least 1, was " + tokens);
        refill();
        long need = tokens * 1000L;
        if (millitokens < need) return false;
        millitokens -= need;
        return true;
    }

    /** Whole tokens available now. */
    public synchronized long available() {
        refill();
        return millitokens / 1000;
    }

    public long perMinute() {
        return capacity;
    }

    private void refill() {
        long now = clock.millis();
        long elapsed = now - lastRefillMillis;
        if (elapsed <= 0) return;
        // capacity tokens per 60_000 ms = capacity millitokens per 60 ms
        long add = elapsed * capacity / 60;
        if (add > 0) {
            millitokens = Math.min(capacity * 1000L, millitokens + add);
            lastRefillMillis = now;
        }
    }
}
