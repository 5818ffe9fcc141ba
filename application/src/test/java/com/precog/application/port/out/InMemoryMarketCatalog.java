package com.precog.application.port.out;

import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link MarketCatalog} for tests: holds markets and books put into it. Thread-safe. */
public final class InMemoryMarketCatalog implements MarketCatalog {
    private final Map<String, Market> markets = new LinkedHashMap<>();
    private final Map<String, OrderBook> books = new LinkedHashMap<>();

    public synchronized InMemoryMarketCatalog put(Market market, OrderBook book) {
        markets.put(market.ticker(), market);
        books.put(market.ticker(), book.copy());
        return this;
    }

    @Override
    public synchronized List<Market> openMarkets(String seriesTicker) {
        List<Market> out = new ArrayList<>();
        for (Market m : markets.values()) {
            if (m.status() == MarketStatus.OPEN && (seriesTicker == null || seriesTicker.equals(m.seriesTicker()))) out.add(m);
        }
        return out;
    }

    @Override
    public synchronized Optional<Market> market(String ticker) {
        return Optional.ofNullable(markets.get(ticker));
    }

    @Override
    public synchronized Optional<OrderBook> orderBook(String ticker) {
        OrderBook b = books.get(ticker);
        return b == null ? Optional.empty() : Optional.of(b.copy());
    }
}
