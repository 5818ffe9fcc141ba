package com.precog.domain.position;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The trailing-stop state of one position (the {@code trailing_stop_state} JSON of SPEC §7).
 * Prices are micro-dollars of the held side; the peak is the highest mark seen since entry.
 *
 * <p>Invariants: inactive ⇒ stop 0 and no activation time; active ⇒ {@code 0 < stop < peak}
 * and activation price ≤ peak. The stop only rises ({@link #update}). Immutable; an update
 * that changes nothing returns {@code this}.
 */
public record TrailingStop(TrailingStopConfig config, boolean active, Optional<Instant> activatedAt,
                           long activationPriceMicros, long peakPriceMicros, Instant peakAt,
                           long stopPriceMicros, long distancePpm) {
    public TrailingStop {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(activatedAt, "activatedAt");
        Objects.requireNonNull(peakAt, "peakAt");
        if (peakPriceMicros <= 0 || peakPriceMicros >= 1_000_000) {
            throw new IllegalArgumentException("peakPriceMicros must be within (0, 1_000_000), was " + peakPriceMicros);
        }
        if (active) {
            if (activatedAt.isEmpty()) throw new IllegalArgumentException("an active trailing stop needs activatedAt");
            if (stopPriceMicros <= 0 || stopPriceMicros >= peakPriceMicros) {
                throw new IllegalArgumentException("stopPriceMicros must be within (0, peak=" + peakPriceMicros + "), was " + stopPriceMicros);
            }
            if (activationPriceMicros <= 0 || activationPriceMicros > peakPriceMicros) {
                throw new IllegalArgumentException("activationPriceMicros must be within (0, peak], was " + activationPriceMicros);
            }
        } else if (stopPriceMicros != 0 || activatedAt.isPresent() || activationPriceMicros != 0 || distancePpm != 0) {
            throw new IllegalArgumentException("an inactive trailing stop has no stop, distance, activation price or time");
        }
    }

    /** The state right after entry at {@code entryPriceMicros}: inactive, peak = entry price. */
    public static TrailingStop initial(TrailingStopConfig config, long entryPriceMicros, Instant at) {
        return new TrailingStop(config, false, Optional.empty(), 0, entryPriceMicros, at, 0, 0);
    }

    /** Gain in ppm of a price over the all-in entry cost per contract (10^-8 $ units), rounded down. */
    public static long gainPpm(long priceMicros, long entryCostUnitsPerContract) {
        return Math.floorDiv((priceMicros * 100 - entryCostUnitsPerContract) * 1_000_000L, entryCostUnitsPerContract);
    }

    /**
     * Folds a new mark in: raises the peak, arms the stop when the mark's gain reaches the
     * activation, recomputes the distance from the gain at the peak and raises the stop.
     */
    public TrailingStop update(long markMicros, long entryCostUnitsPerContract, Instant at) {
        if (markMicros <= 0) return this;
        long peak = peakPriceMicros;
        Instant peakTime = peakAt;
        if (markMicros > peak) {
            peak = markMicros;
            peakTime = at;
        }
        boolean nowActive = active;
        Optional<Instant> actAt = activatedAt;
        long actPrice = activationPriceMicros;
        if (!nowActive && gainPpm(markMicros, entryCostUnitsPerContract) >= config.activationPpm()) {
            nowActive = true;
            actAt = Optional.of(at);
            actPrice = markMicros;
        }
        long stop = stopPriceMicros;
        long dist = distancePpm;
        if (nowActive) {
            long d = config.distancePpm(gainPpm(peak, entryCostUnitsPerContract));
            long candidate = Math.max(1, peak * (1_000_000L - d) / 1_000_000L);
            if (candidate > stop) {
                stop = candidate;
                dist = d;
            }
        }
        if (peak == peakPriceMicros && nowActive == active && stop == stopPriceMicros) return this;
        return new TrailingStop(config, nowActive, actAt, actPrice, peak, peakTime, stop, dist);
    }

    /** True when armed and {@code markMicros ≤ stop}. */
    public boolean isHit(long markMicros) {
        return active && markMicros > 0 && markMicros <= stopPriceMicros;
    }
}
