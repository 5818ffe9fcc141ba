package com.precog.application.port.out;

import java.util.ArrayList;
import java.util.List;

/** In-memory {@link Settlements}: an append-only list, one row per (ticker, position). Thread-safe. */
public final class InMemorySettlements implements Settlements {
    private final List<Settlement> rows = new ArrayList<>();

    @Override
    public synchronized boolean record(Settlement s) {
        for (Settlement r : rows) {
            if (r.positionId().equals(s.positionId()) && r.marketTicker().equals(s.marketTicker())) return false;
        }
        rows.add(s);
        return true;
    }

    @Override
    public synchronized List<Settlement> all() {
        return List.copyOf(rows);
    }
}
