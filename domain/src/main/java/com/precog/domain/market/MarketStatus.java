package com.precog.domain.market;

/** Lifecycle of a market as Precog trades it. Only {@link #OPEN} markets take new entries. */
public enum MarketStatus {
    /** Created but not yet open for trading. */
    UNOPENED,
    /** Open for trading. */
    OPEN,
    /** Trading halted temporarily. */
    PAUSED,
    /** Closed for trading, outcome not yet final. */
    CLOSED,
    /** Outcome determined and paid. */
    SETTLED
}
