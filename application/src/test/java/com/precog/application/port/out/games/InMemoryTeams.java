package com.precog.application.port.out.games;

import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link Teams}. */
public final class InMemoryTeams implements Teams {
    private final Map<TeamId, Team> teams = new HashMap<>();

    @Override
    public synchronized boolean save(Team team) {
        return !team.equals(teams.put(team.id(), team));
    }

    @Override
    public synchronized Optional<Team> find(TeamId id) {
        return Optional.ofNullable(teams.get(id));
    }

    @Override
    public synchronized List<Team> all(League league) {
        return teams.values().stream().filter(t -> t.id().league() == league)
                .sorted(Comparator.comparing(t -> t.id().code())).toList();
    }
}
