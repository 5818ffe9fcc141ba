package com.precog.domain.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pre-game ensemble: asks each member model, combines the present ones with an {@link Ensemble}; empty when none is present.
 * Immutable and thread-safe.
 *
 * @param members the member models (copied), not empty
 * @param ensemble how their estimates combine
 */
public record EnsemblePreGameModel(List<PreGameModel> members, Ensemble ensemble) implements PreGameModel {
    /**
     * Validates the ensemble.
     *
     * @throws IllegalArgumentException if there are no members
     * @throws NullPointerException if an argument or member is null
     */
    public EnsemblePreGameModel {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        Objects.requireNonNull(ensemble, "ensemble");
        if (members.isEmpty()) throw new IllegalArgumentException("members must not be empty");
    }

    @Override
    public String member() {
        return "ensemble";
    }

    @Override
    public Optional<ModelEstimate> estimate(PreGameRow row) {
        Map<String, ModelEstimate> present = new LinkedHashMap<>();
        boolean any = false;
        for (PreGameModel m : members) {
            Optional<ModelEstimate> e = m.estimate(row);
            if (e.isPresent()) {
                present.put(m.member(), e.get());
                any |= ensemble.weights().weight(m.member()) > 0;
            }
        }
        return any ? Optional.of(ensemble.combine(present)) : Optional.empty();
    }
}
