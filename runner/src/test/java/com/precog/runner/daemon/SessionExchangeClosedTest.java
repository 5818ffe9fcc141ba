package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While Kalshi says it is not trading ({@code GET /exchange/status}: maintenance or outside hours),
 * a session sends no entry (they would all be refused), shows why in health, and trades once the
 * exchange is back — read every 60 ticks (1.5 s at this test's 25 ms tick).
 */
class SessionExchangeClosedTest {
    @Test
    void underMaintenance_noEntryIsSent_healthSaysWhy_andEntriesStartWhenTheExchangeTradesAgain(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            Instant resume = Instant.parse("2026-12-10T10:00:00Z");
            f.exchange.setExchangeStatus(false, false, resume);
            try (LiveSession.Handle h = f.start(ExecutionEnvironment.DEMO)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                JsonNode exchange = f.awaitHealth("/components", c -> component(c, "exchange") != null
                        && component(c, "exchange").path("status").asText().equals("DEGRADED"), deadline);
                assertThat(component(exchange, "exchange").path("detail").asText())
                        .isEqualTo("exchange under maintenance, estimated resume " + resume + "; entries halted, exits wait");
                Thread.sleep(1_000); // 40 ticks: an open exchange would have been entered by now (the fixture's edge is immediate)
                assertThat(f.journaledOrders(ExecutionEnvironment.DEMO)).as("no order while closed").isEmpty();

                f.exchange.setExchangeStatus(true, true, null);

                while (f.journaledOrders(ExecutionEnvironment.DEMO).isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
                assertThat(f.journaledOrders(ExecutionEnvironment.DEMO)).as("entered once trading").isNotEmpty();
                JsonNode up = f.awaitHealth("/components", c -> component(c, "exchange").path("status").asText().equals("UP"), deadline);
                assertThat(component(up, "exchange").path("detail").asText()).isEqualTo("trading");
            }
        }
    }

    private static JsonNode component(JsonNode components, String name) {
        if (components == null) return null;
        for (JsonNode c : components) if (c.path("name").asText().equals(name)) return c;
        return null;
    }
}
