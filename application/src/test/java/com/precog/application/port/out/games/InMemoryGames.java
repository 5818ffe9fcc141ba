package com.precog.application.port.out.games;

import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link Games}. */
public final class InMemoryGames implements Games {
    private final Map<GameId, HistoricalGame> games = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(HistoricalGame game) {
        return games.putIfAbsent(game.id(), game) == null;
    }

    @Override
    public synchronized Optional<HistoricalGame> find(GameId id) {
        return Optional.ofNullable(games.get(id));
    }

    @Override
    public synchronized List<HistoricalGame> between(LocalDate from, LocalDate to) {
        return games.values().stream().filter(g -> !g.date().isBefore(from) && !g.date().isAfter(to))
                .sorted(Comparator.comparing(HistoricalGame::date).thenComparing(g -> g.id().value())).toList();
    }

    @Override
    public synchronized long count() {
        return games.size();
    }
}
