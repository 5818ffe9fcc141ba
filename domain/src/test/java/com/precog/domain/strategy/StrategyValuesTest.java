package com.precog.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.order.ExecutionEnvironment;
import org.junit.jupiter.api.Test;

class StrategyValuesTest {
    @Test
    void attribution_requiresEveryPart() {
        Attribution a = new Attribution(StrategyKey.of("s", "v1.0"), "elo@v1.0", ExecutionEnvironment.DEMO);
        assertThat(a.environment()).isEqualTo(ExecutionEnvironment.DEMO);
        assertThatThrownBy(() -> new Attribution(StrategyKey.of("s", "v1.0"), " ", ExecutionEnvironment.DEMO)).hasMessageContaining("modelVersion");
        assertThatThrownBy(() -> new Attribution(null, "m", ExecutionEnvironment.DEMO)).hasMessageContaining("strategy");
    }

    @Test
    void typesStatusesAndVersions_parse() {
        assertThat(StrategyType.parse("settlement-arbitrage")).isEqualTo(StrategyType.SETTLEMENT_ARBITRAGE);
        assertThat(StrategyType.HALFTIME_ENTRY.wireName()).isEqualTo("halftime_entry");
        assertThatThrownBy(() -> StrategyType.parse("scalping")).hasMessageContaining("scalping");
        assertThat(StrategyStatus.parse("Inactive")).isEqualTo(StrategyStatus.INACTIVE);
        assertThat(StrategyStatus.ACTIVE.wireName()).isEqualTo("active");
        assertThatThrownBy(() -> StrategyStatus.parse("paused")).hasMessageContaining("paused");
        assertThat(VersionNumber.of("v1.2").nextMinor()).isEqualTo(VersionNumber.parse("1.3"));
        assertThat(VersionNumber.of("v1.2").nextMajor().toString()).isEqualTo("v2.0");
        assertThatThrownBy(() -> VersionNumber.parse("vX.1")).hasMessageContaining("vX.1");
        assertThatThrownBy(() -> new VersionNumber(-1, 0)).hasMessageContaining("negative");
        assertThatThrownBy(() -> StrategyKey.parse("noversion")).hasMessageContaining("name@v1.0");
        assertThat(StrategyKey.of("a", "v1.0").compareTo(StrategyKey.of("a", "v1.1"))).isNegative();
    }

    @Test
    void rules_validateTheirParameters() {
        assertThatThrownBy(() -> new EntryRules.PreGame(com.precog.domain.money.Dollars.of("0.6"), com.precog.domain.money.Probability.of("0.7"),
                com.precog.domain.sizing.KellyFraction.DEFAULT, java.time.Duration.ZERO, java.time.Duration.ofHours(1))).hasMessageContaining("minEdge");
        assertThatThrownBy(() -> new EntryRules.Halftime(com.precog.domain.money.Dollars.of("0.06"), com.precog.domain.money.Probability.of("0.4"),
                com.precog.domain.sizing.KellyFraction.DEFAULT, java.time.Duration.ofMinutes(10))).hasMessageContaining("minConfidence");
        assertThatThrownBy(() -> new EntryRules.PreGame(com.precog.domain.money.Dollars.of("0.06"), com.precog.domain.money.Probability.of("0.7"),
                com.precog.domain.sizing.KellyFraction.DEFAULT, java.time.Duration.ofHours(2), java.time.Duration.ofHours(1))).hasMessageContaining("window");
        EntryRules.Live live = new EntryRules.Live(true, com.precog.domain.money.Dollars.of("0.10"), com.precog.domain.money.Probability.of("0.7"),
                com.precog.domain.sizing.KellyFraction.DEFAULT, java.time.Duration.ofMinutes(5));
        assertThat(live.admits(new EntryContext("NBA", EntryContext.Phase.IN_PROGRESS, -1, -1, 301, 3, true, 2), 600_000)).isTrue();
        assertThat(live.admits(new EntryContext("NBA", EntryContext.Phase.IN_PROGRESS, -1, -1, 300, 3, true, 2), 600_000)).isFalse();
        assertThat(live.withKellyFraction(com.precog.domain.sizing.KellyFraction.HARD_MAX).kellyFraction())
                .isEqualTo(com.precog.domain.sizing.KellyFraction.HARD_MAX);
        assertThatThrownBy(() -> new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, 0, -2, 0, 0, false, 0)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new EntryContext("NFL", EntryContext.Phase.IN_PROGRESS, 0, 0, 0, -3, false, 0)).hasMessageContaining("leaderLead");
    }
}
