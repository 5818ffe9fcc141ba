package com.precog.domain.model;

import java.util.Optional;

/**
 * The Elo forecast of a {@link PreGameRow} (its ratings come from the replay). Confidence grows with
 * the games both teams have played: {@code min(1, min(homeGames, awayGames)/fullConfidenceGames)}.
 * Immutable and thread-safe.
 *
 * @param fullConfidenceGames games both teams need for confidence 1, at least 1
 */
public record EloPreGameModel(int fullConfidenceGames) implements PreGameModel {
    /** Games for full confidence by default (one NFL regular season). */
    public static final int DEFAULT_FULL_CONFIDENCE_GAMES = 16;

    /**
     * Validates the model.
     *
     * @throws IllegalArgumentException if {@code fullConfidenceGames < 1}
     */
    public EloPreGameModel {
        if (fullConfidenceGames < 1) throw new IllegalArgumentException("fullConfidenceGames must be >= 1, was " + fullConfidenceGames);
    }

    /** {@return the model with {@link #DEFAULT_FULL_CONFIDENCE_GAMES}} */
    public static EloPreGameModel withDefaults() {
        return new EloPreGameModel(DEFAULT_FULL_CONFIDENCE_GAMES);
    }

    @Override
    public String member() {
        return "elo";
    }

    @Override
    public Optional<ModelEstimate> estimate(PreGameRow row) {
        double confidence = Math.min(1.0, (double) Math.min(row.homeGamesPlayed(), row.awayGamesPlayed()) / fullConfidenceGames);
        return Optional.of(ModelEstimate.point(row.eloProbability(), confidence));
    }
}
