package com.precog.application.port.out;

import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.exit.PositionExit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** In-memory {@link ExitJournal}: two append-only lists. Thread-safe. */
public final class InMemoryExitJournal implements ExitJournal {
    private final List<ExitAttempt> attempts = new ArrayList<>();
    private final List<PositionExit> exits = new ArrayList<>();
    private final Set<String> exitIds = new HashSet<>();

    @Override
    public synchronized void recordAttempt(ExitAttempt attempt) {
        attempts.add(java.util.Objects.requireNonNull(attempt, "attempt"));
    }

    @Override
    public synchronized void recordExit(PositionExit exit) {
        if (!exitIds.add(exit.exitId())) throw new IllegalStateException("exit " + exit.exitId() + " already recorded");
        exits.add(exit);
    }

    @Override
    public synchronized List<ExitAttempt> attempts(String positionId) {
        return attempts.stream().filter(a -> a.positionId().equals(positionId)).toList();
    }

    @Override
    public synchronized List<PositionExit> exits(String positionId) {
        return exits.stream().filter(e -> e.positionId().equals(positionId)).toList();
    }

    @Override
    public synchronized List<PositionExit> exitsSince(Instant since) {
        return exits.stream().filter(e -> !e.at().isBefore(since)).toList();
    }

    /** Every attempt, oldest first (tests). */
    public synchronized List<ExitAttempt> allAttempts() {
        return List.copyOf(new ArrayList<>(attempts));
    }
}
