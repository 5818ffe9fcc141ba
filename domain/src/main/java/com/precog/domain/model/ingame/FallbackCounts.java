package com.precog.domain.model.ingame;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Thread-safe counters of {@link FeatureFallback}s used while extracting features, so that a live
 * strategy can report how often a feed lacked a field. Counts only grow.
 */
public final class FallbackCounts {
    private static final FeatureFallback[] ALL = FeatureFallback.values();
    private final AtomicLongArray counts;
    private final boolean discarding;

    private FallbackCounts(boolean discarding) {
        this.discarding = discarding;
        this.counts = new AtomicLongArray(ALL.length);
    }

    /** {@return counters starting at zero} */
    public static FallbackCounts create() {
        return new FallbackCounts(false);
    }

    /** {@return a sink that counts nothing (fitting on historical rows, where gaps are part of the data)} */
    public static FallbackCounts discarding() {
        return new FallbackCounts(true);
    }

    void record(FeatureFallback f) {
        if (!discarding) counts.incrementAndGet(f.ordinal());
    }

    /**
     * How many times a fallback was used.
     *
     * @param f the fallback
     * @return its count so far (0 for a discarding sink)
     */
    public long count(FeatureFallback f) {
        return counts.get(f.ordinal());
    }

    /** {@return the sum over all fallbacks} */
    public long total() {
        long t = 0;
        for (int i = 0; i < ALL.length; i++) t += counts.get(i);
        return t;
    }

    /** {@return a snapshot of every count (zeros included), in enum order; later counts do not change it} */
    public Map<FeatureFallback, Long> snapshot() {
        Map<FeatureFallback, Long> m = new EnumMap<>(FeatureFallback.class);
        for (FeatureFallback f : ALL) m.put(f, counts.get(f.ordinal()));
        return m;
    }

    @Override
    public String toString() {
        return "FallbackCounts" + snapshot();
    }
}
