package com.precog.application.port.out;

import com.precog.domain.market.Market;
import com.precog.domain.market.OrderBook;
import java.util.List;
import java.util.Optional;

/**
 * Where tradable markets and their current books are discovered (Kalshi REST in demo/live, a
 * recording in backtests). Read-only.
 */
public interface MarketCatalog {
    /** Open markets of a series (every open market when {@code seriesTicker} is null), in the venue's order. */
    List<Market> openMarkets(String seriesTicker);

    /** One market by ticker, whatever its status. */
    Optional<Market> market(String ticker);

    /** A fresh copy of a market's book (bids of both sides), empty when the market is unknown. */
    Optional<OrderBook> orderBook(String ticker);
}
