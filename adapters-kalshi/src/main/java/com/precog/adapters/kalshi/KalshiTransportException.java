package com.precog.adapters.kalshi;

/**
 * No usable answer from Kalshi: timeout, connection failure, or the local circuit breaker refused
 * the call. {@link #maybeSent()} tells whether the request may have reached the exchange (an
 * ambiguous outcome for an order submission).
 */
public final class KalshiTransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean maybeSent;

    public KalshiTransportException(String message, boolean maybeSent, Throwable cause) {
        super(message, cause);
        this.maybeSent = maybeSent;
    }

    public boolean maybeSent() {
        return maybeSent;
    }
}
