package com.precog.application.port.out;

import com.precog.domain.money.Dollars;
import java.util.ArrayList;
import java.util.List;

/** In-memory {@link Portfolio} for tests. Thread-safe. */
public final class InMemoryPortfolio implements Portfolio {
    private Dollars cash;
    private final List<Holding> holdings = new ArrayList<>();

    public InMemoryPortfolio(Dollars cash) {
        this.cash = cash;
    }

    public synchronized InMemoryPortfolio add(Holding h) {
        holdings.add(h);
        return this;
    }

    /** Removes the holding of a market (paid out, sold elsewhere). */
    public synchronized void remove(String marketTicker) {
        holdings.removeIf(h -> h.marketTicker().equals(marketTicker));
    }

    public synchronized void setCash(Dollars cash) {
        this.cash = cash;
    }

    @Override
    public synchronized Dollars cashBalance() {
        return cash;
    }

    @Override
    public synchronized List<Holding> holdings() {
        return List.copyOf(holdings);
    }
}
