package com.precog.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to build a pre-game model from a version's type and configuration. Every spec carries the Elo
 * parameters its feature replay uses; {@link #train} fits on rows from earlier games only (the caller
 * guarantees it) and returns an immutable {@link PreGameModel}.
 *
 * <p>Configuration keys (all optional): {@code league} (NFL…; SPEC Elo defaults), {@code elo.preset}
 * ({@code spec} | {@code fivethirtyeight}), {@code elo.k}, {@code elo.home_advantage} ({@code 48} or
 * {@code 48,2020-03-12:30}), {@code elo.playoff_multiplier}, {@code elo.mov} (true/false),
 * {@code elo.mov_min}, {@code elo.mov_max} ({@code inf} for none), {@code elo.reversion},
 * {@code elo.reversion_target}, {@code elo.initial}, {@code elo.scale} (the logistic scale, 400); regression: {@code features} (comma list of
 * {@link PreGameFeature} keys, default {@code elo_diff,home}), {@code alpha} (0.01),
 * {@code train_from_season}; ensemble: {@code weights.<member>} (members elo, regression, market; SPEC
 * defaults otherwise), {@code shrinkage} (0.10), {@code agreement_scale} (0.25) plus the regression keys
 * for its regression member. Unknown keys are rejected by name. Specs are immutable.
 */
public sealed interface PreGameModelSpec {
    /** {@return the Elo parameters of the feature replay} */
    EloParameters elo();

    /**
     * Fits the model.
     *
     * @param history rows of games before the ones to forecast
     * @return the trained model (an always-empty one when no row could be used)
     */
    PreGameModel train(List<PreGameRow> history);

    /**
     * Elo: needs no fitting.
     *
     * @param elo the Elo parameters
     */
    record EloSpec(EloParameters elo) implements PreGameModelSpec {
        /**
         * Validates the spec.
         *
         * @throws NullPointerException if {@code elo} is null
         */
        public EloSpec {
            Objects.requireNonNull(elo, "elo");
        }

        @Override
        public PreGameModel train(List<PreGameRow> history) {
            return EloPreGameModel.withDefaults();
        }
    }

    /**
     * Logistic regression on features, fitted on the rows of seasons ≥ trainFromSeason that have every feature.
     *
     * @param elo the Elo parameters
     * @param features the features, not empty, no duplicates (copied)
     * @param alpha the L2 strength, finite and {@code >= 0}
     * @param trainFromSeason the first season fitted on
     */
    record RegressionSpec(EloParameters elo, List<PreGameFeature> features, double alpha, int trainFromSeason) implements PreGameModelSpec {
        /** Training rows for confidence 1. */
        public static final int FULL_CONFIDENCE_ROWS = 1000;

        /**
         * Validates the spec.
         *
         * @throws IllegalArgumentException if the features are empty or repeated, or alpha is out of range
         * @throws NullPointerException if the parameters or features are null
         */
        public RegressionSpec {
            Objects.requireNonNull(elo, "elo");
            features = List.copyOf(Objects.requireNonNull(features, "features"));
            if (features.isEmpty()) throw new IllegalArgumentException("features must not be empty");
            if (new HashSet<>(features).size() != features.size()) throw new IllegalArgumentException("features has duplicates: " + features);
            if (!(alpha >= 0) || Double.isInfinite(alpha)) throw new IllegalArgumentException("alpha must be finite and >= 0, was " + alpha);
        }

        @Override
        public PreGameModel train(List<PreGameRow> history) {
            List<double[]> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (PreGameRow r : history) {
                if (r.season() < trainFromSeason) continue;
                double[] x = LogisticPreGameModel.featureVector(features, r);
                if (x == null) continue;
                xs.add(x);
                ys.add(r.outcome());
            }
            if (xs.isEmpty()) return new UntrainedModel("regression");
            double[] y = new double[ys.size()];
            for (int i = 0; i < y.length; i++) y[i] = ys.get(i);
            LogisticRegression.Fitted fit = LogisticRegression.of(alpha, 100, 1e-10).fit(xs.toArray(new double[0][]), y);
            return new LogisticPreGameModel(features, fit, xs.size(), FULL_CONFIDENCE_ROWS);
        }
    }

