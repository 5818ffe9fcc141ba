package com.precog.runner.daemon;

import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiModels;
import com.precog.application.port.out.MarketCatalog;
import com.precog.domain.market.Market;
import com.precog.domain.market.OrderBook;
import com.precog.domain.money.FeeSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Market discovery over Kalshi REST for a session: the open binary markets of a series as the
 * Kalshi catalog lists them (cursor pagination to the end, combo and scalar markets excluded, each
 * with its series' fee schedule and the lifecycle's merged status), remembering each market's traded
 * volume in whole contracts for the liquidity filter (Kalshi's {@code volume_fp}; the 24 h figure is
 * not separated) and its fee schedule for the paper broker.
 */
final class Discovery implements MarketCatalog {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Discovery.class);
    private final KalshiAdapter kalshi;
    private final ConcurrentHashMap<String, Long> volume = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, FeeSchedule> feesByTicker = new ConcurrentHashMap<>();
    /** Configured series that listed no open market, looked up once each: true when Kalshi does not know the series. */
    private final ConcurrentHashMap<String, Boolean> emptySeries = new ConcurrentHashMap<>();

    Discovery(KalshiAdapter kalshi) {
        this.kalshi = kalshi;
    }

    @Override
    public List<Market> openMarkets(String seriesTicker) {
        List<Market> out = new ArrayList<>();
        for (KalshiModels.MarketQuote q : kalshi.openMarketQuotes(seriesTicker)) {
            volume.put(q.market().ticker(), q.volume().hundredths() / 100);
            feesByTicker.put(q.market().ticker(), q.market().fees());
            out.add(q.market());
        }
        if (out.isEmpty()) emptySeries.computeIfAbsent(seriesTicker, this::unknownToKalshi);
        else emptySeries.remove(seriesTicker);
        return out;
    }

    /**
     * A configured series without an open market: off-season, or a series Kalshi does not have (a mistake in
     * markets.yaml that would otherwise only show as "0 markets tracked"). Looked up once, said once.
     */
    private boolean unknownToKalshi(String seriesTicker) {
        try {
            kalshi.rest().seriesByTicker(seriesTicker);
            log.info("series {} lists no open market now", seriesTicker);
            return false;
        } catch (com.precog.adapters.kalshi.KalshiApiException e) {
            if (e.status() != 404) return false;
            log.warn("series {} (markets.yaml leagues.*.series) is unknown to Kalshi: nothing of it is tracked; `precog kalshi series` lists them",
                    seriesTicker);
            return true;
        } catch (RuntimeException e) {
            return false; // unreachable now: discovery reports that
        }
    }

    /** Configured series that Kalshi does not know (they list no market), for health. */
    java.util.Set<String> unknownSeries() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        emptySeries.forEach((series, unknown) -> {
            if (unknown) out.add(series);
        });
        return out;
    }

    @Override
    public Optional<Market> market(String ticker) {
        Optional<Market> m = kalshi.marketCatalog().market(ticker);
        m.ifPresent(x -> feesByTicker.put(x.ticker(), x.fees()));
        return m;
    }

    /**
     * The market's fee schedule (its series' fee type and multiplier) as of its discovery or last
     * lookup; a market not seen yet is looked up once. Null when Kalshi does not know the market (the
     * paper broker then rejects the order).
     */
    FeeSchedule fees(String ticker) {
        FeeSchedule f = feesByTicker.get(ticker);
        if (f != null) return f;
        try {
            return market(ticker).map(Market::fees).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
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
