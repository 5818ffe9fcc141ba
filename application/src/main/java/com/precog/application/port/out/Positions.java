package com.precog.application.port.out;

import com.precog.domain.money.Dollars;
import com.precog.domain.position.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where positions are kept, as SCD Type 2 history (SPEC §11): every {@link #save} closes the
 * current version of that position (row end = {@code at}) and inserts the new one as current,
 * in one transaction, from the values given (never re-reading the row being closed).
 */
public interface Positions {
    /**
     * Stores {@code position} as the new current version valid from {@code at}.
     * @throws IllegalArgumentException when {@code at} is before the current version's start
     */
    void save(Position position, Instant at);

    /** The current version of a position. */
    Optional<Position> current(String positionId);

    /** Current versions of every open position, by position id. */
    List<Position> open();

    /** Current versions of every position (open and closed), by position id. */
    List<Position> all();

    /** Every version of a position, oldest first (empty when unknown). */
    List<PositionVersion> history(String positionId);

    /**
     * The realized P&amp;L booked at or after {@code since}: one change per stored version whose realized P&amp;L differs
     * from the version before it (a partial exit, the close, a settlement), oldest first. A position's first version
     * books nothing (whatever it starts with was realized before it was tracked). What the daily_loss breaker weighs
     * after a restart: the exits and settlements of earlier runs the same trading day. This default reads every
     * position's history; a store with a query for it overrides it.
     */
    default List<RealizedChange> realizedChangesSince(Instant since) {
        List<RealizedChange> out = new ArrayList<>();
        for (Position p : all()) {
            List<PositionVersion> versions = history(p.id());
            for (int i = 1; i < versions.size(); i++) {
                PositionVersion v = versions.get(i);
                Dollars change = v.position().realizedPnl().minus(versions.get(i - 1).position().realizedPnl());
                if (!change.isZero() && !v.rowStart().isBefore(since)) out.add(new RealizedChange(p.id(), v.rowStart(), change));
            }
        }
        out.sort(Comparator.comparing(RealizedChange::at).thenComparing(RealizedChange::positionId));
        return out;
    }

    /** Realized P&amp;L {@code amount} (negative: a loss) booked on position {@code positionId} at {@code at}. */
    record RealizedChange(String positionId, Instant at, Dollars amount) {
        public RealizedChange {
            Objects.requireNonNull(positionId, "positionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** One SCD2 row: the position as it was from {@code rowStart} until {@code rowEnd} (empty = current). */
    record PositionVersion(Position position, Instant rowStart, Optional<Instant> rowEnd) {
        public PositionVersion {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(rowStart, "rowStart");
            Objects.requireNonNull(rowEnd, "rowEnd");
        }

        public boolean isCurrent() {
            return rowEnd.isEmpty();
        }
    }
}
