package com.precog.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A running session's health at one instant (what {@code precog health} shows): its components,
 * active circuit breakers, data freshness, API budget and counters. Immutable.
 *
 * @param at                 when the snapshot was taken
 * @param environment        paper, demo or live
 * @param state              STARTING, RECONCILING, RUNNING, STOPPING or STOPPED
 * @param startedAt          when the session started
 * @param components         each component's status (UP, DEGRADED, DOWN) with a detail
 * @param breakers           active circuit breakers
 * @param marketsTracked     markets discovered and subscribed
 * @param booksLive          markets with a live (non-stale) book
 * @param openPositions      open positions
 * @param restingEntries     entry orders resting at the venue
 * @param lastBookUpdate     last order book change, if any
 * @param lastGameUpdate     last game state change, if any
 * @param apiBudgetAvailable API calls left in the current minute
 * @param apiBudgetPerMinute the budget per minute
 * @param ordersPlaced       orders placed since start
 * @param fillsRecorded      fills recorded since start
 * @param reconciliation     what start-up reconciliation did
 */
public record SessionHealth(Instant at, String environment, String state, Instant startedAt, List<Component> components,
                            List<ActiveBreaker> breakers, int marketsTracked, int booksLive, int openPositions, int restingEntries,
                            Optional<Instant> lastBookUpdate, Optional<Instant> lastGameUpdate, long apiBudgetAvailable,
                            long apiBudgetPerMinute, long ordersPlaced, long fillsRecorded, String reconciliation) {
    public SessionHealth {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        components = List.copyOf(components);
        breakers = List.copyOf(breakers);
        Objects.requireNonNull(lastBookUpdate, "lastBookUpdate");
        Objects.requireNonNull(lastGameUpdate, "lastGameUpdate");
        reconciliation = reconciliation == null ? "" : reconciliation;
    }

    /** UP when every component is UP, DOWN when any is DOWN, else DEGRADED. */
    public String status() {
        boolean degraded = false;
        for (Component c : components) {
            if (c.status().equals(Component.DOWN)) return Component.DOWN;
            if (!c.status().equals(Component.UP)) degraded = true;
        }
        return degraded ? Component.DEGRADED : Component.UP;
    }

    /** Age of the last book update at {@link #at()}, empty when there was none. */
    public Optional<Duration> bookAge() {
        return lastBookUpdate.map(t -> Duration.between(t, at));
    }

    /** One component (market data, orders, game feed, database...). */
    public record Component(String name, String status, String detail) {
        public static final String UP = "UP";
        public static final String DEGRADED = "DEGRADED";
        public static final String DOWN = "DOWN";

        public Component {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
            if (!status.equals(UP) && !status.equals(DEGRADED) && !status.equals(DOWN)) {
                throw new IllegalArgumentException("status must be UP, DEGRADED or DOWN, was " + status);
            }
            detail = detail == null ? "" : detail;
        }
    }

    /** An active circuit breaker. */
    public record ActiveBreaker(String kind, String scope, String reason, Instant since) {
        public ActiveBreaker {
            Objects.requireNonNull(kind, "kind");
            scope = scope == null ? "" : scope;
            reason = reason == null ? "" : reason;
            Objects.requireNonNull(since, "since");
        }
    }
}
