package com.precog.application.port.out.games;

import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.util.List;
import java.util.Optional;

/** Teams by id. Saving an identical team again changes nothing. */
public interface Teams {
    /** Inserts or replaces the team; returns whether anything changed. */
    boolean save(Team team);

    Optional<Team> find(TeamId id);

    /** A league's teams ordered by code. */
    List<Team> all(League league);
}
