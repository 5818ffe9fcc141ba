package com.precog.domain.order;

/** How long an order may rest. Kalshi V2 has no market order: "immediate" is IOC at a worst acceptable price. */
public enum TimeInForce {
    /** Rests until filled or canceled. */
    GOOD_TILL_CANCELED,
    /** Fills what it can at once; the rest is canceled. */
    IMMEDIATE_OR_CANCEL,
    /** Fills completely at once or not at all. */
    FILL_OR_KILL
}
