package com.precog.adapters.kalshi;

import com.precog.application.port.out.Portfolio;
import com.precog.domain.money.Dollars;
import java.util.List;

/** {@link Portfolio} over Kalshi REST ({@code balance_dollars}, {@code market_positions}). */
final class KalshiPortfolio implements Portfolio {
    private final KalshiRestClient rest;

    KalshiPortfolio(KalshiRestClient rest) {
        this.rest = rest;
    }

    @Override
    public Dollars cashBalance() {
        return rest.balance().balance();
    }

    @Override
    public List<Holding> holdings() {
        return rest.positions().stream().filter(p -> p.count().isPositive())
                .map(p -> new Holding(p.marketTicker(), p.side(), p.count(), p.exposure(), p.realizedPnl(), p.feesPaid())).toList();
    }
}
