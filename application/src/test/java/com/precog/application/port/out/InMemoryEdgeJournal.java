package com.precog.application.port.out;

import com.precog.domain.edge.EdgeObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** In-memory {@link EdgeJournal}. */
public final class InMemoryEdgeJournal implements EdgeJournal {
    private final List<EdgeObservation> rows = new ArrayList<>();

    @Override
    public synchronized void record(EdgeObservation observation) {
        rows.add(java.util.Objects.requireNonNull(observation, "observation"));
    }

    @Override
    public synchronized List<EdgeObservation> recent(int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative, was " + limit);
        List<EdgeObservation> out = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && out.size() < limit; i--) out.add(rows.get(i));
        return out;
    }

    @Override
    public synchronized List<EdgeObservation> since(Instant since) {
        return rows.stream().filter(o -> !o.observedAt().isBefore(since)).toList();
    }
}
