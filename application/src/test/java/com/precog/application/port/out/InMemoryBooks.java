package com.precog.application.port.out;

import com.precog.domain.market.OrderBook;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link CurrentBooks}: books put by the test (or a replay). */
public final class InMemoryBooks implements CurrentBooks {
    private final Map<String, OrderBook> books = new ConcurrentHashMap<>();

    public OrderBook put(OrderBook book) {
        books.put(book.marketTicker(), book);
        return book;
    }

    /** The book of a ticker, created empty on first use. */
    public OrderBook bookFor(String ticker) {
        return books.computeIfAbsent(ticker, OrderBook::new);
    }

    @Override
    public Optional<OrderBook> book(String marketTicker) {
        return Optional.ofNullable(books.get(marketTicker));
    }
}
