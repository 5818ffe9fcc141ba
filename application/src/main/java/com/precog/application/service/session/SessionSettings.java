package com.precog.application.service.session;

import com.precog.domain.order.ExecutionEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a live-data trading session (paper, demo or live) runs: which series it discovers markets
 * in, and the cadence of its periodic work.
 *
 * @param environment       paper, demo or live (backtests do not use a session)
 * @param seriesTickers     Kalshi series whose open markets are tracked (e.g. KXNFLGAME)
 * @param discoveryInterval how often open markets are re-discovered (new markets subscribed, closed ones dropped)
 * @param tickInterval      cadence of the monitoring tick: exits, fills, resting entries, breakers (SPEC: 1 s)
 * @param entryTimeout      a resting entry order older than this is canceled (its fills stay positions)
 * @param healthInterval    how often the health snapshot is published
 */
public record SessionSettings(ExecutionEnvironment environment, List<String> seriesTickers, Duration discoveryInterval,
                              Duration tickInterval, Duration entryTimeout, Duration healthInterval) {
    public SessionSettings {
        Objects.requireNonNull(environment, "environment");
        if (environment == ExecutionEnvironment.BACKTEST) throw new IllegalArgumentException("a trading session runs paper, demo or live, not backtest");
        seriesTickers = List.copyOf(seriesTickers);
        if (seriesTickers.isEmpty()) throw new IllegalArgumentException("at least one series ticker is needed");
        positive(discoveryInterval, "discoveryInterval");
        positive(tickInterval, "tickInterval");
        positive(entryTimeout, "entryTimeout");
        positive(healthInterval, "healthInterval");
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, was " + d);
    }

    /** SPEC cadences: discovery every 5 min, monitoring every 1 s, entries rest at most 30 s, health every 2 s. */
    public static SessionSettings defaults(ExecutionEnvironment environment, List<String> seriesTickers) {
        return new SessionSettings(environment, seriesTickers, Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(2));
    }

    /** The same settings with another tick cadence (tests and soak runs compress time). */
    public SessionSettings withTick(Duration tick) {
        return new SessionSettings(environment, seriesTickers, discoveryInterval, tick, entryTimeout, healthInterval);
    }

    /** The same settings with another resting-entry timeout. */
    public SessionSettings withEntryTimeout(Duration timeout) {
        return new SessionSettings(environment, seriesTickers, discoveryInterval, tickInterval, timeout, healthInterval);
    }

    /** The same settings with another discovery cadence. */
    public SessionSettings withDiscovery(Duration discovery) {
        return new SessionSettings(environment, seriesTickers, discovery, tickInterval, entryTimeout, healthInterval);
    }
}
