package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiSettings;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderStatus;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo session compares the account's holdings at Kalshi with its open positions every 60 ticks:
 * an order filled outside the daemon (here through the same account's API) makes health component
 * {@code positions} DEGRADED, naming the market, within two reads.
 */
class SessionPositionDriftTest {
    @Test
    void aHoldingTheDaemonDoesNotKnow_showsInHealth_namingTheMarket(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            try (LiveSession.Handle h = f.start(ExecutionEnvironment.DEMO)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                JsonNode agree = f.awaitHealth("/components", c -> component(c, "positions").path("detail").asText().contains("agree"), deadline);
                assertThat(component(agree, "positions").path("status").asText()).isEqualTo("UP");
                String ticker = f.tickers.get(0);
                KalshiAdapter outside = KalshiAdapter.create(KalshiSettings.fromEnvironment(f.env));
                var placed = outside.orderGateway().place(OrderRequest.limit(ClientOrderId.of("by-hand-1"), ticker, Side.NO, OrderAction.BUY,
                        Contracts.of(7), Price.parse("0.47"))); // the YES bid is 0.53: a NO buy at 0.47 fills
                assertThat(placed.status()).isEqualTo(OrderStatus.FILLED);

                JsonNode differ = f.awaitHealth("/components", c -> component(c, "positions").path("status").asText().equals("DEGRADED"), deadline);

                assertThat(component(differ, "positions").path("detail").asText()).startsWith("differ from the venue: " + ticker + ": venue ");
            }
        }
    }

    private static JsonNode component(JsonNode components, String name) {
        if (components != null) for (JsonNode c : components) if (c.path("name").asText().equals(name)) return c;
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
