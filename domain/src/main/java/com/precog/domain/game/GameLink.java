package com.precog.domain.game;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of linking a Kalshi game event or market to a game: exactly one game
 * ({@link Linked}), none ({@link Unmatched}) or several ({@link Ambiguous}). Never a guess:
 * only {@link Linked} names a game.
 */
public sealed interface GameLink {
    KalshiGameTicker ticker();

    /** Which team a market's YES pays on. */
    enum YesSide { HOME, AWAY }

    /**
     * @param homeFirst whether the ticker listed the home team first (Kalshi lists away first;
     *                  a reversed listing still identifies the game but is reported)
     * @param yesSide   for a market ticker, the side its YES pays on
     */
    record Linked(KalshiGameTicker ticker, GameId game, boolean homeFirst, Optional<YesSide> yesSide) implements GameLink {
        public Linked {
            Objects.requireNonNull(ticker, "ticker");
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(yesSide, "yesSide");
        }
    }

    record Unmatched(KalshiGameTicker ticker, String reason) implements GameLink {
        public Unmatched {
            Objects.requireNonNull(ticker, "ticker");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Ambiguous(KalshiGameTicker ticker, List<GameId> candidates) implements GameLink {
        public Ambiguous {
            Objects.requireNonNull(ticker, "ticker");
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) throw new IllegalArgumentException("ambiguous needs >= 2 candidates, had " + candidates.size());
        }
    }
}
