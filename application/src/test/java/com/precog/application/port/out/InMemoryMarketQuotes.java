package com.precog.application.port.out;

import com.precog.domain.market.BookTop;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory {@link MarketQuotes}: tops set by the test; counts the calls (each costs an API token). */
public final class InMemoryMarketQuotes implements MarketQuotes {
    private final Map<String, BookTop> tops = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public void set(String ticker, BookTop top) {
        tops.put(ticker, top);
    }

    @Override
    public Optional<BookTop> fetchTop(String marketTicker) {
        calls.incrementAndGet();
        return Optional.ofNullable(tops.get(marketTicker));
    }

    public int calls() {
        return calls.get();
    }
}
