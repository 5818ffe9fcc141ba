package com.precog.application.port.out;

import com.precog.domain.position.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory {@link Positions}: SCD2 versions per position id, kept in lists. Thread-safe. */
public final class InMemoryPositions implements Positions {
    private final Map<String, List<PositionVersion>> rows = new TreeMap<>();

    @Override
    public synchronized void save(Position position, Instant at) {
        List<PositionVersion> versions = rows.computeIfAbsent(position.id(), k -> new ArrayList<>());
        if (!versions.isEmpty()) {
            PositionVersion current = versions.get(versions.size() - 1);
            if (at.isBefore(current.rowStart())) {
                throw new IllegalArgumentException("at " + at + " is before the current version's start " + current.rowStart());
            }
            versions.set(versions.size() - 1, new PositionVersion(current.position(), current.rowStart(), Optional.of(at)));
        }
        versions.add(new PositionVersion(position, at, Optional.empty()));
    }

    @Override
    public synchronized Optional<Position> current(String positionId) {
        List<PositionVersion> v = rows.get(positionId);
        return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1).position());
    }

    @Override
    public synchronized List<Position> open() {
        List<Position> out = new ArrayList<>();
        for (List<PositionVersion> v : rows.values()) {
            Position p = v.get(v.size() - 1).position();
            if (p.isOpen()) out.add(p);
        }
        return out;
    }

    @Override
    public synchronized List<Position> all() {
        List<Position> out = new ArrayList<>();
        for (List<PositionVersion> v : rows.values()) out.add(v.get(v.size() - 1).position());
        return out;
    }

    @Override
    public synchronized List<PositionVersion> history(String positionId) {
        return List.copyOf(rows.getOrDefault(positionId, List.of()));
    }
}
