package com.precog.domain.order;

import java.util.UUID;

/**
 * The id Precog gives every order before sending it ({@code client_order_id}). It is how an
 * order is found again after an ambiguous failure or a restart, so it is never reused.
 * 1–64 characters of {@code [A-Za-z0-9_-]}. Immutable and thread-safe.
 *
 * @param value the id, 1–64 characters of {@code [A-Za-z0-9_-]}
 */
public record ClientOrderId(String value) {
    /**
     * Validates the id.
     *
     * @throws IllegalArgumentException if the value is null, empty, longer than 64 characters or
     *         has a character outside {@code [A-Za-z0-9_-]}
     */
    public ClientOrderId {
        if (value == null || value.isEmpty() || value.length() > 64 || !value.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("client order id must be 1-64 characters of [A-Za-z0-9_-], was '" + value + "'");
        }
    }

    /**
     * Same as the constructor.
     *
     * @param value the id, 1–64 characters of {@code [A-Za-z0-9_-]}
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static ClientOrderId of(String value) {
        return new ClientOrderId(value);
    }

    /** {@return a fresh random id (a UUID, 36 characters)} */
    public static ClientOrderId random() {
        return new ClientOrderId(UUID.randomUUID().toString());
    }

    /** {@return the id itself} */
    @Override
    public String toString() {
        return value;
    }
}
