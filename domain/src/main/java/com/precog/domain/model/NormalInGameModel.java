package com.precog.domain.model;

/**
 * The analytic in-game win-probability model (Stern 1991, Pro-Football-Reference): the home team's
 * final margin is Normal(expected margin, σ²); with {@code m} minutes left of a game of length
 * {@code T}, the remaining margin is Normal(s·m/T, σ²·m/T), so
 * {@code P(home wins | lead L) = Φ((L + s·m/T) / (σ·√(m/T)))} where {@code s} is the pre-game
 * expected home margin (points). NFL defaults: σ = 13.45 points, T = 60 minutes.
 *
 * <p>At m = 0 (game over) the lead decides: 1 when ahead, 0 when behind, 0.5 when tied. A tie with
 * time left and no expected margin is exactly 0.5. Minutes must lie in [0, T] (callers in overtime
 * decide how to map the overtime clock). Pure and thread-safe.
 *
 * @param sigma the standard deviation of the final margin in points, finite and positive
 * @param gameMinutes the game's length in minutes, finite and positive
 */
public record NormalInGameModel(double sigma, double gameMinutes) {
    /** NFL: standard deviation of the final margin around the closing spread (points). */
    public static final double NFL_SIGMA = 13.45;
    /** NFL regulation length in minutes. */
    public static final double NFL_GAME_MINUTES = 60.0;

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public NormalInGameModel {
        if (!(sigma > 0) || Double.isInfinite(sigma)) throw new IllegalArgumentException("sigma must be finite and > 0, was " + sigma);
        if (!(gameMinutes > 0) || Double.isInfinite(gameMinutes)) {
            throw new IllegalArgumentException("gameMinutes must be finite and > 0, was " + gameMinutes);
        }
    }

    /** {@return the NFL model: σ = 13.45 points, 60 minutes} */
    public static NormalInGameModel nfl() {
        return new NormalInGameModel(NFL_SIGMA, NFL_GAME_MINUTES);
    }

    /**
     * P(home wins) in [0, 1].
     *
     * @param homeLead        current home score minus away score (points)
     * @param minutesLeft     minutes of regulation left, in [0, gameMinutes]
     * @param expectedMargin  pre-game expected home margin s (points; e.g. minus the home spread)
     * @return P(home wins), a tie counted as half
     * @throws IllegalArgumentException if the lead or margin is not finite or the minutes lie outside [0, gameMinutes]
     */
    public double homeWinProbability(double homeLead, double minutesLeft, double expectedMargin) {
        if (!Double.isFinite(homeLead)) throw new IllegalArgumentException("homeLead must be finite, was " + homeLead);
        if (!Double.isFinite(expectedMargin)) throw new IllegalArgumentException("expectedMargin must be finite, was " + expectedMargin);
        if (!(minutesLeft >= 0 && minutesLeft <= gameMinutes)) {
            throw new IllegalArgumentException("minutesLeft must be in [0, " + gameMinutes + "], was " + minutesLeft);
        }
        double fraction = minutesLeft / gameMinutes;
        double mean = homeLead + expectedMargin * fraction;
        if (fraction == 0) {
            return homeLead > 0 ? 1.0 : homeLead < 0 ? 0.0 : 0.5;
        }
        if (mean == 0) return 0.5;
        return StandardNormal.cdf(mean / (sigma * Math.sqrt(fraction)));
    }

    /**
     * Pre-game probability (m = T, L = 0), the closing-spread benchmark.
     *
     * @param expectedMargin the pre-game expected home margin in points, finite
     * @return {@code Φ(s/σ)}
     * @throws IllegalArgumentException if the margin is not finite
     */
    public double preGameHomeWinProbability(double expectedMargin) {
        return homeWinProbability(0, gameMinutes, expectedMargin);
    }
}
