package com.precog.application.service.trading;

import java.time.Duration;
import java.util.Objects;

/**
 * How the entry loop works a maker (resting) entry (issue 7; SPEC §4 maker edges, §9 "entries
 * mirror the exit table for buying"). A maker entry is posted only when no taker edge qualifies
 * but the maker edge — at the price a resting buy would get, with the maker fee — clears the same
 * strictest threshold. It is a patient order, worked like the LOW exit mirrored: post-only GTC at
 * the passive price; after {@code restTimeout} without a complete fill it is canceled and re-posted
 * one tick higher (toward the ask) for the remainder, at most {@code maxWalks} times; a walk never
 * reaches the ask (post-only: it would cross) and never goes to a price whose maker edge falls
 * below the threshold. When it runs out it is canceled and no maker entry is posted in that market
 * for {@code cooldown}. It is canceled at once when a re-evaluation finds the market closed, entries
 * halted, or the maker edge at its own price below the threshold.
 */
public record MakerEntryPolicy(boolean enabled, Duration restTimeout, int maxWalks, Duration cooldown) {
    public MakerEntryPolicy {
        Objects.requireNonNull(restTimeout, "restTimeout");
        Objects.requireNonNull(cooldown, "cooldown");
        if (restTimeout.isNegative() || restTimeout.isZero()) throw new IllegalArgumentException("restTimeout must be positive, was " + restTimeout);
        if (maxWalks < 0 || maxWalks > 100) throw new IllegalArgumentException("maxWalks must be within [0, 100], was " + maxWalks);
        if (cooldown.isNegative()) throw new IllegalArgumentException("cooldown must not be negative, was " + cooldown);
    }

    /** The LOW row of SPEC §9 mirrored: 60 s per attempt, 10 walks; a 60 s cooldown after giving up. */
    public static MakerEntryPolicy defaults() {
        return new MakerEntryPolicy(true, Duration.ofSeconds(60), 10, Duration.ofSeconds(60));
    }

    /** Taker entries only. */
    public static MakerEntryPolicy disabled() {
        return new MakerEntryPolicy(false, Duration.ofSeconds(60), 0, Duration.ZERO);
    }
}
