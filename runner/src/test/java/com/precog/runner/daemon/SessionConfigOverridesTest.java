package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.ConfigOverrides;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §12 precedence in the daemon: an active override of {@code precog config set} beats the files. Before, the
 * session was built from the YAML alone, so {@code config set} changed what {@code config show --db} printed and
 * nothing the daemon did.
 */
class SessionConfigOverridesTest {
    @Test
    void anActiveDatabaseOverride_isInForce_anExpiredOneIsNot(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 2, 0)) {
            ConfigOverrides overrides = f.adapters().configOverrides("ops");
            String first = f.tickers.get(0);
            // the files track both markets; the override excludes the first one's prefix from discovery
            overrides.put(new ConfigOverrides.Override(ConfigSchema.MARKETS, "discovery.exclude_prefix", first, Instant.now(), Optional.empty(), true,
                    "hold this game"));
            try (LiveSession.Handle h = LiveSession.start(f.paperOptions(EffectiveConfig.defaults(), Duration.ofMillis(25)))) {
                assertThat(h.session().trackedMarkets()).extracting(m -> m.ticker()).containsExactly(f.tickers.get(1));
            }
            overrides.put(new ConfigOverrides.Override(ConfigSchema.MARKETS, "discovery.exclude_prefix", first, Instant.now().minusSeconds(60),
                    Optional.of(Instant.now().minusSeconds(1)), true, "expired"));
            try (LiveSession.Handle h = LiveSession.start(f.paperOptions(EffectiveConfig.defaults(), Duration.ofMillis(25)))) {
                assertThat(h.session().trackedMarkets()).extracting(m -> m.ticker()).containsExactlyInAnyOrderElementsOf(f.tickers);
            }
        }
    }

    @Test
    void anOverrideThatNoLongerFitsTheFiles_stopsTheStartAsBadInput_naming_it(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            f.adapters().configOverrides("ops").put(new ConfigOverrides.Override(ConfigSchema.TRADING, "kelly_hard_max", "0.05", Instant.now(),
                    Optional.empty(), true, "set before the files raised kelly_fraction"));
            assertThatThrownBy(() -> LiveSession.start(f.paperOptions(EffectiveConfig.defaults(), Duration.ofMillis(25))).close())
                    .hasRootCauseInstanceOf(com.precog.application.config.InvalidConfigException.class)
                    .rootCause().hasMessageContaining("exceeds kelly_hard_max 0.05");
            assertThat(f.journaledOrders(ExecutionEnvironment.PAPER)).isEmpty();
        }
    }

    /**
     * SPEC: every number lives in the configuration and can be overridden. The daemon built its breakers from the SPEC
     * defaults whatever trading.yaml said: a daily loss limit lowered to $250 still let it lose $500.
     */
    @Test
    void theCircuitBreakerLimits_areTheConfiguredOnes_filesAndOverrides(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            f.adapters().configOverrides("ops").put(new ConfigOverrides.Override(ConfigSchema.TRADING, "circuit_breakers.rapid_loss_dollars", "50",
                    Instant.now(), Optional.empty(), true, "a nervous day"));
            EffectiveConfig files = EffectiveConfig.resolve(java.util.Map.of("trading.yaml:circuit_breakers.daily_loss_dollars", "250",
                    "trading.yaml:circuit_breakers.consecutive_losses", "3"), java.util.List.of());
            try (LiveSession.Handle h = LiveSession.start(f.paperOptions(files, Duration.ofMillis(25)))) {
                com.precog.domain.risk.BreakerConfig c = h.injector().getInstance(com.precog.application.service.risk.CircuitBreakerService.class).config();
                assertThat(c.dailyLossLimit()).isEqualTo(com.precog.domain.money.Dollars.of(250));
                assertThat(c.consecutiveLosses()).isEqualTo(3);
                assertThat(c.rapidLossLimit()).as("the database override beats the files").isEqualTo(com.precog.domain.money.Dollars.of(50));
            }
        }
    }

    /** data_sources.yaml's Kalshi rate tier and request timeout reach the daemon's exchange client (the environment still wins). */
    @Test
    void theKalshiTierAndTimeout_areTheConfiguredOnes(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            EffectiveConfig files = EffectiveConfig.resolve(java.util.Map.of("data_sources.yaml:kalshi.rate_limit_tier", "advanced",
                    "data_sources.yaml:kalshi.request_timeout", "4s"), java.util.List.of());
            try (LiveSession.Handle h = LiveSession.start(f.paperOptions(files, Duration.ofMillis(25)))) {
                com.precog.adapters.kalshi.KalshiSettings k = h.injector().getInstance(com.precog.adapters.kalshi.KalshiAdapter.class).settings();
                assertThat(k.tier()).isEqualTo(com.precog.adapters.kalshi.RateTier.ADVANCED);
                assertThat(k.requestTimeout()).isEqualTo(Duration.ofSeconds(4));
            }
        }
    }
}
