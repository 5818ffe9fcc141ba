package com.precog.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link TradingHalts}: global and per-market halts tripped and reset by hand. */
public final class InMemoryTradingHalts implements TradingHalts {
    private volatile Halted global;
    private final Map<String, Halted> byMarket = new ConcurrentHashMap<>();

    public void haltAll(String breaker, String reason) {
        global = new Halted(breaker, reason);
    }

    public void haltMarket(String ticker, String breaker, String reason) {
        byMarket.put(ticker, new Halted(breaker, reason));
    }

    public void resumeAll() {
        global = null;
        byMarket.clear();
    }

    @Override
    public EntryPermission mayEnter(String marketTicker, Instant now) {
        Halted g = global;
        if (g != null) return g;
        Halted m = byMarket.get(marketTicker);
        return m != null ? m : Allowed.INSTANCE;
    }
}
