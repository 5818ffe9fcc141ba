package com.precog.adapters.kalshi;

import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.PortfolioContract;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class KalshiPortfolioTest extends PortfolioContract {
    @TempDir
    Path dir;
    private FakeKalshiExchange fake;

    @Override
    protected Portfolio portfolioAfterBuying(Contracts count) {
        fake = FakeKalshiExchange.start();
        KalshiAdapter a = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), fake.writeTestKey(dir)));
        a.orderGateway().place(OrderRequest.immediateOrCancel(ClientOrderId.random(), ticker(), Side.YES, OrderAction.BUY, count, Price.parse("0.30")));
        return a.portfolio();
    }

    @Override
    protected Dollars startingCash() {
        return Dollars.of(10_000);
    }

    @Override
    protected String ticker() {
        return "KXFED-27APR-T4.25";
    }

    @AfterEach
    void stop() {
        if (fake != null) fake.close();
    }
}
