package com.precog.domain.order;

import java.util.Locale;

/**
 * Where an order, a trade or an edge was produced (SPEC §1 "modes"). Every money row carries
 * one, never defaulted: {@code backtest} (historical replay, simulated clock), {@code paper}
 * (live data, simulated fills against the real book), {@code demo} (Kalshi's demo exchange),
 * {@code live} (real money).
 */
public enum ExecutionEnvironment {
    BACKTEST,
    PAPER,
    DEMO,
    LIVE;

    /** True for the two environments whose fills are simulated locally (the paper broker). */
    public boolean isSimulated() {
        return this == BACKTEST || this == PAPER;
    }

    /** True only for {@link #LIVE}. */
    public boolean isRealMoney() {
        return this == LIVE;
    }

    /** Lower-case name as stored and printed ({@code "paper"}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code backtest|paper|demo|live} in any case; the message names the bad value. */
    public static ExecutionEnvironment parse(String text) {
        if (text != null) {
            for (ExecutionEnvironment e : values()) {
                if (e.name().equalsIgnoreCase(text.trim())) return e;
            }
        }
        throw new IllegalArgumentException("execution environment must be backtest, paper, demo or live, was '" + text + "'");
    }
}
