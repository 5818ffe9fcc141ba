package com.precog.application.port.out;

import com.precog.domain.game.GameId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link PregamePrices}: the first price of each game wins. Thread-safe. */
public final class InMemoryPregamePrices implements PregamePrices {
    private final ConcurrentHashMap<GameId, PregamePrice> prices = new ConcurrentHashMap<>();

    @Override
    public boolean record(PregamePrice price) {
        return prices.putIfAbsent(price.game(), price) == null;
    }

    @Override
    public Optional<PregamePrice> find(GameId game) {
        return Optional.ofNullable(prices.get(game));
    }
}
