package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.OrderGateway;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fill reported by {@code place} carries the exact fees and average price of the order, not the
 * create response's per-contract average rounded to $0.0001 times the count (which overstated the
 * fee of 80 @ 0.45 by $0.006 and made realized P&L drift from the exchange's own figures).
 */
class KalshiOrderGatewayFeesTest {
    static final String FED = "KXFED-27APR-T4.25";
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    OrderGateway gateway;

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
        fake.clearAnonymous(FED, Side.YES);
        fake.clearAnonymous(FED, Side.NO);
        gateway = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl())
                .withCredentials(fake.testKeyId(), fake.writeTestKey(dir))).orderGateway();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void givenAnIocSellAcrossTwoLevels_place_reportsTheExactFeeTotalAndAverage() {
        fake.setAnonymousLevel(FED, Side.YES, 500_000, 1_000);
        fake.setAnonymousLevel(FED, Side.YES, 480_000, 1_000);
        OrderState s = gateway.place(new OrderRequest(ClientOrderId.of("fees-1"), FED, Side.YES, OrderAction.SELL, Contracts.of(30),
                Price.parse("0.45"), TimeInForce.IMMEDIATE_OR_CANCEL, false, false));
        assertThat(s.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.filled()).isEqualTo(Contracts.of(20));
        FeeSchedule f = FeeSchedule.standard();
        Dollars exact = f.takerFee(Price.parse("0.50"), Contracts.of(10)).plus(f.takerFee(Price.parse("0.48"), Contracts.of(10)));
        assertThat(s.feesPaid()).isEqualTo(exact).isEqualTo(Dollars.of("0.3498"));
        assertThat(s.averageFillPrice()).contains(Price.parse("0.49"));
    }

    @Test
    void givenAFullFillAtOnePrice_place_reportsTheExactFee_notTheRoundedAverageTimesTheCount() {
        fake.setAnonymousLevel(FED, Side.YES, 450_000, 20_000);
        OrderState s = gateway.place(new OrderRequest(ClientOrderId.of("fees-2"), FED, Side.YES, OrderAction.SELL, Contracts.of(80),
                Price.parse("0.40"), TimeInForce.IMMEDIATE_OR_CANCEL, false, true));
        assertThat(s.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(s.feesPaid()).isEqualTo(Dollars.of("1.386"));           // 0.07 × 80 × 0.45 × 0.55; the average 0.0174 × 80 = 1.392
        assertThat(s.averageFillPrice()).contains(Price.parse("0.45"));
    }
}
