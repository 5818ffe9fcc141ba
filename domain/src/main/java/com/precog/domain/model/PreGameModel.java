package com.precog.domain.model;

import java.util.Optional;

/**
 * A trained pre-game model: the probability port for games before kick-off. Given what was known
 * before a game ({@link PreGameRow}; its result is never read), returns P(home wins) with a confidence,
 * or empty when the model lacks an input it needs (e.g. no closing line). Implementations are
 * immutable and thread-safe.
 */
public interface PreGameModel {
    /** Member name used by ensembles: {@code elo}, {@code regression}, {@code market}, … */
    String member();

    Optional<ModelEstimate> estimate(PreGameRow row);
}
