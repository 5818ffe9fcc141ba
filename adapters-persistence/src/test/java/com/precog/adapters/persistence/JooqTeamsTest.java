package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.games.Teams;
import com.precog.application.port.out.games.TeamsContract;
import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqTeamsTest extends TeamsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @Override
    protected Teams newStore() {
        db.dsl().truncate(TEAMS).restartIdentity().cascade().execute();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).teams();
    }

    @Test
    void aTeamKnownOnlyFromAGame_isNotListed_untilSaved() {
        Teams store = newStore();
        JooqTeams.ensure(db.dsl(), TeamId.of(League.NFL, "KC"));
        assertThat(store.find(TeamId.of(League.NFL, "KC"))).isEmpty();
        assertThat(store.all(League.NFL)).isEmpty();
        Team kc = new Team(TeamId.of(League.NFL, "KC"), "Kansas City Chiefs", List.of("Dallas Texans"), "AFC", "AFC West");
        assertThat(store.save(kc)).isTrue();
        assertThat(store.all(League.NFL)).containsExactly(kc);
        assertThat(db.dsl().fetchCount(TEAMS)).isEqualTo(1);
    }
}
