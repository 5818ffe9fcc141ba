package com.precog.application.config;

import com.precog.application.port.out.ConfigOverrides;
import com.precog.domain.money.FeeSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration in force: for every key of {@link ConfigSchema}, the active unexpired
 * override, else the YAML value, else the built-in default. Built only from valid values:
 * {@link #resolve} reports every problem at once. Immutable and thread-safe.
 */
public final class EffectiveConfig {

    /** One resolved setting. */
    public record Setting(ConfigKey key, String value, ConfigSource source) {}

    private final Map<String, Setting> settings;

    private EffectiveConfig(Map<String, Setting> settings) {
        this.settings = Collections.unmodifiableMap(settings);
    }

    /** Built-in defaults only. */
    public static EffectiveConfig defaults() {
        return resolve(Map.of(), List.of());
    }

    /**
     * Resolves YAML values ({@code file:path → text}) and overrides against the schema.
     * @throws InvalidConfigException with every problem found (YAML and overrides alike)
     */
    public static EffectiveConfig resolve(Map<String, String> yamlValues, List<ConfigOverrides.Override> overrides) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Setting> out = new LinkedHashMap<>();
        for (ConfigKey key : ConfigSchema.keys().values()) {
            out.put(key.id(), new Setting(key, key.defaultValue(), ConfigSource.DEFAULT));
        }
        for (Map.Entry<String, String> e : yamlValues.entrySet()) {
            ConfigKey key = ConfigSchema.keys().get(e.getKey());
            String[] fp = e.getKey().split(":", 2);
            if (key == null) {
                problems.add(new ConfigProblem(fp[0], fp.length > 1 ? fp[1] : "", e.getValue(), "unknown key", ""));
                continue;
            }
            var bad = key.problemWith(e.getValue());
            if (bad.isPresent()) {
                problems.add(new ConfigProblem(key.file(), key.path(), e.getValue(), bad.get(), key.allowed()));
            } else {
                out.put(key.id(), new Setting(key, e.getValue().trim(), ConfigSource.YAML));
            }
        }
        for (ConfigOverrides.Override o : overrides) {
            ConfigKey key = ConfigSchema.keys().get(o.file() + ":" + o.path());
            if (key == null) {
                problems.add(new ConfigProblem(o.file(), o.path(), o.value(), "override of an unknown key", ""));
                continue;
            }
            var bad = key.problemWith(o.value());
            if (bad.isPresent()) {
                problems.add(new ConfigProblem(key.file(), key.path(), o.value(), "override " + bad.get(), key.allowed()));
            } else {
                out.put(key.id(), new Setting(key, o.value().trim(), ConfigSource.OVERRIDE));
            }
        }
        EffectiveConfig cfg = new EffectiveConfig(out);
        if (problems.isEmpty()) {
            problems.addAll(cfg.crossChecks());
        }
        if (problems.isEmpty()) {
            problems.addAll(ConfiguredEntries.problems(cfg)); // in range, yet refused by the trading rules (e.g. an alert threshold of 0)
        }
        if (!problems.isEmpty()) throw new InvalidConfigException(problems);
        return cfg;
    }

    /**
     * This configuration's YAML values (its defaults and file settings) with {@code overrides} on top,
     * in place of any it was resolved with — what a process that read the files first applies once it
     * has read the database's active overrides.
     * @throws InvalidConfigException when an override is invalid or breaks a cross-field rule
     */
    public EffectiveConfig withOverrides(List<ConfigOverrides.Override> overrides) {
        Map<String, String> yaml = new LinkedHashMap<>();
        for (Setting s : settings.values()) if (s.source() == ConfigSource.YAML) yaml.put(s.key().id(), s.value());
        return resolve(yaml, overrides);
    }

    /** Resolves with the overrides that apply at {@code now}. */
    public static EffectiveConfig resolve(Map<String, String> yamlValues, ConfigOverrides overrides, Instant now) {
        return resolve(yamlValues, overrides.activeAt(now));
    }

    private List<ConfigProblem> crossChecks() {
        List<ConfigProblem> p = new ArrayList<>();
        BigDecimal hardMax = decimal(ConfigSchema.TRADING, "kelly_hard_max");
        for (Setting s : settings.values()) {
            if (s.key().file().equals(ConfigSchema.TRADING) && s.key().path().startsWith("kelly_fraction")
                    && new BigDecimal(s.value()).compareTo(hardMax) > 0) {
                p.add(new ConfigProblem(s.key().file(), s.key().path(), s.value(), "exceeds kelly_hard_max " + hardMax, "0 to " + hardMax));
            }
        }
        if (decimal(ConfigSchema.POSITIONS, "partial_exit.stage2_gain").compareTo(decimal(ConfigSchema.POSITIONS, "partial_exit.stage1_gain")) <= 0) {
            p.add(new ConfigProblem(ConfigSchema.POSITIONS, "partial_exit.stage2_gain", text(ConfigSchema.POSITIONS, "partial_exit.stage2_gain"),
                    "must be above partial_exit.stage1_gain", "> " + text(ConfigSchema.POSITIONS, "partial_exit.stage1_gain")));
        }
        if (decimal(ConfigSchema.POSITIONS, "partial_exit.stage1_fraction").add(decimal(ConfigSchema.POSITIONS, "partial_exit.stage2_fraction")).compareTo(BigDecimal.ONE) > 0) {
            p.add(new ConfigProblem(ConfigSchema.POSITIONS, "partial_exit.stage2_fraction", text(ConfigSchema.POSITIONS, "partial_exit.stage2_fraction"),
                    "stage fractions add up to more than 1", "stage1_fraction + stage2_fraction <= 1"));
        }
        if (duration(ConfigSchema.STRATEGIES, "pre_game_entry.window_start").compareTo(duration(ConfigSchema.STRATEGIES, "pre_game_entry.window_end")) <= 0) {
            p.add(new ConfigProblem(ConfigSchema.STRATEGIES, "pre_game_entry.window_start", text(ConfigSchema.STRATEGIES, "pre_game_entry.window_start"),
                    "must be longer before the start than window_end", "> " + text(ConfigSchema.STRATEGIES, "pre_game_entry.window_end")));
        }
        if (decimal(ConfigSchema.TRADING, "edges.action.auto_execute").compareTo(decimal(ConfigSchema.TRADING, "edges.action.alert")) < 0) {
            p.add(new ConfigProblem(ConfigSchema.TRADING, "edges.action.auto_execute", text(ConfigSchema.TRADING, "edges.action.auto_execute"),
                    "must not be below edges.action.alert", ">= " + text(ConfigSchema.TRADING, "edges.action.alert")));
        }
        // a live game is polled every espn.live_poll_interval: a stale limit under two polls trips and resolves data_stale
        // around every poll, two circuit_breaker_events rows per live market each time
        if (duration(ConfigSchema.TRADING, "circuit_breakers.stale_game_after")
                .compareTo(duration(ConfigSchema.DATA, "espn.live_poll_interval").multipliedBy(2)) < 0) {
            p.add(new ConfigProblem(ConfigSchema.TRADING, "circuit_breakers.stale_game_after", text(ConfigSchema.TRADING, "circuit_breakers.stale_game_after"),
                    "must allow two live polls (espn.live_poll_interval " + text(ConfigSchema.DATA, "espn.live_poll_interval") + ")",
                    ">= 2 x espn.live_poll_interval"));
        }
        if (duration(ConfigSchema.POSITIONS, "monitoring.urgent_interval").compareTo(duration(ConfigSchema.POSITIONS, "monitoring.normal_interval")) > 0) {
            p.add(new ConfigProblem(ConfigSchema.POSITIONS, "monitoring.urgent_interval", text(ConfigSchema.POSITIONS, "monitoring.urgent_interval"),
                    "must not be longer than monitoring.normal_interval", "<= " + text(ConfigSchema.POSITIONS, "monitoring.normal_interval")));
        }
        if (decimal(ConfigSchema.TRADING, "limits.min_position_dollars").compareTo(decimal(ConfigSchema.TRADING, "limits.max_position_dollars")) > 0) {
            p.add(new ConfigProblem(ConfigSchema.TRADING, "limits.min_position_dollars", text(ConfigSchema.TRADING, "limits.min_position_dollars"),
                    "must not exceed limits.max_position_dollars", "<= " + text(ConfigSchema.TRADING, "limits.max_position_dollars")));
        }
        p.addAll(ConfiguredExits.problems(this)); // exit numbers the domain cannot hold (exclusive bounds, precision)
        modelChecks(p);
        return p;
    }

    /** What the probability models (ConfiguredModels) could not be built from although each value is in its range. */
    private void modelChecks(List<ConfigProblem> p) {
        String m = ConfigSchema.MODELS;
        try {
            java.time.LocalDate.parse(text(m, "elo.home_advantage_cutover"));
        } catch (java.time.format.DateTimeParseException e) {
            p.add(new ConfigProblem(m, "elo.home_advantage_cutover", text(m, "elo.home_advantage_cutover"), "not a date", "an ISO date such as 2020-03-12"));
        }
        if (decimal(m, "elo.mov_multiplier_max").compareTo(decimal(m, "elo.mov_multiplier_min")) < 0) {
            p.add(new ConfigProblem(m, "elo.mov_multiplier_max", text(m, "elo.mov_multiplier_max"),
                    "must not be below elo.mov_multiplier_min", ">= " + text(m, "elo.mov_multiplier_min")));
        }
        for (Setting s : settings.values()) {
            if (s.key().file().equals(m) && s.key().path().startsWith("elo.k.") && new BigDecimal(s.value()).signum() <= 0) {
                p.add(new ConfigProblem(m, s.key().path(), s.value(), "K must be above 0", "above 0 to 100"));
            }
        }
        if (decimal(m, "adjustments.shrinkage_factor").compareTo(BigDecimal.ONE) >= 0) {
            p.add(new ConfigProblem(m, "adjustments.shrinkage_factor", text(m, "adjustments.shrinkage_factor"),
                    "shrinking all the way to 0.5 leaves no forecast", "0 to below 1"));
        }
        boolean anyWeight = false;
        for (Setting s : settings.values()) {
            if (s.key().file().equals(m) && s.key().path().startsWith("ensemble.weights.") && new BigDecimal(s.value()).signum() > 0) anyWeight = true;
        }
        if (!anyWeight) {
            p.add(new ConfigProblem(m, "ensemble.weights", "0", "every ensemble weight is 0", "at least one weight above 0"));
        }
    }

    private Setting setting(String file, String path) {
        Setting s = settings.get(file + ":" + path);
        if (s == null) throw new IllegalArgumentException("no such setting " + file + ":" + path);
        return s;
    }

    public String text(String file, String path) {
        return setting(file, path).value();
    }

    /**
     * {@return Kalshi's General Trading Fees coefficients as configured ({@code fees.taker_coefficient},
     * {@code fees.maker_coefficient} of trading.yaml): the base each series' fee type and
     * {@code fee_multiplier} scale}
     */
    public FeeSchedule generalFees() {
        return FeeSchedule.of(text(ConfigSchema.TRADING, "fees.taker_coefficient"), text(ConfigSchema.TRADING, "fees.maker_coefficient"));
    }

    public BigDecimal decimal(String file, String path) {
        return new BigDecimal(text(file, path));
    }

    public long integer(String file, String path) {
        return Long.parseLong(text(file, path));
    }

    public Duration duration(String file, String path) {
        return ConfigKey.parseDuration(text(file, path));
    }

    public boolean bool(String file, String path) {
        return Boolean.parseBoolean(text(file, path));
    }

    public ConfigSource source(String file, String path) {
        return setting(file, path).source();
    }

    /** Every setting, in schema order. */
    public List<Setting> all() {
        return List.copyOf(settings.values());
    }
}
