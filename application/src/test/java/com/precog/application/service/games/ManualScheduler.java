package com.precog.application.service.games;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link PollScheduler} and {@link Clock} driven by the test: {@link #advance} runs due tasks in time order. */
public final class ManualScheduler extends Clock implements PollScheduler {
    private record Task(Instant due, long seq, Runnable run, boolean[] cancelled) {}

    private Instant now;
    private long seq;
    private final List<Task> tasks = new ArrayList<>();

    public ManualScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), seq++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves time forward by {@code d}, running every task that falls due, in order. */
    public void advance(Duration d) {
        Instant end = now.plus(d);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.due().isAfter(end))
                        .min(Comparator.comparing(Task::due).thenComparingLong(Task::seq)).orElse(null);
                if (next == null) {
                    now = end;
                    return;
                }
                tasks.remove(next);
                if (next.due().isAfter(now)) now = next.due();
            }
            if (!next.cancelled()[0]) next.run().run();
        }
    }

    public synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }

    public synchronized Duration nextDueIn() {
        return tasks.stream().filter(t -> !t.cancelled()[0]).map(Task::due).min(Comparator.naturalOrder())
                .map(d -> Duration.between(now, d)).orElseThrow();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
