package com.precog.domain.order;

/** Where an order stands on the exchange. Terminal: FILLED, CANCELED, REJECTED. */
public enum OrderStatus {
    /** Accepted and resting (possibly partially filled). */
    RESTING,
    /** Completely filled. */
    FILLED,
    /** Canceled (by us, by IOC expiry, or by the exchange); may have partial fills. */
    CANCELED,
    /** Refused by the exchange or by a pre-trade check; nothing filled. */
    REJECTED;

    /** {@return {@code true} for FILLED, CANCELED and REJECTED: the order will not change again} */
    public boolean isTerminal() {
        return this != RESTING;
    }
}
