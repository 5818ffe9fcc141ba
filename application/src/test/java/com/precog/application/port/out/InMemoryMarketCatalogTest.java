package com.precog.application.port.out;

class InMemoryMarketCatalogTest extends MarketCatalogContract {
    @Override
    protected MarketCatalog catalog() {
        return new InMemoryMarketCatalog().put(open, book).put(closed, new com.precog.domain.market.OrderBook(closed.ticker()));
    }
}
