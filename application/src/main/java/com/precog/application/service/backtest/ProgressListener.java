package com.precog.application.service.backtest;

/** Receives progress of long work ({@code done} of {@code total} in a named stage). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (stage, done, total) -> { };

    void progress(String stage, long done, long total);
}
