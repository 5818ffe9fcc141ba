package com.precog.application.port.out.games;

/** The game feed could not deliver (unreachable, server error, unparseable answer) after its retries. */
public class GameFeedException extends RuntimeException {
    public GameFeedException(String message) {
        super(message);
    }

    public GameFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
