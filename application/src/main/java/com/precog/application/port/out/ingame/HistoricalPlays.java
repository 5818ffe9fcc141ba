package com.precog.application.port.out.ingame;

import com.precog.domain.model.ingame.HistoricalPlay;
import java.util.Iterator;
import java.util.List;

/**
 * Store of historical plays, keyed by game and play order ({@code gameId}, {@code playIndex}).
 * Implementations: in memory (tests) and the database's bulk-load path.
 */
public interface HistoricalPlays {
    /**
     * Stores the plays of one source as one unit. Plays whose key is already stored are skipped, so
     * importing the same source twice adds nothing the second time. If iterating {@code plays}
     * throws, nothing from this call stays stored and the exception propagates unchanged.
     *
     * @return the number of plays added
     */
    long addAll(Iterator<HistoricalPlay> plays);

    /** Number of stored plays. */
    long count();

    /** Stored plays of seasons {@code first..last}, ordered by game id then play order. */
    List<HistoricalPlay> inSeasons(int first, int last);
}
