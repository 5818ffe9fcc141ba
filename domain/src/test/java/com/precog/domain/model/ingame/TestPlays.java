package com.precog.domain.model.ingame;

/** Small factories of {@link HistoricalPlay}s for tests. */
public final class TestPlays {
    private TestPlays() {}

    /** A first-and-10 play at the home 25 with the home team in possession, home won 24-17. */
    public static HistoricalPlay play(String gameId, int season, int index) {
        return play(gameId, season, index, 1, 3600 - index * 20, 0, 0, 24, 17);
    }

    /** A play with chosen quarter, game seconds left, score at the snap and final score (home team "HOM" has the ball). */
    public static HistoricalPlay play(String gameId, int season, int index, int quarter, int gameSecondsRemaining,
                                      int homeScore, int awayScore, int homeFinal, int awayFinal) {
        return new HistoricalPlay(gameId, season, 1, "REG", "HOM", "AWY", index, quarter, gameSecondsRemaining,
                Math.min(1800, gameSecondsRemaining), "HOM", homeScore, awayScore, 1, 10, 75, 3, 3, 3.0,
                homeFinal, awayFinal, "PASS");
    }
}
