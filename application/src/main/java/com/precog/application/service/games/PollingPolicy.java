package com.precog.application.service.games;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the game watcher polls a league: {@code liveInterval} while any tracked game is
 * live or about to start, {@code idleInterval} otherwise; scoreboards older than
 * {@code maxAge} are rejected. A flagged observation (e.g. a lowered score) whose flagged fields
 * (teams, scores, period, status) the source repeats in {@code correctionConfirmations}
 * consecutive polls is accepted as an official correction (0 = never); the clock may run
 * meanwhile. Defaults (SPEC §1.3): 15 s, 5 min, 60 s; 3 confirmations.
 */
public record PollingPolicy(Duration liveInterval, Duration idleInterval, Duration maxAge, int correctionConfirmations) {
    public static final PollingPolicy DEFAULT = new PollingPolicy(Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofSeconds(60), 3);

    public PollingPolicy(Duration liveInterval, Duration idleInterval, Duration maxAge) {
        this(liveInterval, idleInterval, maxAge, DEFAULT.correctionConfirmations);
    }

    public PollingPolicy withCorrectionConfirmations(int n) {
        return new PollingPolicy(liveInterval, idleInterval, maxAge, n);
    }

    public PollingPolicy {
        if (correctionConfirmations < 0) {
            throw new IllegalArgumentException("correctionConfirmations must be >= 0, was " + correctionConfirmations);
        }
        requirePositive(liveInterval, "liveInterval");
        requirePositive(idleInterval, "idleInterval");
        requirePositive(maxAge, "maxAge");
        if (idleInterval.compareTo(liveInterval) < 0) {
            throw new IllegalArgumentException("idleInterval must be >= liveInterval, was " + idleInterval + " < " + liveInterval);
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
}
