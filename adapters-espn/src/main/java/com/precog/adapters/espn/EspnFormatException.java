package com.precog.adapters.espn;

/** An ESPN response did not have the expected shape. */
public final class EspnFormatException extends RuntimeException {
    public EspnFormatException(String message) {
        super(message);
    }

    public EspnFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
