package com.precog.adapters.persistence;

import com.precog.application.port.out.MarketCatalog;
import com.precog.domain.market.Market;
import com.precog.domain.market.OrderBook;
import java.time.Instant;

/**
 * The {@link MarketCatalog} kept in PostgreSQL (a recording for backtests and replays), with the writes that
 * fill it: markets with their series and event rows, and captures of their books.
 */
public interface MarketStore extends MarketCatalog {
    /** Inserts or updates the market (and its platform, series and event rows). */
    void save(Market market);

    /** Appends a capture of {@code book} taken at {@code at}; the catalog returns the latest capture. */
    void saveBook(OrderBook book, Instant at);
}
