package com.precog.application.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting Precog reads, with its file, range and SPEC default (SPEC §12). This is the
 * single list the YAML loader validates against, the override store validates against, and the
 * shipped {@code config/*.yaml} files mirror (a test keeps them in step).
 */
public final class ConfigSchema {
    public static final String SYSTEM = "system.yaml";
    public static final String TRADING = "trading.yaml";
    public static final String STRATEGIES = "trade_strategies.yaml";
    public static final String POSITIONS = "position_management.yaml";
    public static final String MODELS = "probability_models.yaml";
    public static final String MARKETS = "markets.yaml";
    public static final String DATA = "data_sources.yaml";
    /** The seven files, in load order. */
    public static final List<String> FILES = List.of(SYSTEM, TRADING, STRATEGIES, POSITIONS, MODELS, MARKETS, DATA);

    private static final List<String> LEAGUES = List.of("nfl", "ncaaf", "nba", "nhl", "mlb");
    private static final Map<String, ConfigKey> KEYS = build();

    private ConfigSchema() {}

    /** All keys by id ({@code file:path}), in declaration order. */
    public static Map<String, ConfigKey> keys() {
        return KEYS;
    }

    public static Optional<ConfigKey> find(String file, String path) {
        return Optional.ofNullable(KEYS.get(file + ":" + path));
    }

    /** Keys of one file. */
    public static List<ConfigKey> keysOf(String file) {
        List<ConfigKey> out = new ArrayList<>();
        for (ConfigKey k : KEYS.values()) if (k.file().equals(file)) out.add(k);
        return out;
    }

    private static Map<String, ConfigKey> build() {
        B b = new B();
        // ---------------------------------------------------------------- system.yaml
        b.file(SYSTEM);
        b.choice("mode", "backtest", "default run mode when --mode is not given", "backtest", "paper", "demo", "live");
        b.integer("database.pool_size", "8", "1", "64", "HikariCP maximum pool size");
        b.dur("database.connection_timeout", "10s", "1s", "10m", "how long a caller waits for a pooled database connection");
        b.choice("logging.format", "text", "log line format", "text", "json");
        b.choice("logging.level", "INFO", "root log level", "TRACE", "DEBUG", "INFO", "WARN", "ERROR");
        b.dur("health.check_interval", "2s", "1s", "1m", "how often the daemon writes its health snapshot (precog health calls it stale after 5 of them, at least 10 s)");
        b.dur("shutdown.grace_period", "20s", "1s", "5m", "how long a graceful stop waits for the session thread to end after its last cancels and fills");
        // ---------------------------------------------------------------- trading.yaml
        b.file(TRADING);
        b.bool("live_trading_confirmed", "false", "explicit confirmation that live mode may trade real money (also needs --live)");
        b.dec("kelly_fraction", "0.25", "0", "0.50", "fractional Kelly multiplier of new strategy versions, at most (a league's own fraction applies when lower)");
        b.dec("kelly_hard_max", "0.50", "0", "0.50", "no Kelly fraction may exceed this");
        // SPEC §5 names no NHL fraction: the NHL takes kelly_fraction's default (StrategyConfig.defaults gives it the base rules)
        b.decPerLeague("kelly_fraction_by_league", Map.of("nfl", "0.25", "ncaaf", "0.20", "nba", "0.22", "nhl", "0.25", "mlb", "0.20"), "0", "0.50");
        b.dec("kelly_fraction_settlement_arbitrage", "0.50", "0", "0.50", "Kelly fraction for settlement arbitrage");
        b.dec("size_reductions.high_volatility_multiple", "2", "1", "10", "volatility ≥ this × normal reduces size");
        b.dec("size_reductions.high_volatility", "0.30", "0", "1", "reduction for high volatility");
        b.integer("size_reductions.low_volume_threshold", "50", "0", "1000000", "24 h volume below this reduces size");
        b.dec("size_reductions.low_volume", "0.50", "0", "1", "reduction for low volume");
        b.dec("size_reductions.wide_spread_threshold", "0.04", "0", "1", "spread above this reduces size");
        b.dec("size_reductions.wide_spread", "0.25", "0", "1", "reduction for a wide spread");
        b.dur("size_reductions.far_from_settlement_threshold", "3h", "1m", "30d", "more time than this to settlement reduces size");
        b.dec("size_reductions.far_from_settlement", "0.20", "0", "1", "reduction far from settlement");
        b.dec("size_reductions.low_confidence_threshold", "0.70", "0", "1", "confidence below this reduces size");
        b.dec("size_reductions.low_confidence", "0.40", "0", "1", "reduction for low confidence");
        b.dec("size_reductions.per_ci_point", "0.02", "0", "0.50", "reduction per point (0.01) of 95% CI width");
        b.dec("limits.max_position_dollars", "500", "0", "5000", "largest position (hard max $5,000)");
        b.dec("limits.max_position_bankroll_fraction", "0.05", "0", "1", "largest position as a share of bankroll");
        b.dec("limits.min_position_dollars", "10", "0", "5000", "smaller positions are skipped");
        b.dec("limits.max_total_exposure_dollars", "10000", "0", "10000000", "total open exposure");
        b.integer("limits.max_open_positions", "10", "0", "10000", "open positions at once");
        b.integer("limits.max_positions_per_game", "3", "0", "100", "positions on one game");
        b.dec("limits.max_dollars_per_game", "1500", "0", "10000000", "exposure on one game");
        b.dec("limits.max_correlated_exposure_dollars", "3000", "0", "10000000", "exposure on correlated markets");
        b.dec("limits.correlation_reject", "0.85", "-1", "1", "reject a candidate correlated at or above this");
        b.dec("limits.correlation_halve", "0.70", "-1", "1", "halve a candidate correlated at or above this");
        // SPEC §5 names no NCAAF share: 1 (the whole total exposure) is no league cap, as RiskLimits.defaults() has it
        b.decPerLeague("limits.max_league_share", Map.of("nfl", "0.60", "ncaaf", "1", "nba", "0.40", "nhl", "0.20", "mlb", "0.30"), "0", "1");
        b.integer("limits.max_trades_per_hour", "10", "0", "100000", "entries per hour");
        b.integer("limits.max_trades_per_day", "50", "0", "1000000", "entries per day");
        b.dec("limits.min_balance_dollars", "1000", "0", "10000000", "no entries below this balance");
        b.dec("edges.threshold.pre_game_entry", "0.08", "0", "0.50", "minimum edge for pre-game entries");
        b.dec("edges.threshold.halftime_entry", "0.06", "0", "0.50", "minimum edge for halftime entries");
        b.dec("edges.threshold.live_trading", "0.10", "0", "0.50", "minimum edge for live entries");
        b.dec("edges.threshold.settlement_arbitrage", "0.02", "0", "0.50", "minimum edge for settlement arbitrage");
        // SPEC §4 names no NHL threshold: 0 is no league minimum (only the strategy's), as EdgeThresholds.defaults() has it
        b.decPerLeague("edges.threshold_by_league", Map.of("nfl", "0.05", "ncaaf", "0.06", "nba", "0.05", "nhl", "0", "mlb", "0.06"), "0", "0.50");
        b.dec("edges.efficiency_base", "0.50", "0", "1", "market efficiency above this raises the threshold");
        b.dec("edges.efficiency_step", "0.10", "0.01", "1", "efficiency step for the add-on");
        b.dec("edges.efficiency_add_on", "0.01", "0", "0.50", "threshold add-on per efficiency step");
        b.dec("edges.signal_confidence", "0.70", "0", "1", "signal only above this confidence");
        b.dec("edges.min_confidence", "0.50", "0", "1", "never signal below this confidence");
        b.dec("edges.action.alert", "0.05", "0", "0.50", "edges below this are ignored");
        b.dec("edges.action.auto_execute", "0.15", "0", "0.50", "edges at or above this execute automatically");
        b.dec("fees.taker_coefficient", "0.07", "0", "0.50", "Kalshi taker fee coefficient (General Trading Fees; each series scales it by its fee_multiplier)");
        b.dec("fees.maker_coefficient", "0.0175", "0", "0.50", "maker fee coefficient on quadratic_with_maker_fees series (times the series' fee_multiplier)");
        b.dec("circuit_breakers.daily_loss_dollars", "500", "0.01", "10000000", "realized + unrealized loss today");
        b.dec("circuit_breakers.rapid_loss_dollars", "200", "0.01", "10000000", "loss within the rapid-loss window");
        b.dur("circuit_breakers.rapid_loss_window", "15m", "1m", "1d", "rapid-loss window");
        b.integer("circuit_breakers.consecutive_losses", "5", "1", "1000", "losing closed trades in a row");
        b.integer("circuit_breakers.api_failures", "5", "1", "1000", "API errors within the window");
        b.dur("circuit_breakers.api_failures_window", "5m", "1s", "1d", "API failure window");
        b.dur("circuit_breakers.api_failures_reset_after", "300s", "1s", "1d", "healthy time before auto reset");
        b.dur("circuit_breakers.stale_price_after", "120s", "10s", "1h", "prices older than this halt entries in that market (min 10s: REST copies are polled every 2s while the WebSocket is down)");
        b.dur("circuit_breakers.stale_game_after", "60s", "1s", "1h", "game states older than this halt entries in that market");
        b.dec("circuit_breakers.edge_anomaly_edge", "0.30", "0.01", "0.99", "edges at or above this are anomalous");
        b.integer("circuit_breakers.edge_anomaly_count", "3", "1", "1000", "anomalous edges within the window");
        b.dur("circuit_breakers.edge_anomaly_window", "10m", "1s", "1d", "edge anomaly window");
        b.integer("circuit_breakers.unusual_activity_trades", "20", "1", "100000", "trades within the window");
        b.dur("circuit_breakers.unusual_activity_window", "5m", "1s", "1d", "unusual activity window");
        // ---------------------------------------------------------------- trade_strategies.yaml
        b.file(STRATEGIES);
        b.bool("pre_game_entry.enabled", "true", "pre-game entries");
        b.dur("pre_game_entry.window_start", "24h", "1m", "30d", "earliest entry before the start");
        b.dur("pre_game_entry.window_end", "30m", "1m", "30d", "latest entry before the start");
        b.bool("halftime_entry.enabled", "true", "halftime entries");
        b.dur("halftime_entry.window", "10m", "1m", "2h", "entries within this of halftime");
        b.bool("live_trading.enabled", "false", "live in-game entries (off by default)");
        b.bool("settlement_arbitrage.enabled", "true", "settlement arbitrage entries");
        b.dec("settlement_arbitrage.min_win_probability", "0.98", "0.5", "1", "certainty needed");
        b.dur("settlement_arbitrage.max_time_left", "120s", "1s", "1h", "only this close to the end");
        b.integer("settlement_arbitrage.nfl.lead_with_possession", "7", "1", "100", "lead with the ball that counts as certain");
        b.dur("settlement_arbitrage.nfl.possession_time_left", "90s", "1s", "1h", "...with at most this left and the opponent out of timeouts");
        b.integer("settlement_arbitrage.nfl.big_lead", "21", "1", "100", "lead that counts as certain");
        b.dur("settlement_arbitrage.nfl.big_lead_time_left", "180s", "1s", "1h", "...with at most this left");
        b.dec("priority.prefer_larger_edge_by", "0.02", "0", "0.50", "a lower-priority strategy wins when its edge is larger by this");
        // ---------------------------------------------------------------- position_management.yaml
        b.file(POSITIONS);
        b.dur("monitoring.normal_interval", "30s", "1s", "1h", "re-check cadence");
        b.dur("monitoring.urgent_interval", "5s", "1s", "1h", "re-check cadence near a threshold");
        b.dec("monitoring.urgent_proximity", "0.02", "0", "0.50", "distance to a threshold that counts as near");
        b.dur("monitoring.price_cache_ttl", "10s", "1s", "1h", "price cache lifetime");
        b.integer("monitoring.api_budget_per_minute", "60", "1", "100000", "monitoring requests per minute");
        b.dec("stop_loss.high_confidence", "-0.15", "-1", "0", "stop loss for high-confidence positions");
        b.dec("stop_loss.medium_confidence", "-0.12", "-1", "0", "stop loss for medium confidence");
        b.dec("stop_loss.low_confidence", "-0.08", "-1", "0", "stop loss for low confidence");
        b.choice("trailing_stop.preset", "balanced", "trailing stop preset", "conservative", "balanced", "aggressive");
        b.dec("trailing_stop.activation_gain", "0.10", "0", "10", "gain that activates the trailing stop");
        b.dec("trailing_stop.initial_distance", "0.05", "0", "1", "stop distance at activation");
        b.dec("trailing_stop.tighten_per_step", "0.01", "0", "1", "distance removed per step of peak gain");
        b.dec("trailing_stop.tighten_step", "0.10", "0.01", "10", "peak-gain step");
        b.dec("trailing_stop.min_distance", "0.02", "0", "1", "tightest distance");
        b.dur("time_based_urgent.before_close", "10m", "1s", "1d", "losing positions this close to the close exit");
        b.dec("liquidity.max_spread", "0.03", "0", "1", "wider spreads mean liquidity dried up");
        b.integer("liquidity.min_volume_24h", "50", "0", "100000000", "lower 24 h volume means liquidity dried up");
        b.dec("profit_target.high_confidence", "0.25", "0", "10", "profit target, high confidence");
        b.dec("profit_target.medium_confidence", "0.20", "0", "10", "profit target, medium confidence");
        b.dec("profit_target.low_confidence", "0.15", "0", "10", "profit target, low confidence");
        b.dec("partial_exit.stage1_gain", "0.15", "0", "10", "gain of the first partial exit");
        b.dec("partial_exit.stage1_fraction", "0.50", "0", "1", "share of the original quantity sold at stage 1");
        b.dec("partial_exit.stage2_gain", "0.25", "0", "10", "gain of the second partial exit");
        b.dec("partial_exit.stage2_fraction", "0.25", "0", "1", "share of the original quantity sold at stage 2");
        b.dec("early_exit.min_edge", "0.02", "-1", "1", "exit when the current edge falls below this");
        b.dec("edge_disappeared.min_edge", "0", "-1", "1", "exit when the current edge falls below this");
        b.dec("rebalance.min_improvement", "0.03", "0", "1", "candidate edge advantage that triggers a rebalance");
        b.dec("execution.max_slippage", "0.05", "0", "0.99", "worst acceptable price distance for IOC exits");
        b.dur("execution.critical.timeout", "5s", "1s", "10m", "CRITICAL: keep re-sending IOC for this long");
        b.dur("execution.high.timeout", "10s", "1s", "10m", "HIGH: time per price step");
        b.integer("execution.high.walks", "2", "0", "100", "HIGH: price steps before IOC");
        b.dur("execution.medium.timeout", "30s", "1s", "10m", "MEDIUM: time per price step");
        b.integer("execution.medium.walks", "5", "0", "100", "MEDIUM: price steps before cancel");
        b.dur("execution.low.timeout", "60s", "1s", "10m", "LOW: time per price step");
        b.integer("execution.low.walks", "10", "0", "100", "LOW: price steps before cancel");
        b.dec("health.weight.edge_remaining", "0.40", "0", "1", "health score weight");
        b.dec("health.weight.time_remaining", "0.20", "0", "1", "health score weight");
        b.dec("health.weight.liquidity_depth", "0.20", "0", "1", "health score weight");
        b.dec("health.weight.unrealized_pnl", "0.20", "0", "1", "health score weight");
        // ---------------------------------------------------------------- probability_models.yaml
        b.file(MODELS);
        b.dec("elo.initial_rating", "1500", "0", "5000", "rating of a new team");
        b.dec("elo.scale", "400", "1", "5000", "logistic scale");
        b.dec("elo.regression_target", "1505", "0", "5000", "ratings regress toward this between seasons");
        b.dec("elo.regression_fraction", "0.25", "0", "1", "share of the distance regressed between seasons");
        b.dec("elo.playoff_k_multiplier", "1.25", "1", "5", "K multiplier in playoffs");
        b.dec("elo.mov_multiplier_min", "1", "0", "10", "clamp of the margin-of-victory multiplier");
        b.dec("elo.mov_multiplier_max", "2.5", "0", "10", "clamp of the margin-of-victory multiplier");
        b.decPerLeague("elo.k", Map.of("nfl", "20", "ncaaf", "20", "nba", "20", "nhl", "6", "mlb", "4"), "0", "100");
        b.decPerLeague("elo.home_advantage_before_cutover", Map.of("nfl", "48", "ncaaf", "55", "nba", "100", "nhl", "33", "mlb", "24"), "0", "500");
        b.decPerLeague("elo.home_advantage_after_cutover", Map.of("nfl", "30", "ncaaf", "40", "nba", "40", "nhl", "25", "mlb", "18"), "0", "500");
        b.text("elo.home_advantage_cutover", "2020-03-12", "date the home advantage changed");
        b.dec("ingame.margin_sd", "13.45", "1", "50", "sd of the final margin around the expected margin");
        b.dec("ensemble.weights.elo", "0.40", "0", "1", "ensemble weight");
        b.dec("ensemble.weights.regression", "0.35", "0", "1", "ensemble weight");
        b.dec("ensemble.weights.ml", "0.25", "0", "1", "ensemble weight");
        b.dec("ensemble.weights.historical", "0.30", "0", "1", "ensemble weight");
        b.dec("adjustments.shrinkage_factor", "0.10", "0", "1", "shrink toward 0.5 by this");
        b.dec("adjustments.expected_slippage", "0.005", "0", "0.50", "expected slippage per contract");
        b.dec("regression.l2_alpha", "0.01", "0", "100", "L2 penalty of the logistic regression");
        b.integer("gate.min_predictions", "100", "1", "100000000", "activation gate: predictions");
        b.dec("gate.min_accuracy", "0.52", "0", "1", "activation gate: accuracy");
        b.dec("gate.max_brier_ingame", "0.20", "0", "1", "activation gate: Brier for in-game models");
        b.dec("gate.max_ece", "0.10", "0", "1", "activation gate: ECE");
        b.dec("gate.max_brier_vs_market", "0.01", "0", "1", "activation gate: Brier margin over the market");
        b.integer("evaluation.cv_folds", "5", "2", "100", "temporal cross-validation folds");
        b.dec("evaluation.cv_accuracy_sd_flag", "0.05", "0", "1", "flag unstable folds above this sd");
        // ---------------------------------------------------------------- markets.yaml
        b.file(MARKETS);
        for (String league : LEAGUES) {
            boolean on = league.equals("nfl") || league.equals("ncaaf");
            b.bool("leagues." + league + ".enabled", Boolean.toString(on), "trade " + league.toUpperCase(java.util.Locale.ROOT));
            b.text("leagues." + league + ".series", "KX" + league.toUpperCase(java.util.Locale.ROOT) + "GAME", "Kalshi series of game-winner markets");
        }
        b.dur("discovery.interval", "300s", "10s", "1d", "market discovery cadence");
        b.text("discovery.exclude_prefix", "KXMVE", "ticker prefix of combo markets to skip");
        // ---------------------------------------------------------------- data_sources.yaml
        b.file(DATA);
        b.choice("kalshi.environment", "demo", "Kalshi host (KALSHI_ENV overrides)", "demo", "prod");
        b.choice("kalshi.rate_limit_tier", "basic", "Kalshi API tier (KALSHI_RATE_TIER overrides)", "basic", "advanced", "expert", "premier", "paragon", "prime", "prestige");
        b.dur("kalshi.request_timeout", "10s", "1s", "5m", "HTTP request timeout");
        b.text("espn.base_url", "https://site.api.espn.com", "ESPN site API (ESPN_BASE_URL overrides)");
        b.dur("espn.live_poll_interval", "15s", "1s", "1h", "poll cadence while a tracked game is live");
        b.dur("espn.idle_poll_interval", "5m", "1s", "1d", "poll cadence otherwise");
        b.dur("espn.stale_after", "60s", "1s", "1h", "reject game data older than this");
        b.integer("espn.max_requests_per_hour", "500", "1", "100000", "overall ESPN request budget");
        return Collections.unmodifiableMap(b.keys);
    }

    private static final class B {
        final Map<String, ConfigKey> keys = new LinkedHashMap<>();
        String file;

        void file(String f) {
            file = f;
        }

        void add(ConfigKey k) {
            if (keys.put(k.id(), k) != null) throw new IllegalStateException("duplicate config key " + k.id());
        }

        void dec(String path, String def, String min, String max, String d) {
            add(new ConfigKey(file, path, ConfigKey.Kind.DECIMAL, min, max, null, def, d));
        }

        void decPerLeague(String prefix, Map<String, String> defaults, String min, String max) {
            for (String league : LEAGUES) {
                dec(prefix + "." + league, defaults.get(league), min, max, prefix.replace('_', ' ') + " for " + league.toUpperCase(java.util.Locale.ROOT));
            }
        }

        void integer(String path, String def, String min, String max, String d) {
            add(new ConfigKey(file, path, ConfigKey.Kind.INTEGER, min, max, null, def, d));
        }

        void dur(String path, String def, String min, String max, String d) {
            add(new ConfigKey(file, path, ConfigKey.Kind.DURATION, min, max, null, def, d));
        }

        void bool(String path, String def, String d) {
            add(new ConfigKey(file, path, ConfigKey.Kind.BOOLEAN, null, null, null, def, d));
        }

        void choice(String path, String def, String d, String... choices) {
            add(new ConfigKey(file, path, ConfigKey.Kind.CHOICE, null, null, List.of(choices), def, d));
        }

        void text(String path, String def, String d) {
            add(new ConfigKey(file, path, ConfigKey.Kind.TEXT, null, null, null, def, d));
        }
    }
}
