package com.precog.application.service.session;

import com.precog.application.port.out.TradableMarket;
import com.precog.application.port.out.TradableMarkets;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.strategy.EntryContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The markets a live session tracks, kept current by discovery and by market status changes, and
 * each game's situation from a pluggable source (the game feed, or operator-given start times).
 * Thread-safe: discovery writes, the event thread reads.
 */
public final class LiveMarkets implements TradableMarkets {
    /** Where a game stands now; empty when unknown. */
    @FunctionalInterface
    public interface Situations {
        Optional<EntryContext> situation(String gameId, String league, Instant now);
    }

    private final ConcurrentHashMap<String, TradableMarket> byTicker = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> byGame = new ConcurrentHashMap<>();
    private final Situations situations;

    public LiveMarkets(Situations situations) {
        this.situations = Objects.requireNonNull(situations, "situations");
    }

    /** Adds or replaces a market; returns true when it was not tracked before. */
    public boolean put(TradableMarket market) {
        Objects.requireNonNull(market, "market");
        TradableMarket previous = byTicker.put(market.ticker(), market);
        if (previous != null && !previous.gameId().equals(market.gameId())) {
            Set<String> old = byGame.get(previous.gameId());
            if (old != null) old.remove(market.ticker());
        }
        byGame.computeIfAbsent(market.gameId(), g -> ConcurrentHashMap.newKeySet()).add(market.ticker());
        return previous == null;
    }

    /** A market's status changed (closed, settled...); false when it is not tracked. */
    public boolean setStatus(String ticker, MarketStatus status) {
        TradableMarket m = byTicker.get(ticker);
        if (m == null) return false;
        byTicker.put(ticker, new TradableMarket(m.market().withStatus(status), m.league(), m.gameId(), m.volume24h(),
                m.volatilityRatioMillionths(), m.efficiencyMillionths()));
        return true;
    }

    /** Stops tracking a market. */
    public void remove(String ticker) {
        TradableMarket m = byTicker.remove(ticker);
        if (m != null) {
            Set<String> g = byGame.get(m.gameId());
            if (g != null) g.remove(ticker);
        }
    }

    public int size() {
        return byTicker.size();
    }

    @Override
    public Optional<TradableMarket> find(String marketTicker) {
        return Optional.ofNullable(byTicker.get(marketTicker));
    }

    @Override
    public List<TradableMarket> ofGame(String gameId) {
        Set<String> tickers = byGame.get(gameId);
        if (tickers == null) return List.of();
        List<TradableMarket> out = new ArrayList<>(tickers.size());
        for (String t : tickers) {
            TradableMarket m = byTicker.get(t);
            if (m != null) out.add(m);
        }
        return out;
    }

    @Override
    public List<TradableMarket> all() {
        return new ArrayList<>(byTicker.values());
    }

    @Override
    public Optional<EntryContext> situation(String gameId, Instant now) {
        Set<String> tickers = byGame.get(gameId);
        String league = "";
        if (tickers != null) {
            for (String t : tickers) {
                TradableMarket m = byTicker.get(t);
                if (m != null) {
                    league = m.league();
                    break;
                }
            }
        }
        return situations.situation(gameId, league, now);
    }
}
