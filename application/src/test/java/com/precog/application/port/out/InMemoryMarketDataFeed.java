package com.precog.application.port.out;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderBook;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory {@link MarketDataFeed}: tests {@link #publish} books; only subscribed markets are kept. Thread-safe. */
public final class InMemoryMarketDataFeed implements MarketDataFeed {
    private final Set<String> subscribed = new HashSet<>();
    private final Map<String, OrderBook> books = new HashMap<>();
    private final List<BookListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<String> degradation = Optional.empty();

    /** What {@link #degradation()} answers from now on (e.g. a stream that cannot connect). */
    public void degrade(Optional<String> why) {
        this.degradation = why;
    }

    @Override
    public Optional<String> degradation() {
        return degradation;
    }

    /** The venue's new book for a market (ignored unless subscribed). */
    public void publish(OrderBook book) {
        BookTop top;
        synchronized (this) {
            if (!subscribed.contains(book.marketTicker())) return;
            books.put(book.marketTicker(), book.copy());
            top = book.top();
        }
        listeners.forEach(l -> l.onBook(book.marketTicker(), top));
    }

    @Override
    public synchronized void subscribe(Collection<String> tickers) {
        subscribed.addAll(tickers);
    }

    @Override
    public synchronized void unsubscribe(Collection<String> tickers) {
        subscribed.removeAll(tickers);
        tickers.forEach(books::remove);
    }

    @Override
    public synchronized Optional<BookTop> top(String ticker) {
        OrderBook b = books.get(ticker);
        return b == null ? Optional.empty() : Optional.of(b.top());
    }

    @Override
    public synchronized Optional<OrderBook> book(String ticker) {
        OrderBook b = books.get(ticker);
        return b == null ? Optional.empty() : Optional.of(b.copy());
    }

    @Override
    public void addListener(BookListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void close() {
        subscribed.clear();
        books.clear();
    }
}
