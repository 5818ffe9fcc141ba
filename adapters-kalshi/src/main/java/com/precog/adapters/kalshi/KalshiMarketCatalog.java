package com.precog.adapters.kalshi;

import com.precog.application.port.out.MarketCatalog;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import com.precog.domain.money.FeeSchedule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link MarketCatalog} over Kalshi REST, merged with what {@code market_lifecycle_v2} said since
 * ({@link KalshiMarketLifecycle}): a market that was paused, has passed its close time, or was
 * determined is reported with that status and is not listed as open. Series fee schedules are
 * fetched once per series and cached.
 */
final class KalshiMarketCatalog implements MarketCatalog {
    private final KalshiRestClient rest;
    private final KalshiMarketLifecycle lifecycle;
    private final Map<String, FeeSchedule> feesBySeries = new ConcurrentHashMap<>();

    KalshiMarketCatalog(KalshiRestClient rest, KalshiMarketLifecycle lifecycle) {
        this.rest = rest;
        this.lifecycle = lifecycle;
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
        return rest.markets(seriesTicker, "open", null, this::fees).stream().map(this::merged).filter(m -> m.status() == MarketStatus.OPEN).toList();
    }

    @Override
    public Optional<Market> market(String ticker) {
        try {
            return Optional.of(merged(rest.market(ticker, this::fees)));
        } catch (KalshiApiException e) {
            if (e.status() == 404) return Optional.empty();
            throw e;
        }
    }

    private Market merged(KalshiModels.MarketQuote q) {
        Market m = q.market();
        lifecycle.observeRest(m.ticker(), q.rawStatus(), m.closeTime().equals(java.time.Instant.EPOCH) ? Optional.empty() : Optional.of(m.closeTime()));
        return lifecycle.view(m);
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
