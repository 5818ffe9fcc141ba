package com.precog.domain.order;

/** How long an order may rest. Kalshi V2 has no market order: "immediate" is IOC at a worst acceptable price. */
public enum TimeInForce {
    GOOD_TILL_CANCELED,
    IMMEDIATE_OR_CANCEL,
    FILL_OR_KILL
}
