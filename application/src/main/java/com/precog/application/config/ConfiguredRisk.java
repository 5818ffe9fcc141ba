package com.precog.application.config;

import com.precog.application.service.positions.MonitorConfig;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.execution.UrgencyPlan;
import com.precog.domain.money.Dollars;
import com.precog.domain.risk.BreakerConfig;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The circuit breakers, the exit execution plans and the monitoring cadence as configured (SPEC §8, §9, §10, §12):
 * every number comes from {@code trading.yaml} ({@code circuit_breakers.*}) and {@code position_management.yaml}
 * ({@code execution.*}, {@code monitoring.*}) through the {@link EffectiveConfig} (database override &gt; YAML &gt;
 * built-in default), so an operator's change reaches the daemon. With the built-in defaults each factory returns exactly
 * the SPEC defaults ({@link BreakerConfig#defaults()}, {@link ExecutionPolicy#defaults()}, {@link MonitorConfig#defaults()}).
 * Decimals are converted exactly (never through a {@code double}).
 */
public final class ConfiguredRisk {
    private ConfiguredRisk() {}

    /** {@code circuit_breakers.*} of trading.yaml. */
    public static BreakerConfig breakers(EffectiveConfig cfg) {
        String f = ConfigSchema.TRADING;
        return new BreakerConfig(
                Dollars.of(cfg.decimal(f, "circuit_breakers.daily_loss_dollars")),
                Dollars.of(cfg.decimal(f, "circuit_breakers.rapid_loss_dollars")),
                cfg.duration(f, "circuit_breakers.rapid_loss_window"),
                count(cfg, f, "circuit_breakers.consecutive_losses"),
                count(cfg, f, "circuit_breakers.api_failures"),
                cfg.duration(f, "circuit_breakers.api_failures_window"),
                cfg.duration(f, "circuit_breakers.api_failures_reset_after"),
                cfg.duration(f, "circuit_breakers.stale_price_after"),
                cfg.duration(f, "circuit_breakers.stale_game_after"),
                micros(cfg, f, "circuit_breakers.edge_anomaly_edge"),
                count(cfg, f, "circuit_breakers.edge_anomaly_count"),
                cfg.duration(f, "circuit_breakers.edge_anomaly_window"),
                count(cfg, f, "circuit_breakers.unusual_activity_trades"),
                cfg.duration(f, "circuit_breakers.unusual_activity_window"));
    }

    /**
     * {@code execution.*} of position_management.yaml: the maximum slippage of an immediate exit, the CRITICAL re-send
     * budget, and per HIGH/MEDIUM/LOW the time per price step and the number of one-tick walks. The first price and what
     * happens when the walks run out stay those of the SPEC §9 table.
     */
    public static ExecutionPolicy execution(EffectiveConfig cfg) {
        String f = ConfigSchema.POSITIONS;
        Map<ExitPriority, UrgencyPlan> plans = new EnumMap<>(ExitPriority.class);
        for (ExitPriority p : ExitPriority.values()) {
            UrgencyPlan spec = UrgencyPlan.defaultFor(p);
            String key = "execution." + p.name().toLowerCase(java.util.Locale.ROOT);
            Duration timeout = cfg.duration(f, key + ".timeout");
            int walks = p == ExitPriority.CRITICAL ? spec.maxWalks() : count(cfg, f, key + ".walks");
            plans.put(p, new UrgencyPlan(p, spec.firstPrice(), timeout, walks, spec.whenExhausted()));
        }
        return new ExecutionPolicy(plans, micros(cfg, f, "execution.max_slippage")); // the schema keeps it below 1
    }

    /**
     * {@code monitoring.*} of position_management.yaml: the normal and urgent re-check cadence, the distance to a
     * threshold that counts as near, and how long the streamed book is trusted. The mark step that makes a stored
     * position version stays $0.01.
     */
    public static MonitorConfig monitor(EffectiveConfig cfg) {
        String f = ConfigSchema.POSITIONS;
        long margin = micros(cfg, f, "monitoring.urgent_proximity"); // urgent ≤ normal: a cross-check of EffectiveConfig
        return new MonitorConfig(cfg.duration(f, "monitoring.normal_interval"), cfg.duration(f, "monitoring.urgent_interval"), margin,
                cfg.duration(f, "monitoring.price_cache_ttl"), MonitorConfig.defaults().markStepMicros());
    }

    /** {@code monitoring.api_budget_per_minute}: the exchange requests position monitoring may make a minute. */
    public static int monitoringRequestsPerMinute(EffectiveConfig cfg) {
        return count(cfg, ConfigSchema.POSITIONS, "monitoring.api_budget_per_minute");
    }

    /** A decimal in millionths, exact ({@link ConfigKey} allows at most 6 decimal places). */
    private static long micros(EffectiveConfig cfg, String file, String path) {
        return cfg.decimal(file, path).movePointRight(6).longValueExact();
    }

    private static int count(EffectiveConfig cfg, String file, String path) {
        return Math.toIntExact(cfg.integer(file, path));
    }
}
