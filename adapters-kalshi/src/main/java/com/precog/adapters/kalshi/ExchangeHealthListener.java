package com.precog.adapters.kalshi;

/**
 * Told about every REST outcome and about the HTTP circuit breaker's transitions. The runner wires
 * this to the application's {@code api_failures} circuit breaker. Callbacks run on the calling
 * thread and must be quick; they never receive secrets.
 */
public interface ExchangeHealthListener {
    ExchangeHealthListener NONE = new ExchangeHealthListener() {};

    /** A request got a non-5xx answer. */
    default void onSuccess(String endpoint) {}

    /** A request failed with a 5xx, a timeout or a connection error (counted by the breaker). */
    default void onFailure(String endpoint, String reason) {}

    /** The adapter's breaker opened: requests are refused locally until it half-opens. */
    default void onCircuitOpened() {}

    /** The adapter's breaker closed again. */
    default void onCircuitClosed() {}
}
