package com.precog.application.port.out.games;

import com.precog.domain.game.GameId;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.WinProbabilityPoint;
import java.time.LocalDate;
import java.util.List;

/** Live and scheduled game data: one league's scoreboard for a day, and a game's win-probability series. */
public interface GameFeed {
    /**
     * The league's games on {@code date} (US Eastern calendar day).
     * @throws GameFeedException when the source cannot be reached or answers garbage after retries
     */
    Scoreboard scoreboard(League league, LocalDate date);

    /** The source's home win probability after each play of a game, oldest first (empty when it has none). */
    List<WinProbabilityPoint> winProbabilities(League league, GameId game);
}
