package com.precog.domain.strategy;

import com.precog.domain.edge.Edge;
import com.precog.domain.money.Dollars;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks one strategy when several fire on the same market (SPEC §6): the highest-priority type
 * (halftime, live, pre-game, settlement) wins unless another candidate's edge is larger by at
 * least {@code preferLargerEdgeBy} (0.02), in which case the largest edge wins. Remaining ties
 * go to the larger edge, then the lower strategy key, so the choice is deterministic.
 */
public final class StrategySelector {
    /** A strategy that fired, with the edge it would trade. */
    public record Candidate(StrategyVersion strategy, Edge edge) {
        public Candidate {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(edge, "edge");
        }
    }

    private final long preferLargerEdgeByUnits;

    public StrategySelector(Dollars preferLargerEdgeBy) {
        if (preferLargerEdgeBy.isNegative()) throw new IllegalArgumentException("preferLargerEdgeBy must not be negative, was " + preferLargerEdgeBy);
        this.preferLargerEdgeByUnits = preferLargerEdgeBy.units();
    }

    public static StrategySelector defaults() {
        return new StrategySelector(Dollars.of("0.02"));
    }

    /** The edge advantage (dollars per contract) by which a lower-priority candidate wins. */
    public Dollars preferLargerEdgeBy() {
        return Dollars.ofUnits(preferLargerEdgeByUnits);
    }

    public Optional<Candidate> select(List<Candidate> candidates) {
        Candidate top = null;
        Candidate largest = null;
        for (Candidate c : candidates) {
            if (top == null || byPriority(c, top) < 0) top = c;
            if (largest == null || byEdge(c, largest) < 0) largest = c;
        }
        if (top == null) return Optional.empty();
        long diff = largest.edge().value().units() - top.edge().value().units();
        return Optional.of(diff >= preferLargerEdgeByUnits && diff > 0 ? largest : top);
    }

    private static int byPriority(Candidate a, Candidate b) {
        int c = Integer.compare(a.strategy().type().rank(), b.strategy().type().rank());
        return c != 0 ? c : byEdge(a, b);
    }

    private static int byEdge(Candidate a, Candidate b) {
        int c = -a.edge().value().compareTo(b.edge().value());
        return c != 0 ? c : a.strategy().key().compareTo(b.strategy().key());
    }
}
