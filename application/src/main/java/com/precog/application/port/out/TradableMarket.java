package com.precog.application.port.out;

import com.precog.domain.market.Market;
import java.util.Objects;

/**
 * A market the entry loop may trade, with what the loop needs beyond {@link Market}: its league
 * and game, and current market statistics (24 h volume in whole contracts, volatility relative to
 * normal and market efficiency, both in millionths). Immutable snapshot.
 */
public record TradableMarket(Market market, String league, String gameId, long volume24h, long volatilityRatioMillionths, long efficiencyMillionths) {
    public TradableMarket {
        Objects.requireNonNull(market, "market");
        league = league == null ? "" : league.trim().toUpperCase(java.util.Locale.ROOT);
        if (gameId == null || gameId.isBlank()) throw new IllegalArgumentException("gameId must not be blank");
        if (volume24h < 0 || volatilityRatioMillionths < 0 || efficiencyMillionths < 0) {
            throw new IllegalArgumentException("market statistics must not be negative");
        }
    }

    public String ticker() {
        return market.ticker();
    }
}
