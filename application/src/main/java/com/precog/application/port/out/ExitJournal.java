package com.precog.application.port.out;

import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.exit.PositionExit;
import java.time.Instant;
import java.util.List;

/**
 * The append-only record of exits (SPEC §9): one {@code exit_attempts} row per order sent to
 * exit a position and one {@code position_exits} row per completed (partial) exit with its
 * realized P&L. Nothing is ever updated or deleted.
 */
public interface ExitJournal {
    void recordAttempt(ExitAttempt attempt);

    /** @throws IllegalStateException when an exit with the same {@code exitId} was already recorded */
    void recordExit(PositionExit exit);

    /** Attempts of one position, oldest first. */
    List<ExitAttempt> attempts(String positionId);

    /** Completed exits of one position, oldest first. */
    List<PositionExit> exits(String positionId);

    /** Completed exits of every position at or after {@code since}, oldest first. */
    List<PositionExit> exitsSince(Instant since);
}
