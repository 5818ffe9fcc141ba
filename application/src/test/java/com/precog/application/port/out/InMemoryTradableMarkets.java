package com.precog.application.port.out;

import com.precog.domain.strategy.EntryContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link TradableMarkets}: markets and game situations put by the test (or a replay). */
public final class InMemoryTradableMarkets implements TradableMarkets {
    private final Map<String, TradableMarket> markets = new java.util.LinkedHashMap<>();
    private final Map<String, EntryContext> situations = new ConcurrentHashMap<>();

    public synchronized InMemoryTradableMarkets put(TradableMarket m) {
        markets.put(m.ticker(), m);
        return this;
    }

    public InMemoryTradableMarkets situation(String gameId, EntryContext ctx) {
        situations.put(gameId, ctx);
        return this;
    }

    @Override
    public synchronized Optional<TradableMarket> find(String marketTicker) {
        return Optional.ofNullable(markets.get(marketTicker));
    }

    @Override
    public synchronized List<TradableMarket> ofGame(String gameId) {
        return markets.values().stream().filter(m -> m.gameId().equals(gameId)).toList();
    }

    @Override
    public synchronized List<TradableMarket> all() {
        return List.copyOf(markets.values());
    }

    @Override
    public Optional<EntryContext> situation(String gameId, Instant now) {
        return Optional.ofNullable(situations.get(gameId));
    }
}
