package com.precog.adapters.persistence;

/**
 * Another writer changed the row this writer was about to replace (optimistic concurrency): the
 * transaction was rolled back and nothing was written. Re-read and retry.
 */
public final class ConcurrentWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentWriteException(String message) {
        super(message);
    }
}
