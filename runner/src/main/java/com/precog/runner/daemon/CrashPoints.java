package com.precog.runner.daemon;

import com.precog.application.service.session.LifecyclePoints;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restart-safety test hook: {@code PRECOG_CRASH_AT=point[:n]} halts the JVM (like
 * {@code kill -9}: no shutdown hooks, nothing flushed) the n-th time (default 1st) the session
 * reaches that lifecycle point. Unset in production: {@link LifecyclePoints#NONE}.
 */
public final class CrashPoints implements LifecyclePoints {
    private static final Logger log = LoggerFactory.getLogger(CrashPoints.class);
    /** The exit status of a simulated crash (128 + SIGKILL). */
    public static final int CRASH_STATUS = 137;

    private final String point;
    private final int nth;
    private final AtomicInteger seen = new AtomicInteger();

    CrashPoints(String point, int nth) {
        if (!LifecyclePoints.ALL.contains(point)) {
            throw new IllegalArgumentException("PRECOG_CRASH_AT point must be one of " + LifecyclePoints.ALL + ", was '" + point + "'");
        }
        if (nth < 1) throw new IllegalArgumentException("PRECOG_CRASH_AT count must be >= 1, was " + nth);
        this.point = point;
        this.nth = nth;
    }

    /** From {@code PRECOG_CRASH_AT}; {@link LifecyclePoints#NONE} when unset. */
    public static LifecyclePoints fromEnvironment() {
        String v = System.getenv("PRECOG_CRASH_AT");
        if (v == null || v.isBlank()) return LifecyclePoints.NONE;
        String[] parts = v.trim().split(":", 2);
        return new CrashPoints(parts[0], parts.length == 2 ? Integer.parseInt(parts[1]) : 1);
    }

    @Override
    public void reached(String p) {
        if (p.equals(point) && seen.incrementAndGet() == nth) {
            log.warn("PRECOG_CRASH_AT: halting at {} (occurrence {})", p, nth);
            Runtime.getRuntime().halt(CRASH_STATUS);
        }
    }
}
