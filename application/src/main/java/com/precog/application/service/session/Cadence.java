package com.precog.application.service.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * "At most once per interval" for work run on every session tick (a venue read once a minute):
 * {@link #due()} is true on its first call and then once the interval has passed since it was last
 * true. Not thread-safe: callers hold their own lock.
 */
final class Cadence {
    private final Clock clock;
    private final Duration interval;
    private Instant next = Instant.MIN;

    Cadence(Clock clock, Duration interval) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be positive, was " + interval);
        this.interval = interval;
    }

    /** {@return whether the work is due now; when it is, the next time is an interval from now} */
    boolean due() {
        Instant now = clock.instant();
        if (now.isBefore(next)) return false;
        next = now.plus(interval);
        return true;
    }
}
