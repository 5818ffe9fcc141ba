package com.precog.runner.daemon;

import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiModels;
import com.precog.application.port.out.MarketCatalog;
import com.precog.domain.market.Market;
import com.precog.domain.market.OrderBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Market discovery over Kalshi REST for a session: open markets of a series (cursor pagination
 * to the end, combo markets excluded by the client), remembering each market's traded volume in
 * whole contracts for the liquidity filter (Kalshi's {@code volume_fp}; the 24 h figure is not
 * separated).
 */
final class Discovery implements MarketCatalog {
    private final KalshiAdapter kalshi;
    private final ConcurrentHashMap<String, Long> volume = new ConcurrentHashMap<>();

    Discovery(KalshiAdapter kalshi) {
        this.kalshi = kalshi;
    }

    @Override
    public List<Market> openMarkets(String seriesTicker) {
        List<Market> out = new ArrayList<>();
        for (KalshiModels.MarketQuote q : kalshi.rest().markets(seriesTicker, "open")) {
            volume.put(q.market().ticker(), q.volume().hundredths() / 100);
            out.add(q.market());
        }
        return out;
    }

    @Override
    public Optional<Market> market(String ticker) {
        return kalshi.marketCatalog().market(ticker);
    }

    @Override
    public Optional<OrderBook> orderBook(String ticker) {
        return kalshi.marketCatalog().orderBook(ticker);
    }

    /** Whole contracts traded, as of the last discovery (0 when unknown). */
    long volume(String ticker) {
        return volume.getOrDefault(ticker, 0L);
    }
}
