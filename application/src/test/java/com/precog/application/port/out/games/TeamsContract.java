package com.precog.application.port.out.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract every {@link Teams} store passes. Each test gets a fresh, empty store. */
public abstract class TeamsContract {
    protected abstract Teams newStore();

    private final Team was = new Team(TeamId.of(League.NFL, "WAS"), "Washington Commanders",
            List.of("Washington Redskins", "Washington Football Team"), "NFC", "NFC East");

    @Test
    void save_sameTeamTwice_changesNothingTheSecondTime() {
        Teams store = newStore();
        assertThat(store.save(was)).isTrue();
        assertThat(store.save(was)).isFalse();
        assertThat(store.find(was.id())).contains(was);
    }

    @Test
    void save_changedTeam_replacesIt() {
        Teams store = newStore();
        store.save(was);
        Team renamed = new Team(was.id(), "Washington X", List.of("Washington Commanders"), "NFC", "NFC East");
        assertThat(store.save(renamed)).isTrue();
        assertThat(store.find(was.id())).contains(renamed);
    }

    @Test
    void all_listsALeaguesTeamsByCode() {
        Teams store = newStore();
        Team ari = new Team(TeamId.of(League.NFL, "ARI"), "Arizona Cardinals", List.of(), "NFC", "NFC West");
        Team nhl = new Team(TeamId.of(League.NHL, "WSH"), "Washington Capitals", List.of(), "", "");
        store.save(was);
        store.save(nhl);
        store.save(ari);
        assertThat(store.all(League.NFL)).containsExactly(ari, was);
    }
}
