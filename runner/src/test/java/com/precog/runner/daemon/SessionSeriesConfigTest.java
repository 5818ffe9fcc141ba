package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enabled league whose series is blank in markets.yaml is refused at start (bad input, naming the key):
 * Kalshi reads {@code GET /markets?series_ticker=} as no filter, so the session tracked and subscribed every
 * open market of the exchange.
 */
class SessionSeriesConfigTest {
    @Test
    void aBlankSeriesOfAnEnabledLeagueIsRefusedNamingTheKey(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            f.addMarket("KXFEDDECISION", "KXFEDDECISION-27JAN-H0", "KXFEDDECISION-27JAN", "Fed holds rates", 50_000); // another series' market
            EffectiveConfig config = EffectiveConfig.resolve(Map.of(ConfigSchema.MARKETS + ":leagues.ncaaf.series", " "), List.of());
            assertThatThrownBy(() -> LiveSession.start(f.paperOptions(config, Duration.ofMillis(50))).close())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("markets.yaml leagues.ncaaf.series is blank");
            assertThat(f.journaledOrders(ExecutionEnvironment.PAPER)).isEmpty();
        }
    }
}
