package com.precog.application.service.games;

import java.time.Duration;

/** Runs a task once after a delay; the game watcher re-arms itself, so polls of a league never overlap. */
public interface PollScheduler {
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet can be cancelled. */
    interface Cancellable {
        void cancel();
    }
}
