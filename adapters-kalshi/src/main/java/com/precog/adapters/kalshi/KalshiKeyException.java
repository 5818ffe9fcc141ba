package com.precog.adapters.kalshi;

/** The configured private key cannot be used: missing, unreadable, or not an unencrypted RSA PEM key. Never carries key material. */
public final class KalshiKeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public KalshiKeyException(String message) {
        super(message);
    }

    public KalshiKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
