package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.SessionHealth;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kalshi HTTP failures reach the api_failures breaker (SPEC §8), which halts entries and shows in health. */
class SessionApiFailuresTest {
    @Test
    void repeatedExchangeErrorsTripTheApiFailuresBreaker(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 2, 0)) {
            LiveSession.Handle h = LiveSession.start(f.options(ExecutionEnvironment.DEMO, LifecyclePoints.NONE, Duration.ofMillis(25)));
            try {
                assertThat(h.session().health().breakers()).isEmpty();
                f.exchange.failNext(12, "/markets/", 503); // each read is tried 4 times: two status checks fail 8 times
                h.session().marketChanged(f.tickers.get(0));
                h.session().marketChanged(f.tickers.get(1));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (h.session().health().breakers().isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
                SessionHealth health = h.session().health();
                assertThat(health.breakers()).extracting(SessionHealth.ActiveBreaker::kind).contains("api_failures");
                assertThat(health.breakers().get(0).reason()).contains("API errors").contains("HTTP 503");
                assertThat(health.components()).anyMatch(c -> c.name().equals("breakers") && c.status().equals("DEGRADED"));
            } finally {
                h.stop();
            }
        }
    }
}
