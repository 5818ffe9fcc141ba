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
 * that changes nothing returns {@code this}. Thread-safe.
 *
 * @param config the trailing-stop parameters
 * @param active whether the stop is armed
 * @param activatedAt when it was armed; empty while inactive
 * @param activationPriceMicros the mark that armed it in micro-dollars; 0 while inactive
 * @param peakPriceMicros the highest mark since entry in micro-dollars, {@code 1 .. 999_999}
 * @param peakAt when the peak was seen
 * @param stopPriceMicros the stop in micro-dollars, within (0, peak) when armed; 0 while inactive
 * @param distancePpm the stop's distance below the peak in millionths; 0 while inactive
 */
public record TrailingStop(TrailingStopConfig config, boolean active, Optional<Instant> activatedAt,
                           long activationPriceMicros, long peakPriceMicros, Instant peakAt,
                           long stopPriceMicros, long distancePpm) {
    /**
     * Validates the invariants above.
     *
     * @throws IllegalArgumentException if they fail
     * @throws NullPointerException if the config, activation time option or peak time is null
     */
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

    /**
     * The state right after entry: inactive, peak = entry price.
     *
     * @param config the trailing-stop parameters
     * @param entryPriceMicros the entry price in micro-dollars
     * @param at the entry time
     * @return the inactive state
     */
    public static TrailingStop initial(TrailingStopConfig config, long entryPriceMicros, Instant at) {
        return new TrailingStop(config, false, Optional.empty(), 0, entryPriceMicros, at, 0, 0);
    }

    /**
     * Gain of a price over the all-in entry cost.
     *
     * @param priceMicros a price in micro-dollars
     * @param entryCostUnitsPerContract the all-in entry cost per contract in 10<sup>-8</sup> $ units, positive
     * @return {@code (price − cost)/cost} in millionths, rounded down (toward −∞)
     */
    public static long gainPpm(long priceMicros, long entryCostUnitsPerContract) {
        return Math.floorDiv((priceMicros * 100 - entryCostUnitsPerContract) * 1_000_000L, entryCostUnitsPerContract);
    }

    /**
     * Folds a new mark in: raises the peak, arms the stop when the mark's gain reaches the
     * activation, recomputes the distance from the gain at the peak and raises the stop.
     *
     * @param markMicros the new mark in micro-dollars; 0 or less (no bid) changes nothing
     * @param entryCostUnitsPerContract the all-in entry cost per contract in 10<sup>-8</sup> $ units
     * @param at the time of the mark
     * @return the new state, or {@code this} when nothing changes
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

    /**
     * Whether the stop is hit.
     *
     * @param markMicros the mark in micro-dollars
     * @return {@code true} when armed, the mark is positive and {@code markMicros ≤ stop}
     */
    public boolean isHit(long markMicros) {
        return active && markMicros > 0 && markMicros <= stopPriceMicros;
    }
}
