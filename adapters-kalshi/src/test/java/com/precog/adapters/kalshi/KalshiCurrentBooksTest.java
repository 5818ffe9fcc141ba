package com.precog.adapters.kalshi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.kalshi.fake.FakeKalshiExchange;
import com.precog.application.port.out.CurrentBooks;
import com.precog.application.port.out.CurrentBooksContract;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The trading loop's {@link CurrentBooks} port served by the Kalshi stream's local books. */
class KalshiCurrentBooksTest extends CurrentBooksContract {
    @TempDir
    Path dir;
    FakeKalshiExchange fake;
    KalshiMarketStream stream;

    @BeforeEach
    void start() {
        fake = FakeKalshiExchange.start();
    }

    @AfterEach
    void stop() {
        if (stream != null) stream.close();
        fake.close();
    }

    @Override
    protected CurrentBooks newBooks() {
        stream = KalshiAdapter.create(KalshiSettings.forHosts(fake.restBaseUrl(), fake.wsUrl()).withCredentials(fake.testKeyId(), fake.writeTestKey(dir)))
                .marketStream(Duration.ofMillis(100), Duration.ofMillis(50)).start();
        KalshiMarketStreamTest.await(stream::isConnected, "connected");
        return stream;
    }

    @Override
    protected void given(CurrentBooks books, OrderBook book) {
        ObjectNode m = new ObjectMapper().createObjectNode();
        m.put("ticker", book.marketTicker()).put("event_ticker", book.marketTicker() + "-E").put("status", "active").put("close_time", "2027-01-01T00:00:00Z");
        fake.addMarket(m);
        for (Side s : Side.values()) for (long[] l : book.levelsAscending(s)) fake.setAnonymousLevel(book.marketTicker(), s, l[0], l[1]);
        stream.subscribe(List.of(book.marketTicker()));
        KalshiMarketStreamTest.await(() -> stream.book(book.marketTicker()).map(b -> b.sameLevelsAs(book)).orElse(false), "book streamed");
    }
}
