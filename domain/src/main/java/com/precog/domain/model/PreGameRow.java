package com.precog.domain.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything known about a game before kick-off, built by a chronological replay
 * ({@link PreGameFeatureBuilder}) so that it only uses earlier games: the Elo view (ratings, home
 * advantage and probability), rest days of both teams (days since their previous game, capped; the
 * cap for a team's first game), games each team has played, and the market's closing-line probability
 * when known. The game itself (with its result) is kept for scoring, never read by models as a feature.
 * Immutable.
 *
 * @param game the game (its result is for scoring only)
 * @param homeElo the home team's rating before the game
 * @param awayElo the away team's rating before the game
 * @param homeAdvantage the home advantage in Elo points
 * @param eloProbability Elo's P(home wins), in [0, 1]
 * @param homeRestDays days since the home team's previous game, capped
 * @param awayRestDays days since the away team's previous game, capped
 * @param homeGamesPlayed games the home team played before
 * @param awayGamesPlayed games the away team played before
 * @param marketProbability the closing-line P(home wins), empty when unknown
 */
public record PreGameRow(HistoricalGame game, double homeElo, double awayElo, double homeAdvantage, double eloProbability,
                         int homeRestDays, int awayRestDays, int homeGamesPlayed, int awayGamesPlayed,
                         OptionalDouble marketProbability) {
    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if a probability lies outside [0, 1]
     * @throws NullPointerException if the game or market option is null
     */
    public PreGameRow {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(marketProbability, "marketProbability");
        if (!(eloProbability >= 0 && eloProbability <= 1)) throw new IllegalArgumentException("eloProbability must be in [0, 1], was " + eloProbability);
        if (marketProbability.isPresent() && !(marketProbability.getAsDouble() >= 0 && marketProbability.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("marketProbability must be in [0, 1], was " + marketProbability.getAsDouble());
        }
    }

    /** {@return home − away rating + home advantage, in Elo points} */
    public double eloDifference() {
        return homeElo - awayElo + homeAdvantage;
    }

    /** {@return the game's season} */
    public int season() {
        return game.season();
    }

    /** {@return the game's outcome: 1 home win, 0 loss, 0.5 tie (for scoring only)} */
    public double outcome() {
        return game.homeOutcome();
    }
}
