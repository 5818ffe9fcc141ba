package com.precog.application.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.positions.MonitorConfig;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.execution.FirstPrice;
import com.precog.domain.money.Dollars;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The breakers, exit execution and monitoring cadence read from the configuration instead of hard-coded defaults. */
class ConfiguredRiskTest {
    static EffectiveConfig with(Map<String, String> yaml) {
        return EffectiveConfig.resolve(yaml, List.of());
    }

    @Test
    void theBuiltInDefaults_areTheSpecDefaults() {
        EffectiveConfig d = EffectiveConfig.defaults();
        assertThat(ConfiguredRisk.breakers(d)).isEqualTo(BreakerConfig.defaults());
        assertThat(ConfiguredRisk.monitor(d)).isEqualTo(MonitorConfig.defaults());
        ExecutionPolicy e = ConfiguredRisk.execution(d);
        for (ExitPriority p : ExitPriority.values()) assertThat(e.plan(p)).isEqualTo(ExecutionPolicy.defaults().plan(p));
        assertThat(e.maxSlippageMicros()).isEqualTo(ExecutionPolicy.defaults().maxSlippageMicros());
        assertThat(ConfiguredRisk.monitoringRequestsPerMinute(d)).isEqualTo(60);
    }

    @Test
    void aLowerDailyLossLimit_tripsWhereTheDefaultWouldNot() {
        BreakerConfig c = ConfiguredRisk.breakers(with(Map.of("trading.yaml:circuit_breakers.daily_loss_dollars", "200",
                "trading.yaml:circuit_breakers.consecutive_losses", "2", "trading.yaml:circuit_breakers.stale_price_after", "30s",
                "trading.yaml:circuit_breakers.edge_anomaly_edge", "0.125")));
        assertThat(c.dailyLossLimit()).isEqualTo(Dollars.of(200));
        assertThat(c.consecutiveLosses()).isEqualTo(2);
        assertThat(c.priceStaleAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.edgeAnomalyMicros()).isEqualTo(125_000);
        assertThat(c.rapidLossLimit()).as("untouched keys keep their default").isEqualTo(Dollars.of(200));

        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T18:00:00Z"));
        CircuitBreakerService configured = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), c, ZoneOffset.UTC);
        CircuitBreakerService spec = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
        configured.recordPnl(Dollars.of(-150), Dollars.of(-60));
        spec.recordPnl(Dollars.of(-150), Dollars.of(-60));
        assertThat(configured.active()).extracting(BreakerEvent::kind).contains(BreakerKind.DAILY_LOSS);
        assertThat(spec.active()).extracting(BreakerEvent::kind).doesNotContain(BreakerKind.DAILY_LOSS);
    }

    @Test
    void executionAndMonitoring_followTheirKeys() {
        EffectiveConfig cfg = with(Map.of("position_management.yaml:execution.high.walks", "4",
                "position_management.yaml:execution.high.timeout", "3s", "position_management.yaml:execution.critical.timeout", "8s",
                "position_management.yaml:execution.max_slippage", "0.02", "position_management.yaml:monitoring.normal_interval", "60s",
                "position_management.yaml:monitoring.urgent_proximity", "0.035", "position_management.yaml:monitoring.api_budget_per_minute", "30"));
        ExecutionPolicy e = ConfiguredRisk.execution(cfg);
        assertThat(e.plan(ExitPriority.HIGH).maxWalks()).isEqualTo(4);
        assertThat(e.plan(ExitPriority.HIGH).timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(e.plan(ExitPriority.HIGH).firstPrice()).as("the SPEC table's first price").isEqualTo(FirstPrice.BID_PLUS_TICK);
        assertThat(e.plan(ExitPriority.CRITICAL).timeout()).isEqualTo(Duration.ofSeconds(8));
        assertThat(e.plan(ExitPriority.LOW)).isEqualTo(ExecutionPolicy.defaults().plan(ExitPriority.LOW));
        assertThat(e.maxSlippageMicros()).isEqualTo(20_000);
        MonitorConfig m = ConfiguredRisk.monitor(cfg);
        assertThat(m.normal()).isEqualTo(Duration.ofSeconds(60));
        assertThat(m.urgentMarginMicros()).isEqualTo(35_000);
        assertThat(ConfiguredRisk.monitoringRequestsPerMinute(cfg)).isEqualTo(30);
    }

    @Test
    void badCombinations_areRefusedNamingTheKey() {
        assertThatThrownBy(() -> with(Map.of("position_management.yaml:monitoring.urgent_interval", "2m")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("monitoring.urgent_interval")
                .hasMessageContaining("must not be longer than monitoring.normal_interval");
        assertThatThrownBy(() -> with(Map.of("trading.yaml:circuit_breakers.stale_game_after", "20s")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("circuit_breakers.stale_game_after")
                .hasMessageContaining("two live polls");
        assertThat(ConfiguredRisk.breakers(with(Map.of("trading.yaml:circuit_breakers.stale_game_after", "20s",
                "data_sources.yaml:espn.live_poll_interval", "10s"))).gameStaleAfter()).isEqualTo(Duration.ofSeconds(20));
        // the REST copies served while the WebSocket is down are polled every 2 s: a shorter bar would halt every entry then
        assertThatThrownBy(() -> with(Map.of("trading.yaml:circuit_breakers.stale_price_after", "5s")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("circuit_breakers.stale_price_after");
        assertThat(ConfiguredRisk.breakers(with(Map.of("trading.yaml:circuit_breakers.stale_price_after", "10s"))).priceStaleAfter())
                .isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> with(Map.of("trading.yaml:circuit_breakers.daily_loss_dollars", "0")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("circuit_breakers.daily_loss_dollars");
        assertThatThrownBy(() -> ConfiguredRisk.breakers(with(Map.of("trading.yaml:circuit_breakers.edge_anomaly_edge", "0.1234567"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("circuit_breakers.edge_anomaly_edge").hasMessageContaining("6 decimal places");
    }
}
