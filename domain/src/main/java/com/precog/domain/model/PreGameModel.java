package com.precog.domain.model;

import java.util.Optional;

/**
 * A trained pre-game model: the probability port for games before kick-off. Given what was known
 * before a game ({@link PreGameRow}; its result is never read), returns P(home wins) with a confidence,
 * or empty when the model lacks an input it needs (e.g. no closing line). Implementations are
 * immutable and thread-safe.
 */
public interface PreGameModel {
    /** {@return the member name used by ensembles: {@code elo}, {@code regression}, {@code market}, …} */
    String member();

    /**
     * The model's estimate for one game.
     *
     * @param row what was known before the game
     * @return P(home wins) with confidence and interval, or empty when an input the model needs is missing
     */
    Optional<ModelEstimate> estimate(PreGameRow row);
}
