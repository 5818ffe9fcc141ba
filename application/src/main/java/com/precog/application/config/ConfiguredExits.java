package com.precog.application.config;

import com.precog.domain.exit.CircuitBreakerExit;
import com.precog.domain.exit.EarlyExit;
import com.precog.domain.exit.EdgeDisappeared;
import com.precog.domain.exit.ExitCondition;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.exit.LiquidityDriedUp;
import com.precog.domain.exit.PartialExitTarget;
import com.precog.domain.exit.ProfitTarget;
import com.precog.domain.exit.Rebalance;
import com.precog.domain.exit.StopLoss;
import com.precog.domain.exit.TimeBasedUrgent;
import com.precog.domain.exit.TrailingStopExit;
import com.precog.domain.position.TrailingStopConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The exit policy of {@code position_management.yaml} (SPEC §7) as domain objects: every exit
 * threshold comes from the {@link EffectiveConfig}, so editing the file (or an override) changes
 * what the monitor does. With {@link EffectiveConfig#defaults()} the results behave exactly as
 * {@link ExitResolver#defaults()} and {@link TrailingStopConfig#balanced()}.
 *
 * <p>Conversions are exact (decimals to millionths, durations to milliseconds); a value the domain
 * cannot hold — e.g. a stop loss of 0 — is a
 * {@link ConfigProblem} naming the key. {@link #problems} lists them all; {@link EffectiveConfig}
 * reports them when it resolves, so {@code precog config validate} and an override catch them
 * before a daemon starts.
 *
 * <p>Partial exits: {@code stage2_fraction: "0"} leaves stage 2 out, and both fractions 0 turn
 * partial exits off (the profit target then sells everything). Stage 1 alone cannot be left out:
 * a position stores which stages it has done by number, so stage 2 must stay stage 2.
 *
 * <p>Trailing stop: {@code trailing_stop.preset} picks the base (conservative, balanced or
 * aggressive), and each {@code trailing_stop.*} number whose value <em>differs from its built-in
 * default</em> (the balanced value) replaces that field of the preset. A number left at the default
 * — as the shipped file writes all five — leaves the preset alone, so switching the preset alone
 * works. Consequence: a non-balanced preset's field cannot be pinned to exactly the balanced value;
 * for that, choose {@code balanced} and write the five numbers.
 */
public final class ConfiguredExits {
    private static final String F = ConfigSchema.POSITIONS;
    private static final String[] CONFIDENCE = {"high_confidence", "medium_confidence", "low_confidence"};

    private ConfiguredExits() {}

    /**
     * The ten exit conditions as configured: stop_loss.*, time_based_urgent.before_close,
     * liquidity.*, profit_target.*, partial_exit.*, early_exit.min_edge, edge_disappeared.min_edge
     * and rebalance.min_improvement (circuit breaker and trailing stop exits take no numbers here).
     *
     * @param cfg the configuration in force
     * @return the resolver
     * @throws InvalidConfigException (an {@link IllegalArgumentException}) naming every key the domain cannot accept
     */
    public static ExitResolver exitResolver(EffectiveConfig cfg) {
        requireValid(cfg);
        PartialExitTarget partial = partialExit(cfg);
        List<ExitCondition> conditions = new ArrayList<>(10);
        conditions.add(new StopLoss(ppm(cfg, "stop_loss.high_confidence"), ppm(cfg, "stop_loss.medium_confidence"),
                ppm(cfg, "stop_loss.low_confidence")));
        conditions.add(new CircuitBreakerExit());
        conditions.add(new TrailingStopExit());
        conditions.add(new TimeBasedUrgent(cfg.duration(F, "time_based_urgent.before_close").toMillis()));
        conditions.add(new LiquidityDriedUp(ppm(cfg, "liquidity.max_spread"), Math.multiplyExact(cfg.integer(F, "liquidity.min_volume_24h"), 100L)));
        conditions.add(new ProfitTarget(ppm(cfg, "profit_target.high_confidence"), ppm(cfg, "profit_target.medium_confidence"),
                ppm(cfg, "profit_target.low_confidence"), partial));
        if (partial != null) conditions.add(partial);
        conditions.add(new EarlyExit(ppm(cfg, "early_exit.min_edge")));
        conditions.add(new EdgeDisappeared(ppm(cfg, "edge_disappeared.min_edge")));
        conditions.add(new Rebalance(ppm(cfg, "rebalance.min_improvement")));
        return new ExitResolver(conditions);
    }

    /**
     * The trailing-stop parameters: the {@code trailing_stop.preset} with every {@code trailing_stop.*}
     * number that differs from its built-in default applied on top (see the class comment).
     *
     * @param cfg the configuration in force
     * @return the parameters
     * @throws InvalidConfigException (an {@link IllegalArgumentException}) naming every key the domain cannot accept
     */
    public static TrailingStopConfig trailingStop(EffectiveConfig cfg) {
        requireValid(cfg);
        long[] t = trailingFields(cfg);
        return new TrailingStopConfig(t[0], t[1], t[2], t[3], t[4]);
    }

    /**
     * Every exit setting the domain cannot accept although it is within its schema range (exclusive
     * bounds, cross-field rules of the trailing stop; more than six decimal places is refused by
     * {@link ConfigKey} for every decimal setting). The partial-exit
     * ordering and fraction sum are {@link EffectiveConfig}'s own cross-checks and are not repeated.
     *
     * @param cfg the configuration to check
     * @return the problems, empty when the factories succeed
     */
    static List<ConfigProblem> problems(EffectiveConfig cfg) {
        List<ConfigProblem> p = new ArrayList<>();
        for (String c : CONFIDENCE) {
            within(cfg, p, "stop_loss." + c, "-1", false, "0", false);
            within(cfg, p, "profit_target." + c, "0", false, "100", true);
        }
        within(cfg, p, "liquidity.max_spread", "0", false, "1", false);
        if (cfg.decimal(F, "partial_exit.stage1_fraction").signum() == 0 && cfg.decimal(F, "partial_exit.stage2_fraction").signum() > 0) {
            p.add(problem(cfg, "partial_exit.stage1_fraction", "may be 0 only when partial_exit.stage2_fraction is 0 too (positions record "
                    + "done stages by number)", "above 0 to 1, or 0 with stage2_fraction 0"));
        }
        for (int stage = 1; stage <= 2; stage++) {
            if (cfg.decimal(F, "partial_exit.stage" + stage + "_fraction").signum() > 0) { // a stage selling nothing is left out
                within(cfg, p, "partial_exit.stage" + stage + "_gain", "0", false, "100", true);
            }
        }
        within(cfg, p, "early_exit.min_edge", "0", true, "1", false);
        within(cfg, p, "edge_disappeared.min_edge", "-1", false, "1", false);
        within(cfg, p, "rebalance.min_improvement", "0", false, "1", false);
        Duration close = cfg.duration(F, "time_based_urgent.before_close");
        if (close.toNanos() % 1_000_000 != 0) {
            p.add(problem(cfg, "time_based_urgent.before_close", "finer than a millisecond", "whole milliseconds"));
        }
        trailingProblems(cfg, p);
        return p;
    }

    private static void requireValid(EffectiveConfig cfg) {
        List<ConfigProblem> p = problems(cfg);
        if (!p.isEmpty()) throw new InvalidConfigException(p);
    }

    private static PartialExitTarget partialExit(EffectiveConfig cfg) {
        List<long[]> stages = new ArrayList<>(2); // {gain ppm, fraction ppm} of the stages that sell something
        for (int stage = 1; stage <= 2; stage++) {
            long fraction = ppm(cfg, "partial_exit.stage" + stage + "_fraction");
            if (fraction == 0) break; // problems() allows 0 for stage 1 only when stage 2 is 0 too
            stages.add(new long[] {ppm(cfg, "partial_exit.stage" + stage + "_gain"), fraction});
        }
        if (stages.isEmpty()) return null;
        long[] gains = new long[stages.size()];
        long[] fractions = new long[stages.size()];
        for (int i = 0; i < gains.length; i++) {
            gains[i] = stages.get(i)[0];
            fractions[i] = stages.get(i)[1];
        }
        return PartialExitTarget.ofFractions(gains, fractions);
    }

    // ---- trailing stop

    private static final String[] TRAILING_KEYS = {"trailing_stop.activation_gain", "trailing_stop.initial_distance",
        "trailing_stop.tighten_per_step", "trailing_stop.tighten_step", "trailing_stop.min_distance"};

    /** activation, initial distance, tightening, step, minimum distance — in millionths, unvalidated. */
    private static long[] trailingFields(EffectiveConfig cfg) {
        TrailingStopConfig preset = TrailingStopConfig.preset(cfg.text(F, "trailing_stop.preset"));
        long[] out = {preset.activationPpm(), preset.initialDistancePpm(), preset.tighteningPpm(), preset.stepPpm(),
            preset.minimumDistancePpm()};
        for (int i = 0; i < TRAILING_KEYS.length; i++) {
            if (explicit(cfg, TRAILING_KEYS[i])) out[i] = ppm(cfg, TRAILING_KEYS[i]);
        }
        return out;
    }

    /** Whether a number replaces the preset's field: its value differs from the built-in default. */
    private static boolean explicit(EffectiveConfig cfg, String path) {
        BigDecimal builtIn = new BigDecimal(ConfigSchema.find(F, path).orElseThrow().defaultValue());
        return cfg.decimal(F, path).compareTo(builtIn) != 0;
    }

    private static void trailingProblems(EffectiveConfig cfg, List<ConfigProblem> p) {
        int before = p.size();
        if (p.size() > before) return; // the fields below need exact millionths
        long[] t = trailingFields(cfg);
        if (t[0] <= 0) {
            p.add(trailingProblem(cfg, t, 0, "must be above 0", "above 0 to 10"));
        }
        if (t[1] <= 0 || t[1] >= 1_000_000) {
            p.add(trailingProblem(cfg, t, 1, "must be above 0 and below 1", "above 0, below 1"));
        }
        if (t[4] <= 0 || t[4] > t[1]) {
            p.add(trailingProblem(cfg, t, 4, "must be above 0 and at most trailing_stop.initial_distance " + decimal(t[1]),
                    "above 0 to " + decimal(t[1])));
        }
    }

    /** A problem with the value in force, saying when it is the preset's rather than the key's own. */
    private static ConfigProblem trailingProblem(EffectiveConfig cfg, long[] t, int field, String what, String allowed) {
        String path = TRAILING_KEYS[field];
        String from = explicit(cfg, path) ? "" : " (value of preset " + cfg.text(F, "trailing_stop.preset") + ")";
        return new ConfigProblem(F, path, decimal(t[field]), what + from, allowed);
    }

    private static String decimal(long ppm) {
        return BigDecimal.valueOf(ppm, 6).stripTrailingZeros().toPlainString();
    }

    // ---- conversions and checks

    /** A decimal setting in millionths, exactly ({@link ConfigKey} allows at most 6 decimal places). */
    private static long ppm(EffectiveConfig cfg, String path) {
        return cfg.decimal(F, path).movePointRight(6).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private static void within(EffectiveConfig cfg, List<ConfigProblem> p, String path, String lo, boolean loIncluded,
                               String hi, boolean hiIncluded) {
        BigDecimal v = cfg.decimal(F, path);
        int a = v.compareTo(new BigDecimal(lo));
        int b = v.compareTo(new BigDecimal(hi));
        if (a < 0 || (a == 0 && !loIncluded) || b > 0 || (b == 0 && !hiIncluded)) {
            String range = (loIncluded ? "from " + lo : "above " + lo) + (hiIncluded ? " to " + hi : ", below " + hi);
            p.add(problem(cfg, path, "out of range for the exit condition", range));
        }
    }

    private static ConfigProblem problem(EffectiveConfig cfg, String path, String what, String allowed) {
        return new ConfigProblem(F, path, cfg.text(F, path), what, allowed);
    }
}
