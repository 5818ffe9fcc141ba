package com.precog.domain.game;

/**
 * Where a game stands. Live statuses ({@link #isLive()}) are polled fast; finished statuses
 * ({@link #isFinished()}) carry the result; terminal statuses never turn live again.
 */
public enum GameStatus {
    SCHEDULED, IN_PROGRESS, HALFTIME, END_OF_PERIOD, DELAYED, SUSPENDED,
    FINAL, FINAL_OVERTIME, POSTPONED, CANCELED;

    /** In play or in a break of play (halftime, between periods, delayed mid-game). */
    public boolean isLive() {
        return this == IN_PROGRESS || this == HALFTIME || this == END_OF_PERIOD || this == DELAYED;
    }

    /** Completed with a result. */
    public boolean isFinished() {
        return this == FINAL || this == FINAL_OVERTIME;
    }

    /** Will not change any more (finished or canceled; a postponed game may be rescheduled). */
    public boolean isTerminal() {
        return isFinished() || this == CANCELED;
    }
}
