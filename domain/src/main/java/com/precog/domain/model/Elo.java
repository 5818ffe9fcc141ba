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

    public Elo(EloParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public EloParameters parameters() {
        return parameters;
    }

    /** Probability that the side with rating advantage {@code eloDifference} (home advantage included) wins. */
    public double expectedScore(double eloDifference) {
        return 1.0 / (Math.pow(10.0, -eloDifference / parameters.scale()) + 1.0);
    }

    /** Home rating − away rating + home advantage on that date (0 at a neutral site). */
    public double eloDifference(double homeRating, double awayRating, LocalDate date, boolean neutral) {
        return homeRating - awayRating + parameters.homeAdvantage(date, neutral);
    }

    /** P(home wins) before the game. */
    public double homeWinProbability(double homeRating, double awayRating, LocalDate date, boolean neutral) {
        return expectedScore(eloDifference(homeRating, awayRating, date, neutral));
    }

    /**
     * Margin-of-victory multiplier for a final home margin {@code homeMargin} and home-side Elo difference
     * {@code eloDifference}: {@code ln(max(|PD|,1)+1)·2.2/(±ΔElo·0.001 + 2.2)} with the sign of the winner;
     * for a tie the divisor is 1 (FiveThirtyEight's code: {@code 2.2/1.0}), so the multiplier is
     * {@code ln 2 · 2.2}. Clamped to [movMin, movMax]; 1 when disabled.
     */
    public double movMultiplier(int homeMargin, double eloDifference) {
        if (!parameters.marginOfVictory()) return 1.0;
        double winnerDiff = homeMargin > 0 ? eloDifference : homeMargin < 0 ? -eloDifference : Double.NaN;
        double raw = Math.log(Math.max(Math.abs(homeMargin), 1) + 1.0)
                * (homeMargin == 0 ? 2.2 : 2.2 / (winnerDiff * 0.001 + 2.2));
        return Math.min(Math.max(raw, parameters.movMin()), parameters.movMax());
    }

    /** Points the home side gains (the away side loses the same). */
    public double homeShift(double homeRating, double awayRating, LocalDate date, boolean neutral, boolean playoff,
                            int homeScore, int awayScore) {
        double diff = eloDifference(homeRating, awayRating, date, neutral);
        double expected = expectedScore(diff);
        int margin = homeScore - awayScore;
        double result = margin > 0 ? 1.0 : margin < 0 ? 0.0 : 0.5;
        double k = parameters.kFactor() * (playoff ? parameters.playoffKMultiplier() : 1.0);
        return k * movMultiplier(margin, diff) * (result - expected);
    }

    /** Rating after the between-season reversion toward the target. */
    public double revert(double rating) {
        return rating + parameters.seasonReversion() * (parameters.reversionTarget() - rating);
    }
}
