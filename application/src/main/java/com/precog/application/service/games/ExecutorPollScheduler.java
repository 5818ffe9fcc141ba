package com.precog.application.service.games;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** {@link PollScheduler} on a JDK {@link ScheduledExecutorService} (owned by the caller). */
public final class ExecutorPollScheduler implements PollScheduler {
    private final ScheduledExecutorService executor;

    public ExecutorPollScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }
}
