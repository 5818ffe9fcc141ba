package com.precog.application.config;

import com.precog.application.service.trading.EntryService;
import com.precog.application.service.trading.MakerEntryPolicy;
import com.precog.domain.edge.ActionThresholds;
import com.precog.domain.edge.ConfidenceGate;
import com.precog.domain.edge.EdgeThresholds;
import com.precog.domain.game.League;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.sizing.PositionSizer;
import com.precog.domain.sizing.RiskLimits;
import com.precog.domain.sizing.SizeReductions;
import com.precog.domain.strategy.EntryRules;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategySelector;
import com.precog.domain.strategy.StrategyType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The entry side of trading built from the configuration in force (SPEC §4–§6, §12): every number
 * comes from trading.yaml, trade_strategies.yaml or position_management.yaml (or their overrides),
 * none from a built-in default. With {@link EffectiveConfig#defaults()} each factory gives what the
 * domain's own {@code defaults()} gives, or (league tables) what behaves the same in every
 * {@link League}: the built-in tables also list TENNIS, which is no league of ours and has no key.
 *
 * <p><b>Which number wins.</b> A strategy version is immutable (SPEC §6): its {@link StrategyConfig}
 * — minimum edge, signal confidence, Kelly fraction (per league), entry window — is stored with it
 * and governs its entries for as long as it lives, so that what a version traded is always what
 * its record says. The YAML therefore plays two roles:
 * <ul>
 *   <li><b>Global rules, in force at once for every version</b> ({@link #entrySettings}):
 *       {@code limits.*}, {@code size_reductions.*}, {@code kelly_hard_max} (a cap on every
 *       version's fraction, see {@link PositionSizer#maxFraction()}), {@code edges.threshold_by_league.*}
 *       and the efficiency add-on (the strictest of the version's minimum and these wins),
 *       {@code edges.min_confidence} (the floor), {@code edges.action.*},
 *       {@code priority.prefer_larger_edge_by}, the {@code enabled} switches of pre-game, halftime
 *       and settlement-arbitrage entries, and the entry liquidity filters, which are the
 *       {@code liquidity.*} exit trigger of position_management.yaml so an entry never qualifies
 *       for an immediate liquidity exit; the maker-entry walk is the {@code execution.low.*} row
 *       mirrored for buying (SPEC §9).</li>
 *   <li><b>Defaults of new strategy versions</b> ({@link #strategyConfig}): {@code kelly_fraction},
 *       {@code kelly_fraction_by_league.*}, {@code kelly_fraction_settlement_arbitrage},
 *       {@code edges.threshold.<type>}, {@code edges.signal_confidence}, the windows and
 *       {@code settlement_arbitrage.*} of trade_strategies.yaml, and {@code live_trading.enabled}.
 *       Changing them changes no existing version: create a new one (a minor version is tuning).</li>
 * </ul>
 * {@code live_trading.enabled} is the one {@code enabled} switch that is not a global gate: the
 * domain keeps live trading's switch in each live version ({@link EntryRules.Live#enabled()}), so a
 * live version trades only when it was created enabled, and stops when it is deactivated.
 *
 * <p>Decimals are converted exactly (through the domain's parsers or {@link BigDecimal}, never
 * {@code double}). A value the schema's range admits but the domain refuses (say an alert threshold
 * of 0, or {@code correlation_halve} above {@code correlation_reject}) is reported as an
 * {@link InvalidConfigException} naming the keys; {@link EffectiveConfig#resolve} runs these
 * factories, so such a configuration never resolves.
 */
public final class ConfiguredEntries {
    private static final String T = ConfigSchema.TRADING;
    private static final String S = ConfigSchema.STRATEGIES;
    private static final String P = ConfigSchema.POSITIONS;

    private ConfiguredEntries() {}

    /**
     * {@return the entry limits of {@code limits.*} in trading.yaml; a league whose
     * {@code max_league_share} is 1 has no league cap (the total exposure cap already bounds it)}
     */
    public static RiskLimits riskLimits(EffectiveConfig cfg) {
        Map<String, Probability> shares = new HashMap<>();
        for (League league : League.values()) {
            String path = "limits.max_league_share." + key(league);
            Probability share = probability(cfg, T, path);
            if (share.compareTo(Probability.CERTAIN) < 0) shares.put(league.name(), share);
        }
        return build(() -> new RiskLimits(dollars(cfg, T, "limits.max_position_dollars"), probability(cfg, T, "limits.max_position_bankroll_fraction"),
                        dollars(cfg, T, "limits.min_position_dollars"), dollars(cfg, T, "limits.max_total_exposure_dollars"),
                        count(cfg, T, "limits.max_open_positions"), count(cfg, T, "limits.max_positions_per_game"),
                        dollars(cfg, T, "limits.max_dollars_per_game"), dollars(cfg, T, "limits.max_correlated_exposure_dollars"),
                        millionths(cfg, T, "limits.correlation_reject"), millionths(cfg, T, "limits.correlation_halve"), shares,
                        count(cfg, T, "limits.max_trades_per_hour"), count(cfg, T, "limits.max_trades_per_day"),
                        dollars(cfg, T, "limits.min_balance_dollars")),
                cfg, T, "limits.correlation_halve", "limits.correlation_reject", "limits.min_position_dollars", "limits.max_position_dollars");
    }

    /** {@return the size reductions of {@code size_reductions.*} in trading.yaml} */
    public static SizeReductions sizeReductions(EffectiveConfig cfg) {
        String r = "size_reductions.";
        return build(() -> new SizeReductions(millionths(cfg, T, r + "high_volatility_multiple"), millionths(cfg, T, r + "high_volatility"),
                        cfg.integer(T, r + "low_volume_threshold"), millionths(cfg, T, r + "low_volume"),
                        millionths(cfg, T, r + "wide_spread_threshold"), millionths(cfg, T, r + "wide_spread"),
                        seconds(cfg, T, r + "far_from_settlement_threshold"), millionths(cfg, T, r + "far_from_settlement"),
                        millionths(cfg, T, r + "low_confidence_threshold"), millionths(cfg, T, r + "low_confidence"),
                        millionths(cfg, T, r + "per_ci_point")),
                cfg, T, r + "high_volatility_multiple");
    }

    /** {@return the sizer: {@link #riskLimits}, {@link #sizeReductions} and every Kelly fraction capped at {@code kelly_hard_max}} */
    public static PositionSizer sizer(EffectiveConfig cfg) {
        return new PositionSizer(riskLimits(cfg), sizeReductions(cfg), kelly(cfg, T, "kelly_hard_max"));
    }

    /**
     * {@return the league minimum edges of {@code edges.threshold_by_league.*} (0 is no league
     * minimum) and the efficiency add-on of {@code edges.efficiency_*}}
     */
    public static EdgeThresholds edgeThresholds(EffectiveConfig cfg) {
        Map<String, Dollars> byLeague = new HashMap<>();
        for (League league : League.values()) {
            Dollars min = dollars(cfg, T, "edges.threshold_by_league." + key(league));
            if (min.isPositive()) byLeague.put(league.name(), min);
        }
        return build(() -> new EdgeThresholds(byLeague, probability(cfg, T, "edges.efficiency_base"), probability(cfg, T, "edges.efficiency_step"),
                dollars(cfg, T, "edges.efficiency_add_on")), cfg, T, "edges.efficiency_step", "edges.efficiency_add_on");
    }

    /** {@return the confidence floor {@code edges.min_confidence} and signal level {@code edges.signal_confidence}} */
    public static ConfidenceGate confidenceGate(EffectiveConfig cfg) {
        return build(() -> new ConfidenceGate(probability(cfg, T, "edges.min_confidence"), probability(cfg, T, "edges.signal_confidence")),
                cfg, T, "edges.min_confidence", "edges.signal_confidence");
    }

    /** {@return the recommended-action boundaries {@code edges.action.alert} and {@code edges.action.auto_execute}} */
    public static ActionThresholds actionThresholds(EffectiveConfig cfg) {
        return build(() -> new ActionThresholds(dollars(cfg, T, "edges.action.alert"), dollars(cfg, T, "edges.action.auto_execute")),
                cfg, T, "edges.action.alert", "edges.action.auto_execute");
    }

    /** {@return the selector with {@code priority.prefer_larger_edge_by} of trade_strategies.yaml} */
    public static StrategySelector strategySelector(EffectiveConfig cfg) {
        return build(() -> new StrategySelector(dollars(cfg, S, "priority.prefer_larger_edge_by")), cfg, S, "priority.prefer_larger_edge_by");
    }

    /**
     * {@return the strategy types that may enter: those whose {@code <type>.enabled} is true in
     * trade_strategies.yaml, and live trading always (each live version carries its own switch,
     * see the class comment)}
     */
    public static Set<StrategyType> enabledTypes(EffectiveConfig cfg) {
        Set<StrategyType> out = EnumSet.of(StrategyType.LIVE_TRADING);
        for (StrategyType type : List.of(StrategyType.PRE_GAME_ENTRY, StrategyType.HALFTIME_ENTRY, StrategyType.SETTLEMENT_ARBITRAGE)) {
            if (cfg.bool(S, type.wireName() + ".enabled")) out.add(type);
        }
        return out;
    }

    /**
     * {@return the maker-entry policy: maker entries on, walked like the LOW exit row mirrored for
     * buying ({@code execution.low.timeout} per attempt, {@code execution.low.walks} walks); the
     * cooldown after giving up is {@link MakerEntryPolicy#defaults()}'s, having no key}
     */
    public static MakerEntryPolicy makerEntryPolicy(EffectiveConfig cfg) {
        MakerEntryPolicy d = MakerEntryPolicy.defaults();
        return build(() -> new MakerEntryPolicy(d.enabled(), cfg.duration(P, "execution.low.timeout"), count(cfg, P, "execution.low.walks"),
                d.cooldown()), cfg, P, "execution.low.timeout", "execution.low.walks");
    }

    /**
     * The entry loop's settings for one environment: {@link #edgeThresholds}, {@link #actionThresholds},
     * {@link #confidenceGate}, {@link #strategySelector}, {@link #sizer}, the liquidity filters
     * {@code liquidity.max_spread} and {@code liquidity.min_volume_24h} of position_management.yaml,
     * {@link #makerEntryPolicy} and {@link #enabledTypes}.
     *
     * @param cfg the configuration in force
     * @param env the execution environment every order is tagged with
     * @return the settings
     * @throws InvalidConfigException if a value is one the domain refuses
     */
    public static EntryService.Settings entrySettings(EffectiveConfig cfg, ExecutionEnvironment env) {
        long maxSpread = millionths(cfg, P, "liquidity.max_spread");
        return build(() -> new EntryService.Settings(env, edgeThresholds(cfg), actionThresholds(cfg), confidenceGate(cfg), strategySelector(cfg),
                sizer(cfg), maxSpread, cfg.integer(P, "liquidity.min_volume_24h"), makerEntryPolicy(cfg), enabledTypes(cfg)),
                cfg, P, "liquidity.max_spread");
    }

    /**
     * The rules a new version of {@code type} gets for leagues without their own:
     * {@code edges.threshold.<type>}, {@code edges.signal_confidence}, {@code kelly_fraction} (for
     * settlement arbitrage {@code kelly_fraction_settlement_arbitrage}) and the type's window and
     * parameters of trade_strategies.yaml. The live rules' stop before the end has no key and is
     * {@link EntryRules.Live#defaults()}'s.
     *
     * @param cfg the configuration in force
     * @param type the strategy type
     * @return the rules
     * @throws InvalidConfigException if a value is one the domain refuses
     */
    public static EntryRules entryRules(EffectiveConfig cfg, StrategyType type) {
        String edgeKey = "edges.threshold." + type.wireName();
        Dollars minEdge = dollars(cfg, T, edgeKey);
        Probability confidence = probability(cfg, T, "edges.signal_confidence");
        return build(() -> switch (type) {
            case PRE_GAME_ENTRY -> new EntryRules.PreGame(minEdge, confidence, kelly(cfg, T, "kelly_fraction"),
                    cfg.duration(S, "pre_game_entry.window_end"), cfg.duration(S, "pre_game_entry.window_start"));
            case HALFTIME_ENTRY -> new EntryRules.Halftime(minEdge, confidence, kelly(cfg, T, "kelly_fraction"), cfg.duration(S, "halftime_entry.window"));
            case LIVE_TRADING -> new EntryRules.Live(cfg.bool(S, "live_trading.enabled"), minEdge, confidence, kelly(cfg, T, "kelly_fraction"),
                    EntryRules.Live.defaults().stopBeforeEnd());
            case SETTLEMENT_ARBITRAGE -> new EntryRules.SettlementArbitrage(minEdge, confidence, kelly(cfg, T, "kelly_fraction_settlement_arbitrage"),
                    probability(cfg, S, "settlement_arbitrage.min_win_probability"), seconds(cfg, S, "settlement_arbitrage.max_time_left"),
                    count(cfg, S, "settlement_arbitrage.nfl.lead_with_possession"), seconds(cfg, S, "settlement_arbitrage.nfl.possession_time_left"),
                    count(cfg, S, "settlement_arbitrage.nfl.big_lead"), seconds(cfg, S, "settlement_arbitrage.nfl.big_lead_time_left"));
        }, cfg, T, edgeKey, "edges.signal_confidence");
    }

    /**
     * The configuration of a new version of {@code type} (what {@code StrategyConfig.defaults(type)}
     * is with the built-in numbers): {@link #entryRules}, and for each league the same rules with its
     * {@code kelly_fraction_by_league}, or {@code kelly_fraction} when that is lower (so lowering the general fraction
     * lowers every league's; every league explicit, so the stored version says it). Settlement
     * arbitrage keeps {@code kelly_fraction_settlement_arbitrage} in every league (SPEC §5).
     *
     * @param cfg the configuration in force
     * @param type the strategy type
     * @return the configuration to create the version with
     * @throws InvalidConfigException if a value is one the domain refuses
     */
    public static StrategyConfig strategyConfig(EffectiveConfig cfg, StrategyType type) {
        EntryRules base = entryRules(cfg, type);
        Map<String, EntryRules> byLeague = new HashMap<>();
        if (type != StrategyType.SETTLEMENT_ARBITRAGE) {
            KellyFraction general = kelly(cfg, T, "kelly_fraction");
            for (League league : League.values()) {
                // kelly_fraction is the fraction at most: lowering it lowers every league; a league's own entry applies when lower
                KellyFraction own = kelly(cfg, T, "kelly_fraction_by_league." + key(league));
                byLeague.put(league.name(), base.withKellyFraction(own.millionths() <= general.millionths() ? own : general));
            }
        }
        return new StrategyConfig(type, base, byLeague);
    }

    /**
     * Every problem the domain finds with the entry side of {@code cfg} (empty when
     * {@link #entrySettings} and {@link #strategyConfig} build for every type).
     */
    static List<ConfigProblem> problems(EffectiveConfig cfg) {
        List<ConfigProblem> out = new ArrayList<>();
        List<Supplier<?>> builds = new ArrayList<>();
        builds.add(() -> entrySettings(cfg, ExecutionEnvironment.BACKTEST));
        for (StrategyType type : StrategyType.values()) builds.add(() -> strategyConfig(cfg, type));
        for (Supplier<?> b : builds) {
            try {
                b.get();
            } catch (InvalidConfigException e) {
                for (ConfigProblem p : e.problems()) if (!out.contains(p)) out.add(p);
            }
        }
        return out;
    }

    // ---- exact conversions; a value the domain refuses becomes a ConfigProblem naming its keys

    private static String key(League league) {
        return league.name().toLowerCase(Locale.ROOT);
    }

    /** Runs a domain constructor; its argument error is reported against {@code paths}. */
    private static <V> V build(Supplier<V> constructor, EffectiveConfig cfg, String file, String... paths) {
        try {
            return constructor.get();
        } catch (InvalidConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            List<String> values = new ArrayList<>();
            for (String p : paths) values.add(cfg.text(file, p));
            throw new InvalidConfigException(List.of(new ConfigProblem(file, String.join(", ", paths), String.join(", ", values),
                    "refused by the trading rules: " + e.getMessage(), "")));
        }
    }

    private static InvalidConfigException problem(EffectiveConfig cfg, String file, String path, String why) {
        return new InvalidConfigException(List.of(new ConfigProblem(file, path, cfg.text(file, path), why, "")));
    }

    private static Dollars dollars(EffectiveConfig cfg, String file, String path) {
        try {
            return Dollars.parse(cfg.text(file, path));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw problem(cfg, file, path, "not an exact dollar amount (at most " + Dollars.SCALE_DIGITS + " decimals)");
        }
    }

    private static Probability probability(EffectiveConfig cfg, String file, String path) {
        try {
            return Probability.parse(cfg.text(file, path));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw problem(cfg, file, path, "not a probability within [0, 1] with at most 6 decimals");
        }
    }

    private static KellyFraction kelly(EffectiveConfig cfg, String file, String path) {
        try {
            return KellyFraction.parse(cfg.text(file, path));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw problem(cfg, file, path, "not a Kelly fraction within [0, 0.50] with at most 6 decimals");
        }
    }

    /** A decimal in millionths (or micro-dollars), exactly ({@link ConfigKey} allows at most 6 decimal places). */
    private static long millionths(EffectiveConfig cfg, String file, String path) {
        return cfg.decimal(file, path).movePointRight(6).longValueExact();
    }

    private static int count(EffectiveConfig cfg, String file, String path) {
        try {
            return Math.toIntExact(cfg.integer(file, path));
        } catch (ArithmeticException e) {
            throw problem(cfg, file, path, "too large");
        }
    }

    /** A duration in whole seconds: a fraction of a second is refused, never truncated. */
    private static long seconds(EffectiveConfig cfg, String file, String path) {
        Duration d = cfg.duration(file, path);
        if (d.getNano() != 0) throw problem(cfg, file, path, "not a whole number of seconds");
        return d.toSeconds();
    }
}
