package com.precog.domain.model;

import java.util.Optional;

/**
 * The Elo forecast of a {@link PreGameRow} (its ratings come from the replay). Confidence grows with
 * the games both teams have played: {@code min(1, min(homeGames, awayGames)/fullConfidenceGames)}.
 */
public record EloPreGameModel(int fullConfidenceGames) implements PreGameModel {
    public static final int DEFAULT_FULL_CONFIDENCE_GAMES = 16;

    public EloPreGameModel {
        if (fullConfidenceGames < 1) throw new IllegalArgumentException("fullConfidenceGames must be >= 1, was " + fullConfidenceGames);
    }

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
