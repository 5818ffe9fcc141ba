package com.precog.runner.cli.espn;

import com.precog.application.port.out.games.GameStateVersion;
import com.precog.application.port.out.games.GameStates;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SCD2 {@link GameStates} kept in memory for one CLI session: {@code espn live --no-db}. By default
 * {@code espn live}, like the daemon, stores them in PostgreSQL ({@code JooqGameStates}).
 */
public final class SessionGameStates implements GameStates {
    private final Map<GameId, List<GameStateVersion>> versions = new HashMap<>();

    @Override
    public synchronized boolean record(GameState state) {
        List<GameStateVersion> list = versions.computeIfAbsent(state.id(), id -> new ArrayList<>());
        if (!list.isEmpty()) {
            GameStateVersion last = list.get(list.size() - 1);
            if (last.state().sameContentAs(state)) return false;
            java.time.Instant at = state.observedAt().isBefore(last.validFrom()) ? last.validFrom() : state.observedAt();
            list.set(list.size() - 1, new GameStateVersion(last.state(), last.validFrom(), Optional.of(at)));
            list.add(new GameStateVersion(state, at, Optional.empty()));
        } else {
            list.add(new GameStateVersion(state, state.observedAt(), Optional.empty()));
        }
        return true;
    }

    @Override
    public synchronized Optional<GameState> current(GameId game) {
        List<GameStateVersion> list = versions.get(game);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1).state());
    }

    @Override
    public synchronized List<GameStateVersion> history(GameId game) {
        return List.copyOf(versions.getOrDefault(game, List.of()));
    }
}
