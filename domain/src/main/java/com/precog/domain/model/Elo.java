package com.precog.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Pure Elo formulas for one set of {@link EloParameters}: expected score, margin-of-victory multiplier,
 * rating update and between-season reversion. Ratings are in Elo points; probabilities in [0, 1].
 * Stateless and thread-safe; {@link EloRatingBook} keeps the ratings.
 */
public final class Elo {
    private final EloParameters parameters;

    /**
     * The formulas for one parameter set.
     *
     * @param parameters the rating system's parameters
     * @throws NullPointerException if {@code parameters} is null
     */
    public Elo(EloParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the rating system's parameters} */
    public EloParameters parameters() {
        return parameters;
    }

    /**
     * Expected score of a side.
     *
     * @param eloDifference the side's rating advantage in Elo points (home advantage included)
     * @return {@code 1/(1 + 10^(−diff/scale))}, in (0, 1)
     */
    public double expectedScore(double eloDifference) {
        return 1.0 / (Math.pow(10.0, -eloDifference / parameters.scale()) + 1.0);
    }

    /**
     * The home side's rating advantage.
     *
     * @param homeRating the home team's rating
     * @param awayRating the away team's rating
     * @param date the game's date (chooses the home-advantage era)
     * @param neutral whether the site is neutral (no home advantage)
     * @return home rating − away rating + home advantage, in Elo points
     */
    public double eloDifference(double homeRating, double awayRating, LocalDate date, boolean neutral) {
        return homeRating - awayRating + parameters.homeAdvantage(date, neutral);
    }

    /**
     * P(home wins) before the game.
     *
     * @param homeRating the home team's rating
     * @param awayRating the away team's rating
     * @param date the game's date
     * @param neutral whether the site is neutral
     * @return the expected score of the home side, in (0, 1)
     */
    public double homeWinProbability(double homeRating, double awayRating, LocalDate date, boolean neutral) {
        return expectedScore(eloDifference(homeRating, awayRating, date, neutral));
    }

    /**
     * Margin-of-victory multiplier for a final home margin {@code homeMargin} and home-side Elo difference
     * {@code eloDifference}: {@code ln(max(|PD|,1)+1)·2.2/(±ΔElo·0.001 + 2.2)} with the sign of the winner;
     * for a tie the divisor is 1 (FiveThirtyEight's code: {@code 2.2/1.0}), so the multiplier is
     * {@code ln 2 · 2.2}. Clamped to [movMin, movMax]; 1 when disabled.
     *
     * @param homeMargin the final home score minus away score
     * @param eloDifference the home side's rating advantage
     * @return the multiplier, positive
     */
    public double movMultiplier(int homeMargin, double eloDifference) {
        if (!parameters.marginOfVictory()) return 1.0;
        double winnerDiff = homeMargin > 0 ? eloDifference : homeMargin < 0 ? -eloDifference : Double.NaN;
        double raw = Math.log(Math.max(Math.abs(homeMargin), 1) + 1.0)
                * (homeMargin == 0 ? 2.2 : 2.2 / (winnerDiff * 0.001 + 2.2));
        return Math.min(Math.max(raw, parameters.movMin()), parameters.movMax());
    }

    /**
     * The rating change of one game.
     *
     * @param homeRating the home team's rating before the game
     * @param awayRating the away team's rating before the game
     * @param date the game's date
     * @param neutral whether the site is neutral
     * @param playoff whether it is a playoff game (K multiplied)
     * @param homeScore the home team's final points
     * @param awayScore the away team's final points
     * @return Elo points the home side gains (negative when it loses them); the away side moves by the opposite
     */
    public double homeShift(double homeRating, double awayRating, LocalDate date, boolean neutral, boolean playoff,
                            int homeScore, int awayScore) {
        double diff = eloDifference(homeRating, awayRating, date, neutral);
        double expected = expectedScore(diff);
        int margin = homeScore - awayScore;
        double result = margin > 0 ? 1.0 : margin < 0 ? 0.0 : 0.5;
        double k = parameters.kFactor() * (playoff ? parameters.playoffKMultiplier() : 1.0);
        return k * movMultiplier(margin, diff) * (result - expected);
    }

    /**
     * Between-season reversion.
     *
     * @param rating a rating at the end of a season
     * @return the rating moved {@code seasonReversion} of the way toward the reversion target
     */
    public double revert(double rating) {
        return rating + parameters.seasonReversion() * (parameters.reversionTarget() - rating);
    }
}
