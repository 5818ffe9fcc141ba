package com.precog.application.port.out;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderBook;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Live order books pushed by the venue (Kalshi WebSocket {@code orderbook_delta}). The feed keeps
 * a local book per subscribed market, identical to the venue's after every heal, and tells the
 * listener after each change. A book is absent while it is stale (gap, reconnect) until rebuilt.
 */
public interface MarketDataFeed extends AutoCloseable {
    /** Starts streaming these markets (idempotent per ticker). */
    void subscribe(Collection<String> tickers);

    /** Stops streaming these markets and forgets their books. */
    void unsubscribe(Collection<String> tickers);

    /** The current top of a market's book; empty while unknown or stale. */
    Optional<BookTop> top(String ticker);

    /** A copy of a market's full book; empty while unknown or stale. */
    Optional<OrderBook> book(String ticker);

    /** Registers a listener called (on the feed's thread, quickly) after each book change. */
    void addListener(BookListener listener);

    /**
     * Why the feed serves below its normal service right now — e.g. its stream cannot connect and the
     * books are polled instead, later and at a cost in request budget; empty when it streams normally.
     */
    default Optional<String> degradation() {
        return Optional.empty();
    }

    /**
     * When the feed last knew this market's book to be the venue's (SPEC §8 data_stale: prices over 120 s old halt entries
     * in the market): now while it streams the book live; the time of its last REST copy while the stream is down; the
     * time the book went stale (or was subscribed) while it waits for a snapshot. Empty when the feed does not follow the
     * market or cannot tell — the default, for a feed that never serves a stale book.
     */
    default Optional<Instant> pricesAsOf(String ticker) {
        return Optional.empty();
    }

    @Override
    void close();

    /** Told about book changes; must not block. */
    interface BookListener {
        void onBook(String ticker, BookTop top);

        /** The book became stale (sequence gap, disconnect) and is being rebuilt. */
        default void onStale(String ticker) {}
    }
}
