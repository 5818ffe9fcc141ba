package com.precog.application.port.out.games;

import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import java.util.List;
import java.util.Optional;

/**
 * History of accepted game states as a slowly changing dimension (type 2): one current version
 * per game; a changed state closes the current version at the new state's {@code observedAt}
 * and opens a new one.
 */
public interface GameStates {
    /**
     * Stores {@code state} as the game's current version unless its content equals the current
     * version's ({@link GameState#sameContentAs}). Returns whether a new version was written.
     */
    boolean record(GameState state);

    Optional<GameState> current(GameId game);

    /** All versions of the game, oldest first; only the last one is open. */
    List<GameStateVersion> history(GameId game);
}
