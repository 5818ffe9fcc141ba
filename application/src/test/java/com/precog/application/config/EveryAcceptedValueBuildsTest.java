package com.precog.application.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.game.League;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.strategy.StrategyType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@code config validate} (and {@code config set}) accept, the daemon, the backtest and the model commands can be
 * built from: for every key, its smallest and largest allowed value, its default and every choice, one key at a time,
 * either the configuration is refused as a whole with the key named ({@link InvalidConfigException}, exit 2) or every
 * {@code Configured*} factory builds. Before, a value inside its range could pass validation and then stop the daemon at
 * start with a bare exception from a domain constructor.
 */
class EveryAcceptedValueBuildsTest {
    static List<String> candidates(ConfigKey k) {
        Set<String> out = new LinkedHashSet<>();
        out.add(k.defaultValue());
        switch (k.kind()) {
            case DECIMAL -> {
                out.add(k.min());
                out.add(k.max());
                out.add(new java.math.BigDecimal(k.min()).add(new java.math.BigDecimal("0.000001")).toPlainString()); // just inside
                out.add(new java.math.BigDecimal(k.defaultValue()).add(new java.math.BigDecimal("0.0000001")).toPlainString()); // a 7th decimal
            }
            case INTEGER, DURATION -> {
                out.add(k.min());
                out.add(k.max());
            }
            case BOOLEAN -> {
                out.add("true");
                out.add("false");
            }
            case CHOICE -> out.addAll(k.choices());
            case TEXT -> { }
        }
        return new ArrayList<>(out);
    }

    static void buildEverything(EffectiveConfig cfg) {
        ConfiguredRisk.breakers(cfg);
        ConfiguredRisk.execution(cfg);
        ConfiguredRisk.monitor(cfg);
        ConfiguredRisk.monitoringRequestsPerMinute(cfg);
        ConfiguredExits.exitResolver(cfg);
        ConfiguredExits.trailingStop(cfg);
        for (ExecutionEnvironment env : ExecutionEnvironment.values()) ConfiguredEntries.entrySettings(cfg, env);
        for (StrategyType t : StrategyType.values()) ConfiguredEntries.strategyConfig(cfg, t);
        ConfiguredModels.gateCriteria(cfg);
        for (League l : League.values()) ConfiguredModels.elo(cfg, l);
        ConfiguredModels.normalInGame(cfg);
        ConfiguredModels.regressionAlpha(cfg);
        ConfiguredModels.ensembleWeights(cfg);
        ConfiguredModels.crossValidationFolds(cfg);
        ConfiguredModels.crossValidationUnstableSd(cfg);
        cfg.generalFees();
    }

    @Test
    void everyAcceptedValue_buildsEveryPolicy_orIsRefusedNamingItsKey() {
        List<String> failures = new ArrayList<>();
        int built = 0;
        int refused = 0;
        for (ConfigKey k : ConfigSchema.keys().values()) {
            for (String v : candidates(k)) {
                EffectiveConfig cfg;
                try {
                    cfg = EffectiveConfig.resolve(Map.of(k.id(), v), List.of());
                } catch (InvalidConfigException e) {
                    refused++;
                    if (e.problems().isEmpty()) failures.add(k.id() + " = " + v + ": refused without a problem");
                    continue;
                } catch (RuntimeException e) {
                    failures.add(k.id() + " = " + v + ": resolving threw " + e);
                    continue;
                }
                try {
                    buildEverything(cfg);
                    built++;
                } catch (RuntimeException e) {
                    failures.add(k.id() + " = " + v + ": accepted, but building threw " + e);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(built).as("most values build").isGreaterThan(300);
        assertThat(refused).as("some in-range values are refused by cross-checks").isPositive();
    }
}
