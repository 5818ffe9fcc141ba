package com.precog.domain.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything known about a game before kick-off, built by a chronological replay
 * ({@link PreGameFeatureBuilder}) so that it only uses earlier games: the Elo view (ratings, home
 * advantage and probability), rest days of both teams (days since their previous game, capped; the
 * cap for a team's first game), games each team has played, and the market's closing-line probability
 * when known. The game itself (with its result) is kept for scoring, never read by models as a feature.
 */
public record PreGameRow(HistoricalGame game, double homeElo, double awayElo, double homeAdvantage, double eloProbability,
                         int homeRestDays, int awayRestDays, int homeGamesPlayed, int awayGamesPlayed,
                         OptionalDouble marketProbability) {
    public PreGameRow {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(marketProbability, "marketProbability");
        if (!(eloProbability >= 0 && eloProbability <= 1)) throw new IllegalArgumentException("eloProbability must be in [0, 1], was " + eloProbability);
        if (marketProbability.isPresent() && !(marketProbability.getAsDouble() >= 0 && marketProbability.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("marketProbability must be in [0, 1], was " + marketProbability.getAsDouble());
        }
    }

    /** Home − away rating + home advantage (Elo points). */
    public double eloDifference() {
        return homeElo - awayElo + homeAdvantage;
    }

    public int season() {
        return game.season();
    }

    public double outcome() {
        return game.homeOutcome();
    }
}
