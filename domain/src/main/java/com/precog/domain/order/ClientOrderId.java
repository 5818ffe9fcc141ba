package com.precog.domain.order;

import java.util.UUID;

/**
 * The id Precog gives every order before sending it ({@code client_order_id}). It is how an
 * order is found again after an ambiguous failure or a restart, so it is never reused.
 * 1–64 characters of {@code [A-Za-z0-9_-]}. Immutable.
 */
public record ClientOrderId(String value) {
    public ClientOrderId {
        if (value == null || value.isEmpty() || value.length() > 64 || !value.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("client order id must be 1-64 characters of [A-Za-z0-9_-], was '" + value + "'");
        }
    }

    public static ClientOrderId of(String value) {
        return new ClientOrderId(value);
    }

    /** A fresh random id. */
    public static ClientOrderId random() {
        return new ClientOrderId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
