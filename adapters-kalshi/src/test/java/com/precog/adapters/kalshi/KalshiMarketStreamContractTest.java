package com.precog.adapters.kalshi;

import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.MarketDataFeed;
import com.precog.application.port.out.MarketDataFeedContract;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class KalshiMarketStreamContractTest extends MarketDataFeedContract {
    static final String FED = "KXFED-27APR-T4.25";
    @TempDir
    Path dir;
    FakeKalshiExchange fake;

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Override
    protected MarketDataFeed feed() {
        KalshiMarketStream s = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), fake.writeTestKey(dir)))
                .marketStream(Duration.ofMillis(100), Duration.ofMillis(50)).start();
        await(s::isConnected);
        return s;
    }

    @Override
    protected String ticker() {
        return FED;
    }

    @Override
    protected void venueSetsLevel(Side side, long priceMicros, long hundredths) {
        fake.setAnonymousLevel(FED, side, priceMicros, hundredths);
    }

    @Override
    protected OrderBook venueBook() {
        return fake.orderBook(FED);
    }
}