    /**
     * Ensemble of elo, regression (when weighted) and market (when weighted).
     *
     * @param elo the Elo parameters
     * @param regression the spec of the regression member
     * @param weights the member weights
     */
    record EnsembleSpec(EloParameters elo, RegressionSpec regression, EnsembleWeights weights) implements PreGameModelSpec {
        /**
         * Validates the spec.
         *
         * @throws NullPointerException if a component is null
         */
        public EnsembleSpec {
            Objects.requireNonNull(elo, "elo");
            Objects.requireNonNull(regression, "regression");
            Objects.requireNonNull(weights, "weights");
        }

        @Override
        public PreGameModel train(List<PreGameRow> history) {
            List<PreGameModel> members = new ArrayList<>();
            if (weights.weight("elo") > 0) members.add(EloPreGameModel.withDefaults());
            if (weights.weight("regression") > 0) members.add(regression.train(history));
            if (weights.weight("market") > 0) members.add(new MarketPreGameModel());
            if (members.isEmpty()) throw new IllegalArgumentException("ensemble weights give no positive weight to elo, regression or market: " + weights.weights());
            return new EnsemblePreGameModel(members, new Ensemble(weights));
        }
    }

    /**
     * A model that has not seen any training row yet: always empty.
     *
     * @param member the member name it stands in for
     */
    record UntrainedModel(String member) implements PreGameModel {
        @Override
        public java.util.Optional<ModelEstimate> estimate(PreGameRow row) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Builds the spec of a pre-game model version.
     *
     * @param type the model type, a pre-game one
     * @param config the version's configuration (keys above; trimmed, case-insensitive)
     * @return the spec
     * @throws IllegalArgumentException for an in-game type, an unknown key or a bad value (named)
     */
    static PreGameModelSpec parse(ModelType type, Map<String, String> config) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(config, "config");
        Set<String> used = new HashSet<>();
        Map<String, String> c = new LinkedHashMap<>();
        config.forEach((k, v) -> c.put(k.trim().toLowerCase(Locale.ROOT), v.trim()));
        EloParameters elo = parseElo(c, used);
        PreGameModelSpec spec = switch (type) {
            case ELO -> new EloSpec(elo);
            case LOGISTIC_REGRESSION -> parseRegression(elo, c, used);
            case ENSEMBLE -> {
                RegressionSpec reg = parseRegression(elo, c, used);
                Map<String, Double> w = new LinkedHashMap<>(EnsembleWeights.specDefaults().weights());
                for (String k : c.keySet()) {
                    if (k.startsWith("weights.")) {
                        String member = k.substring("weights.".length());
                        if (!Set.of("elo", "regression", "ml", "historical", "market").contains(member)) {
                            throw new IllegalArgumentException("config key " + k + ": member must be elo, regression, ml, historical or market");
                        }
                        w.put(member, number(c, k, used));
                    }
                }
                double shrinkage = c.containsKey("shrinkage") ? number(c, "shrinkage", used) : EnsembleWeights.DEFAULT_SHRINKAGE;
                double agreement = c.containsKey("agreement_scale") ? number(c, "agreement_scale", used) : EnsembleWeights.DEFAULT_AGREEMENT_SCALE;
                yield new EnsembleSpec(elo, reg, new EnsembleWeights(w, shrinkage, agreement));
            }
            case HISTORICAL_LOOKUP, NORMAL_IN_GAME, IN_GAME_LOGISTIC ->
                    throw new IllegalArgumentException("model type " + type.key() + " is an in-game model, not a pre-game one");
        };
        for (String k : c.keySet()) {
            if (!used.contains(k)) throw new IllegalArgumentException("config key " + k + " is not known for model type " + type.key());
        }
        return spec;
    }

