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
 * @param shutdownGrace     how long a graceful stop waits for the session's last work (cancels, last fills) to finish
 */
public record SessionSettings(ExecutionEnvironment environment, List<String> seriesTickers, Duration discoveryInterval,
                              Duration tickInterval, Duration entryTimeout, Duration healthInterval, Duration shutdownGrace) {
    public SessionSettings {
        Objects.requireNonNull(environment, "environment");
        if (environment == ExecutionEnvironment.BACKTEST) throw new IllegalArgumentException("a trading session runs paper, demo or live, not backtest");
        seriesTickers = List.copyOf(seriesTickers);
        if (seriesTickers.isEmpty()) throw new IllegalArgumentException("at least one series ticker is needed");
        positive(discoveryInterval, "discoveryInterval");
        positive(tickInterval, "tickInterval");
        positive(entryTimeout, "entryTimeout");
        positive(healthInterval, "healthInterval");
        positive(shutdownGrace, "shutdownGrace");
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, was " + d);
    }

    /** SPEC cadences: discovery every 5 min, monitoring every 1 s, entries rest at most 30 s, health every 2 s; a graceful stop waits 20 s. */
    public static SessionSettings defaults(ExecutionEnvironment environment, List<String> seriesTickers) {
        return new SessionSettings(environment, seriesTickers, Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(2), Duration.ofSeconds(20));
    }

    /** The same settings with another tick cadence (tests and soak runs compress time). */
    public SessionSettings withTick(Duration tick) {
        return new SessionSettings(environment, seriesTickers, discoveryInterval, tick, entryTimeout, healthInterval, shutdownGrace);
    }

    /** The same settings with another resting-entry timeout. */
    public SessionSettings withEntryTimeout(Duration timeout) {
        return new SessionSettings(environment, seriesTickers, discoveryInterval, tickInterval, timeout, healthInterval, shutdownGrace);
    }

    /** The same settings with another discovery cadence. */
    public SessionSettings withDiscovery(Duration discovery) {
        return new SessionSettings(environment, seriesTickers, discovery, tickInterval, entryTimeout, healthInterval, shutdownGrace);
    }

    /** The same settings with another health-snapshot cadence (system.yaml {@code health.check_interval}). */
    public SessionSettings withHealth(Duration health) {
        return new SessionSettings(environment, seriesTickers, discoveryInterval, tickInterval, entryTimeout, health, shutdownGrace);
    }

    /** The same settings with another graceful-stop wait (system.yaml {@code shutdown.grace_period}). */
    public SessionSettings withShutdownGrace(Duration grace) {
        return new SessionSettings(environment, seriesTickers, discoveryInterval, tickInterval, entryTimeout, healthInterval, grace);
    }
}
