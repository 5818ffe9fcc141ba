package com.precog.domain.strategy;

/**
 * The game situation a strategy's entry window looks at, as plain values so the owner of game
 * state can fill it without this package depending on theirs. Seconds are wall-clock seconds;
 * -1 means unknown.
 *
 * @param league              upper-case league code, e.g. {@code NFL}
 * @param phase               where the game is
 * @param secondsToStart      seconds until the scheduled start (negative once started)
 * @param secondsFromHalftime 0 during halftime, else seconds to the start of (or since the end of) halftime; -1 unknown
 * @param secondsLeft         game seconds remaining (-1 unknown)
 * @param leaderLead          points by which the leading team leads (0 when tied)
 * @param leaderHasPossession whether the leading team has the ball
 * @param trailerTimeouts     timeouts left to the trailing team (-1 unknown)
 */
public record EntryContext(String league, Phase phase, long secondsToStart, long secondsFromHalftime, long secondsLeft, int leaderLead,
                           boolean leaderHasPossession, int trailerTimeouts) {
    /** Where a game stands. */
    public enum Phase { SCHEDULED, IN_PROGRESS, HALFTIME, FINAL }

    public EntryContext {
        league = league == null ? "" : league.trim().toUpperCase(java.util.Locale.ROOT);
        java.util.Objects.requireNonNull(phase, "phase");
        if (leaderLead < 0) throw new IllegalArgumentException("leaderLead must not be negative, was " + leaderLead);
        if (secondsFromHalftime < -1 || secondsLeft < -1 || trailerTimeouts < -1) {
            throw new IllegalArgumentException("unknown seconds/timeouts are -1, smaller values are invalid");
        }
    }

    /** A game that has not started, {@code secondsToStart} ahead. */
    public static EntryContext pregame(String league, long secondsToStart) {
        return new EntryContext(league, Phase.SCHEDULED, secondsToStart, -1, -1, 0, false, -1);
    }
}
