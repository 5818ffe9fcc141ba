package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo session's entry orders sit in a Kalshi order group with a contracts cap. When the exchange
 * triggers that group by itself (the cap was reached), the session must see it on the WebSocket and
 * trip a breaker — before, every later entry was refused for the rest of the session and nothing said so.
 */
class SessionOrderGroupTest {
    @Test
    void theExchangeTriggeringTheEntryGroup_tripsUnusualActivity_andResolvingTheBreakerResetsTheGroup(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            try (LiveSession.Handle h = f.start(ExecutionEnvironment.DEMO)) {
                CircuitBreakerService breakers = h.injector().getInstance(CircuitBreakerService.class);
                await(() -> f.exchange.orderGroupIds().size() == 1 && f.exchange.webSocket().subscriptions("order_group_updates") == 1,
                        "the entry group created and its updates followed");
                String group = f.exchange.orderGroupIds().get(0);
                assertThat(f.exchange.orderGroupTriggered(group)).isFalse();
                assertThat(KalshiVenueModule.entryGroupLimit(f.options(ExecutionEnvironment.DEMO, LifecyclePoints.NONE, Duration.ofMillis(25)).config()))
                        .as("$500 at 1¢, twice").isEqualTo(100_000);

                f.exchange.triggerOrderGroup(group);

                await(() -> breakers.haltingBreaker(f.tickers.get(0)).isPresent(), "a breaker tripped");
                BreakerEvent tripped = breakers.active().get(0);
                assertThat(tripped.kind()).isEqualTo(BreakerKind.UNUSUAL_ACTIVITY);
                assertThat(tripped.scope()).isEqualTo(BreakerEvent.ALL);
                assertThat(tripped.reason()).contains("Kalshi triggered order group " + group);
                assertThat(breakers.active()).hasSize(1);

                breakers.resolve(BreakerKind.UNUSUAL_ACTIVITY, BreakerEvent.ALL, "ops", "cap reviewed");

                assertThat(f.exchange.orderGroupTriggered(group)).as("reset at the exchange by the resolve").isFalse();
                assertThat(f.exchange.orderGroupIds()).isEqualTo(List.of(group));
            }
        }
    }

    private static void await(BooleanSupplier c, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for: " + what);
            Thread.sleep(20);
        }
    }
}
