package com.precog.application.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** In-memory {@link AccountBalances}: the history as a list, a row only on change. Thread-safe. */
public final class InMemoryAccountBalances implements AccountBalances {
    private final List<Balance> rows = new ArrayList<>();

    @Override
    public synchronized boolean record(Balance b) {
        if (!rows.isEmpty() && rows.get(rows.size() - 1).sameAmounts(b)) return false;
        rows.add(b);
        return true;
    }

    @Override
    public synchronized Optional<Balance> current() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    @Override
    public synchronized List<Balance> history() {
        return List.copyOf(rows);
    }
}
