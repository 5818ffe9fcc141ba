package com.precog.application.port.out;

import com.precog.domain.position.Position;
import java.time.Instant;
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
