package com.precog.application.port.out;

import com.precog.domain.strategy.EntryContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The markets Precog tracks for entries, their games, and each game's current situation. */
public interface TradableMarkets {
    Optional<TradableMarket> find(String marketTicker);

    /** Markets of one game/event. */
    List<TradableMarket> ofGame(String gameId);

    /** Every tracked market. */
    List<TradableMarket> all();

    /** The game's situation as the strategy windows see it, empty when unknown. */
    Optional<EntryContext> situation(String gameId, Instant now);
}
