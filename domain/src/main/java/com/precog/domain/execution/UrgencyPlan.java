package com.precog.domain.execution;

import com.precog.domain.exit.ExitPriority;
import java.time.Duration;
import java.util.Objects;

/**
 * How an exit of one priority is worked (SPEC §9): first price, timeout per attempt, number of
 * one-tick walks, and what happens when the walks run out. For CRITICAL the timeout is the
 * total re-send budget (5 s) before an alert. Invariants: positive timeout, 0–100 walks.
 */
public record UrgencyPlan(ExitPriority priority, FirstPrice firstPrice, Duration timeout, int maxWalks, WalksExhausted whenExhausted) {
    public UrgencyPlan {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(firstPrice, "firstPrice");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        if (maxWalks < 0 || maxWalks > 100) throw new IllegalArgumentException("maxWalks must be within [0, 100], was " + maxWalks);
        Objects.requireNonNull(whenExhausted, "whenExhausted");
    }

    /** The SPEC §9 table row for {@code priority}. */
    public static UrgencyPlan defaultFor(ExitPriority priority) {
        return switch (priority) {
            case CRITICAL -> new UrgencyPlan(priority, FirstPrice.WORST_ACCEPTABLE_IOC, Duration.ofSeconds(5), 0, WalksExhausted.RESEND_IOC);
            case HIGH -> new UrgencyPlan(priority, FirstPrice.BID_PLUS_TICK, Duration.ofSeconds(10), 2, WalksExhausted.IOC_CROSS);
            case MEDIUM -> new UrgencyPlan(priority, FirstPrice.MID, Duration.ofSeconds(30), 5, WalksExhausted.CANCEL_AND_REEVALUATE);
            case LOW -> new UrgencyPlan(priority, FirstPrice.ASK_MINUS_TICK, Duration.ofSeconds(60), 10, WalksExhausted.CANCEL);
        };
    }
}
