package com.precog.domain.model.ingame;

import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.StandardNormal;

/**
 * What a live NFL game feed tells about a game at one moment, as the in-game models read it.
 *
 * <p>Scores are points (≥ 0). {@code period} 1–4 are the quarters, 5 and up overtime;
 * {@code clockSeconds} is the time left in the period (0–900). {@code down} 1–4, {@code distance}
 * yards to a first down (0–100), {@code yardLine} yards from the opponent's end zone seen from the
 * team with the ball (0–100), timeouts 0–3: each may be {@link #UNKNOWN}. {@code expectedHomeMargin}
 * is the pre-game expected home margin in points (the closing spread, {@code 13.45·Φ⁻¹(p)} of a
 * pre-game price, or an Elo forecast), NaN when unknown. Missing values are filled by
 * {@link InGameFeatures} with explicit, counted fallbacks. Immutable.
 *
 * @param homeScore the home team's points, {@code >= 0}
 * @param awayScore the away team's points, {@code >= 0}
 * @param period 1–4 quarters, 5 and up overtime
 * @param clockSeconds seconds left in the period, 0–900
 * @param possession who has the ball ({@link Possession#UNKNOWN} when unknown, never null)
 * @param down 1–4 or {@link #UNKNOWN}
 * @param distance yards to a first down, 0–100 or {@link #UNKNOWN}
 * @param yardLine yards from the opponent's end zone, 0–100 or {@link #UNKNOWN}
 * @param homeTimeouts the home team's timeouts left, 0–3 or {@link #UNKNOWN}
 * @param awayTimeouts the away team's timeouts left, 0–3 or {@link #UNKNOWN}
 * @param expectedHomeMargin the pre-game expected home margin in points, NaN when unknown
 */
public record InGameSituation(
        int homeScore, int awayScore, int period, int clockSeconds, Possession possession,
        int down, int distance, int yardLine, int homeTimeouts, int awayTimeouts, double expectedHomeMargin) {

    /** Marker of an unknown integer field. */
    public static final int UNKNOWN = -1;

    /**
     * Validates the situation.
     *
     * @throws IllegalArgumentException if a field lies outside the ranges above or the margin is infinite
     */
    public InGameSituation {
        if (homeScore < 0) throw new IllegalArgumentException("homeScore must be >= 0, was " + homeScore);
        if (awayScore < 0) throw new IllegalArgumentException("awayScore must be >= 0, was " + awayScore);
        if (period < 1) throw new IllegalArgumentException("period must be >= 1, was " + period);
        if (clockSeconds < 0 || clockSeconds > 900) throw new IllegalArgumentException("clockSeconds must be 0-900, was " + clockSeconds);
        if (possession == null) throw new IllegalArgumentException("possession must not be null (use UNKNOWN)");
        if (down != UNKNOWN && (down < 1 || down > 4)) throw new IllegalArgumentException("down must be 1-4 or UNKNOWN, was " + down);
        if (distance != UNKNOWN && (distance < 0 || distance > 100)) throw new IllegalArgumentException("distance must be 0-100 or UNKNOWN, was " + distance);
        if (yardLine != UNKNOWN && (yardLine < 0 || yardLine > 100)) throw new IllegalArgumentException("yardLine must be 0-100 or UNKNOWN, was " + yardLine);
        if (homeTimeouts != UNKNOWN && (homeTimeouts < 0 || homeTimeouts > 3)) throw new IllegalArgumentException("homeTimeouts must be 0-3 or UNKNOWN, was " + homeTimeouts);
        if (awayTimeouts != UNKNOWN && (awayTimeouts < 0 || awayTimeouts > 3)) throw new IllegalArgumentException("awayTimeouts must be 0-3 or UNKNOWN, was " + awayTimeouts);
        if (Double.isInfinite(expectedHomeMargin)) throw new IllegalArgumentException("expectedHomeMargin must be finite or NaN, was " + expectedHomeMargin);
    }

    /**
     * Score and clock only; everything else unknown.
     *
     * @param homeScore the home team's points
     * @param awayScore the away team's points
     * @param period 1–4 quarters, 5 and up overtime
     * @param clockSeconds seconds left in the period, 0–900
     * @param expectedHomeMargin the pre-game expected home margin in points, NaN when unknown
     * @return the situation
     * @throws IllegalArgumentException as the constructor
     */
    public static InGameSituation ofScoreAndClock(int homeScore, int awayScore, int period, int clockSeconds, double expectedHomeMargin) {
        return new InGameSituation(homeScore, awayScore, period, clockSeconds, Possession.UNKNOWN,
                UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, expectedHomeMargin);
    }

    /**
     * The state at the snap of a historical play, with its closing spread as the expected margin.
     *
     * @param p the play
     * @return the situation (the clock clamped to 0–900)
     */
    public static InGameSituation of(HistoricalPlay p) {
        return new InGameSituation(p.homeScore(), p.awayScore(), p.quarter(),
                Math.min(900, Math.max(0, p.clockSecondsInPeriod())), p.possession(),
                p.down(), p.yardsToGo(), p.yardLine100(), p.homeTimeouts(), p.awayTimeouts(), p.spreadLine());
    }

    /**
     * Expected home margin implied by a pre-game home win probability.
     *
     * @param homeWinProbability P(home wins) before the game, in (0, 1)
     * @return {@code 13.45·Φ⁻¹(p)} points
     * @throws IllegalArgumentException if the probability is not strictly between 0 and 1
     */
    public static double expectedMarginFromWinProbability(double homeWinProbability) {
        if (!(homeWinProbability > 0 && homeWinProbability < 1)) {
            throw new IllegalArgumentException("homeWinProbability must be in (0, 1), was " + homeWinProbability);
        }
        return NormalInGameModel.NFL_SIGMA * StandardNormal.inverseCdf(homeWinProbability);
    }

    /** {@return home score minus away score} */
    public int homeLead() {
        return homeScore - awayScore;
    }

    /** {@return whether the game is in overtime (period 5 and up)} */
    public boolean isOvertime() {
        return period > 4;
    }

    /** {@return the regulation seconds left (quarters 1–4) or the overtime clock} */
    public int secondsRemaining() {
        return period <= 4 ? (4 - period) * 900 + clockSeconds : clockSeconds;
    }
}
