package com.precog.domain.order;

import java.util.Locale;

/**
 * Where an order, a trade or an edge was produced (SPEC §1 "modes"). Every money row carries
 * one, never defaulted: {@code backtest} (historical replay, simulated clock), {@code paper}
 * (live data, simulated fills against the real book), {@code demo} (Kalshi's demo exchange),
 * {@code live} (real money).
 */
public enum ExecutionEnvironment {
    /** Historical replay on a simulated clock. */
    BACKTEST,
    /** Live market data, fills simulated against the real book (the default). */
    PAPER,
    /** Kalshi's demo exchange (play money). */
    DEMO,
    /** Kalshi's production exchange: real money. */
    LIVE;

    /** {@return {@code true} for the two environments whose fills are simulated locally (the paper broker)} */
    public boolean isSimulated() {
        return this == BACKTEST || this == PAPER;
    }

    /** {@return {@code true} only for {@link #LIVE}} */
    public boolean isRealMoney() {
        return this == LIVE;
    }

    /** {@return the lower-case name as stored and printed ({@code "paper"})} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stored or configured name.
     *
     * @param text {@code backtest}, {@code paper}, {@code demo} or {@code live}, any case
     * @return the environment
     * @throws IllegalArgumentException for anything else (the message names the bad value)
     */
    public static ExecutionEnvironment parse(String text) {
        if (text != null) {
            for (ExecutionEnvironment e : values()) {
                if (e.name().equalsIgnoreCase(text.trim())) return e;
            }
        }
        throw new IllegalArgumentException("execution environment must be backtest, paper, demo or live, was '" + text + "'");
    }
}
