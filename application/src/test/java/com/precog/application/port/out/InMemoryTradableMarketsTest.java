package com.precog.application.port.out;

import com.precog.domain.strategy.EntryContext;

class InMemoryTradableMarketsTest extends TradableMarketsContract {
    @Override
    protected TradableMarkets newMarkets() {
        return new InMemoryTradableMarkets();
    }

    @Override
    protected void given(TradableMarkets markets, TradableMarket market) {
        ((InMemoryTradableMarkets) markets).put(market);
    }

    @Override
    protected void givenSituation(TradableMarkets markets, String gameId, EntryContext ctx) {
        ((InMemoryTradableMarkets) markets).situation(gameId, ctx);
    }
}
