package com.precog.domain.model.ingame;

import java.util.Objects;

/**
 * One historical NFL play (a row of {@code nfl_pbp_<season>.csv.gz}) with the game's final score:
 * the state at the snap and how the game ended.
 *
 * <p>Identity is {@code (gameId, playIndex)}: the play's 0-based order inside its game. Scores are
 * before the play's own points; {@code gameSecondsRemaining} counts down the whole regulation game in
 * quarters 1–4 and is the overtime clock in quarter 5 or 6. Missing integer fields (down, distance,
 * yard line, timeouts) are {@link #MISSING}; {@code down} 1–4, {@code yardLine100} 0–100 yards from the
 * opponent's end zone seen from {@code possessionTeam}; {@code possessionTeam} is empty when unknown.
 * {@code spreadLine} is the closing spread in points, positive when the home team is favoured
 * (NaN when unknown); {@code seasonType} is {@code REG} or {@code POST}. Immutable.
 *
 * @param gameId the game's id, not empty
 * @param season the season (the year it starts in), 1900–2200
 * @param week the week of the season
 * @param seasonType {@code REG} or {@code POST}
 * @param homeTeam the home team's code
 * @param awayTeam the away team's code
 * @param playIndex the play's 0-based order inside its game
 * @param quarter 1–4, 5–6 for overtime
 * @param gameSecondsRemaining seconds left in regulation (quarters 1–4) or on the overtime clock, 0–3600
 * @param halfSecondsRemaining seconds left in the half
 * @param possessionTeam the team with the ball, {@code ""} when unknown
 * @param homeScore the home score before the play
 * @param awayScore the away score before the play
 * @param down 1–4 or {@link #MISSING}
 * @param yardsToGo yards to a first down, 0–100 or {@link #MISSING}
 * @param yardLine100 yards from the opponent's end zone, 0–100 or {@link #MISSING}
 * @param homeTimeouts the home team's timeouts left, 0–3 or {@link #MISSING}
 * @param awayTimeouts the away team's timeouts left, 0–3 or {@link #MISSING}
 * @param spreadLine the closing spread in points, positive when the home team is favoured; NaN when unknown
 * @param homeFinal the home team's final score
 * @param awayFinal the away team's final score
 * @param playType the play type as in the source ({@code "pass"}, {@code "TIMEOUT"}, ...)
 */
public record HistoricalPlay(
        String gameId, int season, int week, String seasonType, String homeTeam, String awayTeam,
        int playIndex, int quarter, int gameSecondsRemaining, int halfSecondsRemaining, String possessionTeam,
        int homeScore, int awayScore, int down, int yardsToGo, int yardLine100,
        int homeTimeouts, int awayTimeouts, double spreadLine, int homeFinal, int awayFinal, String playType) {

    /** Marker of a missing integer field. */
    public static final int MISSING = -1;

    /**
     * Validates the play.
     *
     * @throws IllegalArgumentException if a field lies outside the ranges above
     * @throws NullPointerException if a text field is null
     */
    public HistoricalPlay {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(seasonType, "seasonType");
        Objects.requireNonNull(homeTeam, "homeTeam");
        Objects.requireNonNull(awayTeam, "awayTeam");
        Objects.requireNonNull(possessionTeam, "possessionTeam");
        Objects.requireNonNull(playType, "playType");
        if (gameId.isEmpty()) throw new IllegalArgumentException("gameId must not be empty");
        if (!seasonType.equals("REG") && !seasonType.equals("POST")) throw new IllegalArgumentException("seasonType must be REG or POST, was '" + seasonType + "'");
        if (season < 1900 || season > 2200) throw new IllegalArgumentException("season out of range: " + season);
        if (playIndex < 0) throw new IllegalArgumentException("playIndex must be >= 0, was " + playIndex);
        if (quarter < 1 || quarter > 6) throw new IllegalArgumentException("quarter must be 1-6, was " + quarter);
        if (gameSecondsRemaining < 0 || gameSecondsRemaining > 3600) {
            throw new IllegalArgumentException("gameSecondsRemaining must be 0-3600, was " + gameSecondsRemaining);
        }
        if (homeScore < 0 || awayScore < 0 || homeFinal < 0 || awayFinal < 0) {
            throw new IllegalArgumentException("scores must be >= 0 in " + gameId + " play " + playIndex);
        }
        if (down != MISSING && (down < 1 || down > 4)) throw new IllegalArgumentException("down must be 1-4 or missing, was " + down);
        if (yardsToGo != MISSING && (yardsToGo < 0 || yardsToGo > 100)) throw new IllegalArgumentException("yardsToGo must be 0-100 or missing, was " + yardsToGo);
        if (yardLine100 != MISSING && (yardLine100 < 0 || yardLine100 > 100)) throw new IllegalArgumentException("yardLine100 must be 0-100 or missing, was " + yardLine100);
        if (homeTimeouts != MISSING && (homeTimeouts < 0 || homeTimeouts > 3)) throw new IllegalArgumentException("homeTimeouts must be 0-3 or missing, was " + homeTimeouts);
        if (awayTimeouts != MISSING && (awayTimeouts < 0 || awayTimeouts > 3)) throw new IllegalArgumentException("awayTimeouts must be 0-3 or missing, was " + awayTimeouts);
        if (Double.isInfinite(spreadLine)) throw new IllegalArgumentException("spreadLine must be finite or NaN, was " + spreadLine);
    }

    /** {@return 1 if the home team won, 0 if it lost, 0.5 for a tie} */
    public double homeOutcome() {
        return homeFinal > awayFinal ? 1.0 : homeFinal < awayFinal ? 0.0 : 0.5;
    }

    /** {@return whether the play is in quarters 1–4} */
    public boolean isRegulation() {
        return quarter <= 4;
    }

    /** {@return whether the evaluation scores this row: regulation and not a timeout row ({@code TIMEOUT} in any case)} */
    public boolean isScoredInEvaluation() {
        return quarter <= 4 && !"TIMEOUT".equalsIgnoreCase(playType);
    }

    /** {@return who has the ball, from {@code possessionTeam}} */
    public Possession possession() {
        if (possessionTeam.equals(homeTeam)) return Possession.HOME;
        if (possessionTeam.equals(awayTeam)) return Possession.AWAY;
        return Possession.UNKNOWN;
    }

    /** {@return the seconds left in the current quarter (or overtime period)} */
    public int clockSecondsInPeriod() {
        return quarter <= 4 ? gameSecondsRemaining - (4 - quarter) * 900 : gameSecondsRemaining;
    }
}
