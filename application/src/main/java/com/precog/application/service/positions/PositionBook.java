package com.precog.application.service.positions;

import com.precog.application.port.out.Positions;
import com.precog.domain.position.Position;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open positions in memory, written through to {@link Positions} (SCD2) by this policy:
 * <ul>
 *   <li>a quantity, status, partial-stage, realized P&L or trailing-stop change (activation or a
 *       raised stop; the stop only ever rises, so these are bounded) is stored at once;</li>
 *   <li>a mark that moved by at least {@code markStepMicros} since the last stored version is
 *       stored only when that version is at least {@code markInterval} old (per position), so a
 *       market flickering around a cent makes one row per interval, not one per book tick;</li>
 *   <li>marks in between live only in memory; {@link #flush(Instant)} stores every position whose
 *       live version differs from its stored one (graceful stop).</li>
 * </ul>
 * Thread-safe.
 */
public final class PositionBook {
    private final Positions store;
    private final long markStepMicros;
    private final long markIntervalMillis;
    private final ConcurrentHashMap<String, Position> live = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Stored> stored = new ConcurrentHashMap<>();
    /** Realized P&L booked by this book (exits, settlements) as [epoch millis, units], oldest first, the last two days. */
    private final ArrayDeque<long[]> realized = new ArrayDeque<>();
    private static final Duration REALIZED_KEPT = Duration.ofDays(2);

    /** The last stored version of a position and when it was stored ({@code null}: loaded, time unknown). */
    private record Stored(Position position, Instant at) {}

    /** Mark-only versions are stored whenever the mark moved by {@code markStepMicros} (no time throttle). */
    public PositionBook(Positions store, long markStepMicros) {
        this(store, markStepMicros, Duration.ZERO);
    }

    /**
     * @param markStepMicros the mark move that makes a mark-only version worth storing
     * @param markInterval   the least age of the last stored version before a mark-only version is stored
     */
    public PositionBook(Positions store, long markStepMicros, Duration markInterval) {
        this.store = Objects.requireNonNull(store, "store");
        if (markStepMicros < 0) throw new IllegalArgumentException("markStepMicros must not be negative, was " + markStepMicros);
        Objects.requireNonNull(markInterval, "markInterval");
        if (markInterval.isNegative()) throw new IllegalArgumentException("markInterval must not be negative, was " + markInterval);
        this.markStepMicros = markStepMicros;
        this.markIntervalMillis = markInterval.toMillis();
    }

    /**
     * Loads every open position from the store (on start), and the realized P&amp;L the store holds for the two days
     * before {@code now}: exits and settlements of an earlier run on the same trading day still count toward
     * {@link #realizedPnlSince} (a restart must not reset today's loss to zero under the daily_loss breaker).
     */
    public void load(Instant now) {
        Objects.requireNonNull(now, "now");
        for (Position p : store.open()) {
            live.put(p.id(), p);
            stored.put(p.id(), new Stored(p, null));
        }
        synchronized (realized) {
            realized.clear();
            for (Positions.RealizedChange c : store.realizedChangesSince(now.minus(REALIZED_KEPT))) {
                realized.addLast(new long[] {c.at().toEpochMilli(), c.amount().units()});
            }
        }
    }

    /** A newly opened position: stored and tracked. */
    public void open(Position p, Instant at) {
        Objects.requireNonNull(p, "p");
        store.save(p, at);
        stored.put(p.id(), new Stored(p, at));
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

    /**
     * Realized P&L booked through {@link #update} at or after {@code since} (exits and settlements of this run):
     * with {@link #unrealizedPnl()}, what the daily_loss breaker weighs ({@code CircuitBreakerService.recordPnl}).
     */
    public com.precog.domain.money.Dollars realizedPnlSince(Instant since) {
        long sinceMillis = since.toEpochMilli();
        long units = 0;
        synchronized (realized) {
            for (long[] r : realized) if (r[0] >= sinceMillis) units = Math.addExact(units, r[1]);
        }
        return com.precog.domain.money.Dollars.ofUnits(units);
    }

    /**
     * The market trades the store holds, rebuilt from the stored positions. A market's trade is its position records
     * (one per entry fill) from the first opening until none of them is left open: records whose lifetimes overlap
     * belong to one trade (a record opening at or after the moment every earlier one closed starts the next). Its
     * P&amp;L is the sum of the records' realized P&amp;L, its end the last record's close — as the session reports a
     * trade while it runs.
     *
     * @param closed     the trades that ended, oldest first
     * @param openByMarket per market whose current trade is still open: the realized P&amp;L of its records already closed
     */
    public record Trades(List<ClosedTrade> closed, java.util.Map<String, com.precog.domain.money.Dollars> openByMarket) {
        public Trades {
            closed = List.copyOf(closed);
            openByMarket = java.util.Map.copyOf(openByMarket);
        }

        /** {@return the P&amp;L of the closed trades that ended after {@code after}, oldest first: what the consecutive_losses streak is rebuilt from} */
        public List<com.precog.domain.money.Dollars> closedPnlsAfter(Instant after) {
            List<com.precog.domain.money.Dollars> out = new ArrayList<>();
            for (ClosedTrade t : closed) if (t.end().isAfter(after)) out.add(t.pnl());
            return out;
        }
    }

    /** A market's trade that ended at {@code end} with realized P&amp;L {@code pnl}. */
    public record ClosedTrade(String marketTicker, Instant end, com.precog.domain.money.Dollars pnl) {}

    /** {@return the market trades of the stored positions (see {@link Trades})} */
    public Trades trades() {
        java.util.Map<String, List<Position>> byMarket = new java.util.TreeMap<>();
        for (Position p : store.all()) byMarket.computeIfAbsent(p.marketTicker(), k -> new ArrayList<>()).add(p);
        List<ClosedTrade> closed = new ArrayList<>();
        java.util.Map<String, com.precog.domain.money.Dollars> open = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, List<Position>> m : byMarket.entrySet()) {
            List<Position> records = new ArrayList<>(m.getValue());
            records.sort(java.util.Comparator.comparing(Position::openedAt).thenComparing(Position::id));
            long groupEnd = Long.MIN_VALUE; // the latest close of the current group; MAX_VALUE while one of its records is open
            long pnl = 0;
            boolean any = false;
            for (Position p : records) {
                long opened = p.openedAt().toEpochMilli();
                if (any && opened >= groupEnd) { // every earlier record closed by now: that trade ended
                    closed.add(new ClosedTrade(m.getKey(), Instant.ofEpochMilli(groupEnd), com.precog.domain.money.Dollars.ofUnits(pnl)));
                    pnl = 0;
                    groupEnd = Long.MIN_VALUE;
                }
                any = true;
                if (p.closedAt().isPresent()) {
                    pnl = Math.addExact(pnl, p.realizedPnl().units());
                    groupEnd = Math.max(groupEnd, p.closedAt().get().toEpochMilli());
                } else {
                    groupEnd = Long.MAX_VALUE;
                }
            }
            if (!any) continue;
            if (groupEnd == Long.MAX_VALUE) open.put(m.getKey(), com.precog.domain.money.Dollars.ofUnits(pnl));
            else closed.add(new ClosedTrade(m.getKey(), Instant.ofEpochMilli(groupEnd), com.precog.domain.money.Dollars.ofUnits(pnl)));
        }
        closed.sort(java.util.Comparator.comparing(ClosedTrade::end).thenComparing(ClosedTrade::marketTicker));
        return new Trades(closed, open);
    }

    /** Replaces a position's live version; stores it when material. Closed positions leave the book. */
    public void update(Position next, Instant at) {
        Position before = live.get(next.id());
        if (before != null && !before.realizedPnl().equals(next.realizedPnl())) {
            long delta = next.realizedPnl().minus(before.realizedPnl()).units();
            synchronized (realized) {
                realized.addLast(new long[] {at.toEpochMilli(), delta});
                while (realized.peekFirst()[0] < at.toEpochMilli() - REALIZED_KEPT.toMillis()) realized.pollFirst();
            }
        }
        Stored last = stored.get(next.id());
        if (last == null || structural(last.position(), next) || markDue(last, next, at)) {
            store.save(next, at);
            stored.put(next.id(), new Stored(next, at));
        }
        if (next.isOpen()) live.put(next.id(), next);
        else {
            live.remove(next.id());
            stored.remove(next.id());
        }
    }

    /**
     * Stores every open position whose live version is not the stored one (marks held back by the
     * interval); returns how many were stored. Call on a graceful stop.
     */
    public int flush(Instant at) {
        int n = 0;
        for (Position p : live.values()) {
            Stored last = stored.get(p.id());
            if (last != null && last.position().equals(p)) continue;
            if (last != null && last.at() != null && at.isBefore(last.at())) continue;
            store.save(p, at);
            stored.put(p.id(), new Stored(p, at));
            n++;
        }
        return n;
    }

    /** A change that is stored at once. */
    private static boolean structural(Position a, Position b) {
        return !a.currentQuantity().equals(b.currentQuantity()) || a.status() != b.status()
                || a.partialStagesDone() != b.partialStagesDone() || !a.realizedPnl().equals(b.realizedPnl())
                || a.trailingStop().active() != b.trailingStop().active()
                || a.trailingStop().stopPriceMicros() != b.trailingStop().stopPriceMicros();
    }

    /** A mark move worth a version, once the last stored version is old enough. */
    private boolean markDue(Stored last, Position next, Instant at) {
        if (Math.abs(last.position().mark().micros() - next.mark().micros()) < markStepMicros) return false;
        return last.at() == null || at.toEpochMilli() - last.at().toEpochMilli() >= markIntervalMillis;
    }
}
