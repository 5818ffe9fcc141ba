package com.precog.domain.game;

import java.util.List;
import java.util.Objects;

/**
 * A team (franchise) with its current name, the names it played under before, and its
 * conference and division (empty when unknown).
 */
public record Team(TeamId id, String name, List<String> formerNames, String conference, String division) {
    public Team {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("team name must not be blank");
        formerNames = List.copyOf(formerNames);
        conference = conference == null ? "" : conference;
        division = division == null ? "" : division;
    }
}
