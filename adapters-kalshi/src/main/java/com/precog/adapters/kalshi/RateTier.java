package com.precog.adapters.kalshi;

import java.util.Locale;

/**
 * Kalshi API usage tiers and their token-bucket budgets (KALSHI_API.md §5): tokens per second for
 * the read and the write bucket, and how many seconds of budget each bucket holds (its burst).
 */
public enum RateTier {
    BASIC(200, 100, 2, 1),
    ADVANCED(300, 300, 2, 2),
    EXPERT(600, 600, 1, 2),
    PREMIER(1_000, 1_000, 1, 2),
    PARAGON(2_000, 2_000, 1, 2),
    PRIME(4_000, 4_000, 1, 2),
    PRESTIGE(10_000, 8_000, 1, 2);

    /** Token cost of a request unless the endpoint says otherwise. */
    public static final int DEFAULT_COST = 10;
    /** Token cost of a V2 cancel (per order in a batch cancel). */
    public static final int CANCEL_COST = 2;
    /** Token cost of GET one order. */
    public static final int GET_ORDER_COST = 2;

    private final int readPerSecond;
    private final int writePerSecond;
    private final int readBurstSeconds;
    private final int writeBurstSeconds;

    RateTier(int readPerSecond, int writePerSecond, int readBurstSeconds, int writeBurstSeconds) {
        this.readPerSecond = readPerSecond;
        this.writePerSecond = writePerSecond;
        this.readBurstSeconds = readBurstSeconds;
        this.writeBurstSeconds = writeBurstSeconds;
    }

    public int readPerSecond() {
        return readPerSecond;
    }

    public int writePerSecond() {
        return writePerSecond;
    }

    public int readCapacity() {
        return readPerSecond * readBurstSeconds;
    }

    public int writeCapacity() {
        return writePerSecond * writeBurstSeconds;
    }

    public static RateTier parse(String text) {
        if (text == null || text.isBlank()) return BASIC;
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Kalshi rate tier must be one of basic, advanced, expert, premier, paragon, prime, prestige; was '" + text + "'");
        }
    }
}
