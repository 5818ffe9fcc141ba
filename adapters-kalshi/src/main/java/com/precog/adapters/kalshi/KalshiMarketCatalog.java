package com.precog.adapters.kalshi;

import com.precog.application.port.out.MarketCatalog;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import com.precog.domain.money.FeeSchedule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MarketCatalog} over Kalshi REST, merged with what {@code market_lifecycle_v2} said since
 * ({@link KalshiMarketLifecycle}): a market that was paused, has passed its close time, or was
 * determined is reported with that status and is not listed as open. Only binary markets are
 * listed as open: a {@code scalar} market settles on a value between its floor and cap, not YES/NO at
 * $1/$0, so neither the models' probabilities nor the fee-aware edge apply to it (it is logged once
 * and left out). Series fee schedules are fetched once per series and cached.
 */
final class KalshiMarketCatalog implements MarketCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(KalshiMarketCatalog.class);
    private final KalshiRestClient rest;
    private final KalshiMarketLifecycle lifecycle;
    private final Map<String, FeeSchedule> feesBySeries = new ConcurrentHashMap<>();
    private final Set<String> skippedNotBinary = ConcurrentHashMap.newKeySet();

    KalshiMarketCatalog(KalshiRestClient rest, KalshiMarketLifecycle lifecycle) {
        this.rest = rest;
        this.lifecycle = lifecycle;
    }

    FeeSchedule fees(String series) {
        return feesBySeries.computeIfAbsent(series, s -> {
            try {
                return rest.seriesByTicker(s).fees();
            } catch (KalshiApiException e) {
                if (e.status() == 404) return rest.generalFees().withoutMakerFee(); // no series known: taker fee only
                throw e;
            }
        });
    }

    @Override
    public List<Market> openMarkets(String seriesTicker) {
        return openQuotes(seriesTicker).stream().map(KalshiModels.MarketQuote::market).toList();
    }

    /**
     * The open binary markets of a series with their quotes, volume and open interest: each market with
     * its series' fee schedule and the lifecycle's merged status (paused, closed and determined ones
     * left out).
     */
    List<KalshiModels.MarketQuote> openQuotes(String seriesTicker) {
        return rest.markets(seriesTicker, "open", null, this::fees).stream().filter(this::binary).map(this::withMerged)
                .filter(q -> q.market().status() == MarketStatus.OPEN).toList();
    }

    private KalshiModels.MarketQuote withMerged(KalshiModels.MarketQuote q) {
        Market m = merged(q);
        return m == q.market() ? q : new KalshiModels.MarketQuote(m, q.yesBidMicros(), q.yesAskMicros(), q.noBidMicros(), q.noAskMicros(),
                q.lastPriceMicros(), q.volume(), q.openInterest(), q.rawStatus(), q.marketType());
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

    private boolean binary(KalshiModels.MarketQuote q) {
        if (q.binary()) return true;
        String series = q.market().seriesTicker().isEmpty() ? q.market().ticker() : q.market().seriesTicker();
        if (skippedNotBinary.add(series + "|" + q.marketType())) { // once a series, not once a market: a scalar event lists many
            LOG.info("markets of series {} are {}, not binary: not traded (they settle on a value between floor and cap, not YES/NO; first: {})",
                    series, q.marketType(), q.market().ticker());
        }
        return false;
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
