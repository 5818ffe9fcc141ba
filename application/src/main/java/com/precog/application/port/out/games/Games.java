package com.precog.application.port.out.games;

import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The record of finished games, for models and backtests. Adding is idempotent by game id. */
public interface Games {
    /** Adds the game unless one with its id exists; returns whether it was added. */
    boolean add(HistoricalGame game);

    /**
     * Adds every game not stored yet, as {@link #add} would one by one; returns how many were
     * added. Stores override it to write in bulk (an import of 17k games is one statement per chunk).
     */
    default int addAll(java.util.List<HistoricalGame> games) {
        int added = 0;
        for (HistoricalGame g : games) if (add(g)) added++;
        return added;
    }

    Optional<HistoricalGame> find(GameId id);

    /** Games dated within [from, to], by date then id. */
    List<HistoricalGame> between(LocalDate from, LocalDate to);

    long count();
}
