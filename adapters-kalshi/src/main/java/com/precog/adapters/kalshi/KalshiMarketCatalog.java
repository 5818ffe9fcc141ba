package com.precog.adapters.kalshi;

import com.precog.application.port.out.MarketCatalog;
import com.precog.domain.market.Market;
import com.precog.domain.market.OrderBook;
import com.precog.domain.money.FeeSchedule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link MarketCatalog} over Kalshi REST; series fee schedules are fetched once per series and cached. */
final class KalshiMarketCatalog implements MarketCatalog {
    private final KalshiRestClient rest;
    private final Map<String, FeeSchedule> feesBySeries = new ConcurrentHashMap<>();

    KalshiMarketCatalog(KalshiRestClient rest) {
        this.rest = rest;
    }

    FeeSchedule fees(String series) {
        return feesBySeries.computeIfAbsent(series, s -> {
            try {
                return rest.seriesByTicker(s).fees();
            } catch (KalshiApiException e) {
                if (e.status() == 404) return FeeSchedule.standard();
                throw e;
            }
        });
    }

    @Override
    public List<Market> openMarkets(String seriesTicker) {
        return rest.markets(seriesTicker, "open", null, this::fees).stream().map(KalshiModels.MarketQuote::market).toList();
    }

    @Override
    public Optional<Market> market(String ticker) {
        try {
            return Optional.of(rest.market(ticker, this::fees).market());
        } catch (KalshiApiException e) {
            if (e.status() == 404) return Optional.empty();
            throw e;
        }
    }

    @Override
    public Optional<OrderBook> orderBook(String ticker) {
        try {
            return Optional.of(rest.orderbook(ticker));
        } catch (KalshiApiException e) {
            if (e.status() == 404) return Optional.empty();
            throw e;
        }
    }
}
