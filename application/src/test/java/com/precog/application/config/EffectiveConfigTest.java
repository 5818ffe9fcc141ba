package com.precog.application.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.ConfigOverrides;
import com.precog.application.port.out.InMemoryConfigOverrides;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectiveConfigTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void defaultsCarryTheSpecNumbers() {
        EffectiveConfig c = EffectiveConfig.defaults();
        assertThat(c.decimal("trading.yaml", "kelly_fraction")).isEqualByComparingTo("0.25");
        assertThat(c.decimal("trading.yaml", "kelly_fraction_by_league.ncaaf")).isEqualByComparingTo("0.20");
        assertThat(c.decimal("position_management.yaml", "stop_loss.high_confidence")).isEqualByComparingTo("-0.15");
        assertThat(c.duration("data_sources.yaml", "espn.live_poll_interval")).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.decimal("probability_models.yaml", "elo.k.nhl")).isEqualByComparingTo("6");
        assertThat(c.source("trading.yaml", "kelly_fraction")).isEqualTo(ConfigSource.DEFAULT);
    }

    @Test
    void precedence_overrideBeatsYamlBeatsDefault() {
        InMemoryConfigOverrides store = new InMemoryConfigOverrides();
        store.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.10", NOW.minusSeconds(5), Optional.empty(), true, "ops"));
        EffectiveConfig c = EffectiveConfig.resolve(Map.of("trading.yaml:kelly_fraction", "0.20", "trading.yaml:limits.max_open_positions", "7"), store, NOW);
        assertThat(c.decimal("trading.yaml", "kelly_fraction")).isEqualByComparingTo("0.10");
        assertThat(c.source("trading.yaml", "kelly_fraction")).isEqualTo(ConfigSource.OVERRIDE);
        assertThat(c.integer("trading.yaml", "limits.max_open_positions")).isEqualTo(7);
        assertThat(c.source("trading.yaml", "limits.max_open_positions")).isEqualTo(ConfigSource.YAML);
        assertThat(c.decimal("trading.yaml", "edges.action.alert")).isEqualTo(new BigDecimal("0.05"));
    }

    @Test
    void withOverrides_putsTheOverridesOnTheYamlValues_replacingEarlierOnes() {
        EffectiveConfig yaml = EffectiveConfig.resolve(Map.of("trading.yaml:kelly_fraction", "0.20", "trading.yaml:limits.max_open_positions", "7"),
                List.of(new ConfigOverrides.Override("trading.yaml", "edges.min_confidence", "0.60", NOW, Optional.empty(), true, "earlier")));
        EffectiveConfig c = yaml.withOverrides(List.of(
                new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.10", NOW, Optional.empty(), true, "ops")));
        assertThat(c.decimal("trading.yaml", "kelly_fraction")).isEqualByComparingTo("0.10");
        assertThat(c.source("trading.yaml", "kelly_fraction")).isEqualTo(ConfigSource.OVERRIDE);
        assertThat(c.integer("trading.yaml", "limits.max_open_positions")).isEqualTo(7);
        assertThat(c.source("trading.yaml", "limits.max_open_positions")).isEqualTo(ConfigSource.YAML);
        assertThat(c.source("trading.yaml", "edges.min_confidence")).as("the earlier override is replaced, not kept").isEqualTo(ConfigSource.DEFAULT);
        assertThat(yaml.withOverrides(List.of()).all()).isEqualTo(EffectiveConfig.resolve(
                Map.of("trading.yaml:kelly_fraction", "0.20", "trading.yaml:limits.max_open_positions", "7"), List.of()).all());
        assertThatThrownBy(() -> yaml.withOverrides(List.of(
                new ConfigOverrides.Override("trading.yaml", "kelly_hard_max", "0.05", NOW, Optional.empty(), true, "below the YAML's 0.20"))))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("exceeds kelly_hard_max 0.05");
    }

    @Test
    void expiredOverrideFallsBackToYaml() {
        InMemoryConfigOverrides store = new InMemoryConfigOverrides();
        store.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.10", NOW.minusSeconds(60), Optional.of(NOW.minusSeconds(1)), true, "ops"));
        EffectiveConfig c = EffectiveConfig.resolve(Map.of("trading.yaml:kelly_fraction", "0.20"), store, NOW);
        assertThat(c.decimal("trading.yaml", "kelly_fraction")).isEqualByComparingTo("0.20");
    }

    @Test
    void everyProblemIsReportedAtOnceWithFilePathValueAndRange() {
        assertThatThrownBy(() -> EffectiveConfig.resolve(Map.of(
                "trading.yaml:kelly_fraction", "0.9",
                "trading.yaml:limits.correlation_reject", "1.5",
                "position_management.yaml:monitoring.normal_interval", "-5s",
                "trading.yaml:no_such_key", "1"), List.of()))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    assertThat(e.getMessage())
                            .contains("trading.yaml: kelly_fraction = \"0.9\": out of range; allowed: a decimal from 0 to 0.50")
                            .contains("limits.correlation_reject = \"1.5\"").contains("from -1 to 1")
                            .contains("monitoring.normal_interval").contains("positive duration")
                            .contains("no_such_key").contains("unknown key");
                });
    }

    @Test
    void crossChecksCatchInconsistentCombinations() {
        assertThatThrownBy(() -> EffectiveConfig.resolve(Map.of("trading.yaml:kelly_hard_max", "0.20"), List.of()))
                .hasMessageContaining("kelly_fraction").hasMessageContaining("exceeds kelly_hard_max 0.20");
        assertThatThrownBy(() -> EffectiveConfig.resolve(Map.of("position_management.yaml:partial_exit.stage2_gain", "0.10"), List.of()))
                .hasMessageContaining("must be above partial_exit.stage1_gain");
    }

    @Test
    void invalidOverridesAreRejectedToo() {
        assertThatThrownBy(() -> EffectiveConfig.resolve(Map.of(), List.of(
                new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.75", NOW, Optional.empty(), true, "oops"))))
                .hasMessageContaining("override out of range");
    }
}
