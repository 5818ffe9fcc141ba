package com.precog.application.config;

import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.game.League;
import com.precog.domain.model.EloParameters;
import com.precog.domain.model.EnsembleWeights;
import com.precog.domain.model.HomeAdvantageEra;
import com.precog.domain.model.LogisticRegression;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.NormalInGameModel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The probability models' settings as configured (SPEC §3, §12): every number of {@code probability_models.yaml} reaches the
 * model it belongs to through the {@link EffectiveConfig} (database override &gt; YAML &gt; built-in default). With the
 * built-in defaults each factory returns exactly the SPEC defaults the code used before ({@link GateCriteria#specDefaults()},
 * {@link EloParameters#spec(String)}, {@link NormalInGameModel#nfl()}, {@link EnsembleWeights#specDefaults()},
 * {@link LogisticRegression#DEFAULT_ALPHA}, 5 folds, 0.05).
 *
 * <p>Model versions are immutable (SPEC §6): a version's configuration is fixed when it is created, so the Elo, regression
 * and ensemble settings reach a version through {@link #versionConfig}: what the configuration sets differently from the
 * built-in default is recorded in the new version's configuration (the operator's own {@code -c} entries win). An existing
 * version keeps the numbers it was created with; the activation gate, the cross-validation settings, the daemon's in-game
 * normal model and its Elo ratings are not versioned and take the configuration in force.
 */
public final class ConfiguredModels {
    private static final String F = ConfigSchema.MODELS;

    private ConfiguredModels() {}

    /** {@code gate.*}: the activation gate's thresholds. */
    public static GateCriteria gateCriteria(EffectiveConfig cfg) {
        return new GateCriteria(Math.toIntExact(cfg.integer(F, "gate.min_predictions")), number(cfg, "gate.min_accuracy"),
                number(cfg, "gate.max_ece"), number(cfg, "gate.max_brier_ingame"), number(cfg, "gate.max_brier_vs_market"));
    }

    /**
     * {@code elo.*} for one league: initial rating, scale, the league's K and home advantage before and after
     * {@code elo.home_advantage_cutover}, the playoff K multiplier, the margin-of-victory clamp (the multiplier stays on) and
     * the between-season regression.
     *
     * @throws IllegalArgumentException when the cutover is not an ISO date (also refused by {@link EffectiveConfig}'s checks)
     */
    public static EloParameters elo(EffectiveConfig cfg, League league) {
        String l = key(league);
        List<HomeAdvantageEra> eras = List.of(new HomeAdvantageEra(LocalDate.MIN, number(cfg, "elo.home_advantage_before_cutover." + l)),
                new HomeAdvantageEra(cutover(cfg), number(cfg, "elo.home_advantage_after_cutover." + l)));
        return new EloParameters(number(cfg, "elo.initial_rating"), number(cfg, "elo.scale"), number(cfg, "elo.k." + l),
                number(cfg, "elo.playoff_k_multiplier"), eras, true, number(cfg, "elo.mov_multiplier_min"), number(cfg, "elo.mov_multiplier_max"),
                number(cfg, "elo.regression_fraction"), number(cfg, "elo.regression_target"));
    }

    /** {@code ingame.margin_sd}: the NFL in-game normal model (60 minutes) with the configured σ of the final margin. */
    public static NormalInGameModel normalInGame(EffectiveConfig cfg) {
        return new NormalInGameModel(number(cfg, "ingame.margin_sd"), NormalInGameModel.NFL_GAME_MINUTES);
    }

    /** {@code regression.l2_alpha}: the L2 strength of the pre-game logistic regression. */
    public static double regressionAlpha(EffectiveConfig cfg) {
        return number(cfg, "regression.l2_alpha");
    }

    /**
     * {@code ensemble.weights.*} and {@code adjustments.shrinkage_factor}: the ensemble's member weights (elo, regression, ml,
     * historical) and its shrinkage toward 0.5; the agreement scale stays {@link EnsembleWeights#DEFAULT_AGREEMENT_SCALE}.
     */
    public static EnsembleWeights ensembleWeights(EffectiveConfig cfg) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String member : EnsembleWeights.specDefaults().weights().keySet()) w.put(member, number(cfg, "ensemble.weights." + member));
        return new EnsembleWeights(w, number(cfg, "adjustments.shrinkage_factor"), EnsembleWeights.DEFAULT_AGREEMENT_SCALE);
    }

    /** {@code evaluation.cv_folds}: k of the temporal cross-validation when the command does not name one. */
    public static int crossValidationFolds(EffectiveConfig cfg) {
        return Math.toIntExact(cfg.integer(F, "evaluation.cv_folds"));
    }

    /** {@code evaluation.cv_accuracy_sd_flag}: the fold-accuracy standard deviation above which a cross-validation is unstable. */
    public static double crossValidationUnstableSd(EffectiveConfig cfg) {
        return number(cfg, "evaluation.cv_accuracy_sd_flag");
    }

    /**
     * The configuration to record in a new pre-game model version: {@code given} plus, for every Elo, regression and ensemble
     * setting the version does not set itself and the configuration sets differently from the built-in default, that
     * setting under the version's key ({@code elo.k}, {@code elo.home_advantage}, {@code alpha}, {@code weights.elo},
     * {@code shrinkage}…). With the built-in defaults it returns {@code given} unchanged. The Elo settings apply to the
     * {@code spec} preset of the version's {@code league} (NFL when absent); a version built on another preset keeps it.
     * In-game types are returned unchanged (their settings are fitted, not configured).
     *
     * @param cfg the configuration in force
     * @param type the new version's type
     * @param given the operator's entries (kept, and never overridden)
     * @return the entries to record, {@code given}'s first, in a new map
     */
    public static Map<String, String> versionConfig(EffectiveConfig cfg, ModelType type, Map<String, String> given) {
        Objects.requireNonNull(type, "type");
        Map<String, String> out = new LinkedHashMap<>(Objects.requireNonNull(given, "given"));
        if (type != ModelType.ELO && type != ModelType.LOGISTIC_REGRESSION && type != ModelType.ENSEMBLE) return out;
        Map<String, String> set = new LinkedHashMap<>();
        given.forEach((k, v) -> set.put(k.trim().toLowerCase(Locale.ROOT), v == null ? "" : v.trim()));
        String preset = set.getOrDefault("elo.preset", "spec").toLowerCase(Locale.ROOT);
        if (preset.equals("spec")) {
            League league = League.parse(set.getOrDefault("league", "NFL"));
            EloParameters spec = EloParameters.spec(league.name());
            EloParameters conf = elo(cfg, league);
            String l = key(league);
            addIf(out, set, "elo.initial", conf.initialRating() != spec.initialRating(), text(cfg, "elo.initial_rating"));
            addIf(out, set, "elo.scale", conf.scale() != spec.scale(), text(cfg, "elo.scale"));
            addIf(out, set, "elo.k", conf.kFactor() != spec.kFactor(), text(cfg, "elo.k." + l));
            addIf(out, set, "elo.playoff_multiplier", conf.playoffKMultiplier() != spec.playoffKMultiplier(), text(cfg, "elo.playoff_k_multiplier"));
            addIf(out, set, "elo.home_advantage", !conf.homeAdvantageEras().equals(spec.homeAdvantageEras()),
                    text(cfg, "elo.home_advantage_before_cutover." + l) + "," + cutover(cfg) + ":" + text(cfg, "elo.home_advantage_after_cutover." + l));
            addIf(out, set, "elo.mov_min", conf.movMin() != spec.movMin(), text(cfg, "elo.mov_multiplier_min"));
            addIf(out, set, "elo.mov_max", conf.movMax() != spec.movMax(), text(cfg, "elo.mov_multiplier_max"));
            addIf(out, set, "elo.reversion", conf.seasonReversion() != spec.seasonReversion(), text(cfg, "elo.regression_fraction"));
            addIf(out, set, "elo.reversion_target", conf.reversionTarget() != spec.reversionTarget(), text(cfg, "elo.regression_target"));
        }
        if (type != ModelType.ELO) {
            addIf(out, set, "alpha", regressionAlpha(cfg) != LogisticRegression.DEFAULT_ALPHA, text(cfg, "regression.l2_alpha"));
        }
        if (type == ModelType.ENSEMBLE) {
            EnsembleWeights spec = EnsembleWeights.specDefaults();
            EnsembleWeights conf = ensembleWeights(cfg);
            for (String member : spec.weights().keySet()) {
                addIf(out, set, "weights." + member, conf.weight(member) != spec.weight(member), text(cfg, "ensemble.weights." + member));
            }
            addIf(out, set, "shrinkage", conf.shrinkage() != spec.shrinkage(), text(cfg, "adjustments.shrinkage_factor"));
        }
        return out;
    }

    private static void addIf(Map<String, String> out, Map<String, String> set, String versionKey, boolean differs, String value) {
        if (differs && !set.containsKey(versionKey)) out.put(versionKey, value);
    }

    private static LocalDate cutover(EffectiveConfig cfg) {
        String text = cfg.text(F, "elo.home_advantage_cutover");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(F + ": elo.home_advantage_cutover = \"" + text + "\" is not a date such as 2020-03-12", e);
        }
    }

    private static String key(League league) {
        return Objects.requireNonNull(league, "league").name().toLowerCase(Locale.ROOT);
    }

    /** A decimal setting as the version records it: plain digits (no exponent), as the configuration gives it. */
    private static String text(EffectiveConfig cfg, String path) {
        return cfg.decimal(F, path).toPlainString();
    }

    /** A model parameter: model math is in {@code double} (the decimal's nearest double, as a literal would give). */
    private static double number(EffectiveConfig cfg, String path) {
        return cfg.decimal(F, path).doubleValue();
    }
}