    private static RegressionSpec parseRegression(EloParameters elo, Map<String, String> c, Set<String> used) {
        List<PreGameFeature> features = new ArrayList<>();
        String list = c.getOrDefault("features", "elo_diff,home");
        used.add("features");
        for (String f : list.split(",")) {
            if (!f.isBlank()) features.add(PreGameFeature.parse(f));
        }
        double alpha = c.containsKey("alpha") ? number(c, "alpha", used) : LogisticRegression.DEFAULT_ALPHA;
        int from = c.containsKey("train_from_season") ? (int) number(c, "train_from_season", used) : Integer.MIN_VALUE;
        return new RegressionSpec(elo, features, alpha, from);
    }

    private static EloParameters parseElo(Map<String, String> c, Set<String> used) {
        String league = c.getOrDefault("league", "NFL");
        used.add("league");
        String preset = c.getOrDefault("elo.preset", "spec").toLowerCase(Locale.ROOT);
        used.add("elo.preset");
        EloParameters base = switch (preset) {
            case "spec" -> EloParameters.spec(league);
            case "fivethirtyeight" -> EloParameters.fiveThirtyEightNfl();
            default -> throw new IllegalArgumentException("config key elo.preset must be spec or fivethirtyeight, was " + preset);
        };
        double initial = c.containsKey("elo.initial") ? number(c, "elo.initial", used) : base.initialRating();
        double scale = c.containsKey("elo.scale") ? number(c, "elo.scale", used) : base.scale();
        double k = c.containsKey("elo.k") ? number(c, "elo.k", used) : base.kFactor();
        double playoff = c.containsKey("elo.playoff_multiplier") ? number(c, "elo.playoff_multiplier", used) : base.playoffKMultiplier();
        List<HomeAdvantageEra> eras = base.homeAdvantageEras();
        if (c.containsKey("elo.home_advantage")) {
            used.add("elo.home_advantage");
            eras = parseEras(c.get("elo.home_advantage"));
        }
        boolean mov = base.marginOfVictory();
        if (c.containsKey("elo.mov")) {
            used.add("elo.mov");
            String v = c.get("elo.mov").toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) throw new IllegalArgumentException("config key elo.mov must be true or false, was " + v);
            mov = v.equals("true");
        }
        double movMin = c.containsKey("elo.mov_min") ? number(c, "elo.mov_min", used) : base.movMin();
        double movMax = c.containsKey("elo.mov_max") ? number(c, "elo.mov_max", used) : base.movMax();
        double reversion = c.containsKey("elo.reversion") ? number(c, "elo.reversion", used) : base.seasonReversion();
        double target = c.containsKey("elo.reversion_target") ? number(c, "elo.reversion_target", used) : base.reversionTarget();
        return new EloParameters(initial, scale, k, playoff, eras, mov, movMin, movMax, reversion, target);
    }

    private static List<HomeAdvantageEra> parseEras(String text) {
        List<HomeAdvantageEra> eras = new ArrayList<>();
        String[] parts = text.split(",");
        try {
            eras.add(new HomeAdvantageEra(LocalDate.MIN, Double.parseDouble(parts[0].trim())));
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split(":");
                if (kv.length != 2) throw new IllegalArgumentException("era must be DATE:POINTS");
                eras.add(new HomeAdvantageEra(LocalDate.parse(kv[0].trim()), Double.parseDouble(kv[1].trim())));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("config key elo.home_advantage must look like 48 or 48,2020-03-12:30, was " + text, e);
        }
        return eras;
    }

    private static double number(Map<String, String> c, String key, Set<String> used) {
        used.add(key);
        String v = c.get(key);
        if (v.equalsIgnoreCase("inf")) return Double.POSITIVE_INFINITY;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config key " + key + " must be a number, was " + v, e);
        }
    }
}
