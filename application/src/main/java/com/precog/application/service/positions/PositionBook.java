package com.precog.application.service.positions;

import com.precog.application.port.out.Positions;
import com.precog.domain.position.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open positions in memory, written through to {@link Positions} (SCD2) whenever a
 * version worth keeping appears: a quantity, status, stage or trailing-stop change, or a mark
 * that moved by at least {@code markStepMicros} since the last stored version. Marks in
 * between live only in memory (the SPEC's positions table keeps no tick-by-tick marks).
 * Thread-safe.
 */
public final class PositionBook {
    private final Positions store;
    private final long markStepMicros;
    private final ConcurrentHashMap<String, Position> live = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Position> stored = new ConcurrentHashMap<>();

    public PositionBook(Positions store, long markStepMicros) {
        this.store = Objects.requireNonNull(store, "store");
        if (markStepMicros < 0) throw new IllegalArgumentException("markStepMicros must not be negative, was " + markStepMicros);
        this.markStepMicros = markStepMicros;
    }

    /** Loads every open position from the store (on start). */
    public void load() {
        for (Position p : store.open()) {
            live.put(p.id(), p);
            stored.put(p.id(), p);
        }
    }

    /** A newly opened position: stored and tracked. */
    public void open(Position p, Instant at) {
        Objects.requireNonNull(p, "p");
        store.save(p, at);
        stored.put(p.id(), p);
        if (p.isOpen()) live.put(p.id(), p);
    }

    public Optional<Position> get(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** Open positions in one market. */
    public List<Position> inMarket(String ticker) {
        List<Position> out = new ArrayList<>();
        for (Position p : live.values()) {
            if (p.marketTicker().equals(ticker)) out.add(p);
        }
        return out;
    }

    public List<Position> all() {
        return new ArrayList<>(live.values());
    }

    /** Unrealized P&L of every open position at its last mark (what {@code CircuitBreakerService.recordPnl} takes). */
    public com.precog.domain.money.Dollars unrealizedPnl() {
        com.precog.domain.money.Dollars total = com.precog.domain.money.Dollars.ZERO;
        for (Position p : live.values()) total = total.plus(p.unrealizedPnl());
        return total;
    }

    public int size() {
        return live.size();
    }

    /** Replaces a position's live version; stores it when material. Closed positions leave the book. */
    public void update(Position next, Instant at) {
        Position last = stored.get(next.id());
        if (last == null || material(last, next)) {
            store.save(next, at);
            stored.put(next.id(), next);
        }
        if (next.isOpen()) live.put(next.id(), next);
        else {
            live.remove(next.id());
            stored.remove(next.id());
        }
    }

    private boolean material(Position a, Position b) {
        return !a.currentQuantity().equals(b.currentQuantity()) || a.status() != b.status()
                || a.partialStagesDone() != b.partialStagesDone() || !a.realizedPnl().equals(b.realizedPnl())
                || a.trailingStop().active() != b.trailingStop().active()
                || a.trailingStop().stopPriceMicros() != b.trailingStop().stopPriceMicros()
                || Math.abs(a.mark().micros() - b.mark().micros()) >= markStepMicros;
    }
}
