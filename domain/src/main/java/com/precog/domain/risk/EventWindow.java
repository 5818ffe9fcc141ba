package com.precog.domain.risk;

import java.util.Arrays;

/**
 * Counts events within a sliding time window (epoch millis), e.g. "5 API errors in 5 minutes".
 * Timestamps must be non-decreasing. Backed by a growable ring of longs; no allocation in the
 * steady state. Not thread-safe.
 */
public final class EventWindow {
    private final long windowMillis;
    private long[] times = new long[16];
    private int head;
    private int size;

    public EventWindow(long windowMillis) {
        if (windowMillis <= 0) throw new IllegalArgumentException("windowMillis must be positive, was " + windowMillis);
        this.windowMillis = windowMillis;
    }

    /** Records an event at {@code atMillis} and returns how many events lie in {@code (at − window, at]}. */
    public int record(long atMillis) {
        evict(atMillis);
        if (size == times.length) {
            long[] bigger = new long[times.length * 2];
            for (int i = 0; i < size; i++) bigger[i] = times[(head + i) % times.length];
            times = bigger;
            head = 0;
        }
        times[(head + size) % times.length] = atMillis;
        size++;
        return size;
    }

    /** Events in {@code (now − window, now]}. */
    public int count(long nowMillis) {
        evict(nowMillis);
        return size;
    }

    /** Time of the newest event, or {@link Long#MIN_VALUE} when empty. */
    public long newest() {
        return size == 0 ? Long.MIN_VALUE : times[(head + size - 1) % times.length];
    }

    public void clear() {
        size = 0;
        head = 0;
        Arrays.fill(times, 0);
    }

    private void evict(long nowMillis) {
        while (size > 0 && times[head] <= nowMillis - windowMillis) {
            head = (head + 1) % times.length;
            size--;
        }
    }
}
