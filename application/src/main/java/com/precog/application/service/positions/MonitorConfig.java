package com.precog.application.service.positions;

import java.time.Duration;
import java.util.Objects;

/**
 * Cadence of position monitoring (SPEC §1 step 8): a re-check at least every {@code normal}
 * (30 s), every {@code urgent} (5 s) when within {@code urgentMarginMicros} (0.02) of any
 * threshold; the streamed book is trusted for {@code priceCacheTtl} (10 s) before a REST refresh.
 * {@code markStepMicros} (0.01) is the mark move that makes a new stored version.
 */
public record MonitorConfig(Duration normal, Duration urgent, long urgentMarginMicros, Duration priceCacheTtl, long markStepMicros) {
    public MonitorConfig {
        positive(normal, "normal");
        positive(urgent, "urgent");
        if (urgent.compareTo(normal) > 0) throw new IllegalArgumentException("urgent cadence " + urgent + " must not exceed normal " + normal);
        if (urgentMarginMicros < 0 || urgentMarginMicros >= 1_000_000) {
            throw new IllegalArgumentException("urgentMarginMicros must be within [0, 1_000_000), was " + urgentMarginMicros);
        }
        positive(priceCacheTtl, "priceCacheTtl");
        if (markStepMicros < 0) throw new IllegalArgumentException("markStepMicros must not be negative, was " + markStepMicros);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, was " + d);
    }

    public static MonitorConfig defaults() {
        return new MonitorConfig(Duration.ofSeconds(30), Duration.ofSeconds(5), 20_000, Duration.ofSeconds(10), 10_000);
    }
}
