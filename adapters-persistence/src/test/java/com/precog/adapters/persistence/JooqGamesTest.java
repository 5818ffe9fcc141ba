package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.games.Games;
import com.precog.application.port.out.games.GamesContract;
import com.precog.domain.game.GameId;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.League;
import com.precog.domain.game.TeamId;
import com.precog.domain.game.TestGames;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqGamesTest extends GamesContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    /** Truncating teams cascades to games and game_states (foreign keys). */
    @Override
    protected Games newStore() {
        db.dsl().truncate(TEAMS).restartIdentity().cascade().execute();
        return adapters().games();
    }

    private static PersistenceAdapters adapters() {
        return new PersistenceAdapters(db.database(), Clock.systemUTC());
    }

    @Test
    void playoffGameWithAwayFavouriteAndTextWeek_roundTrips() {
        Games store = newStore();
        LocalDate d = LocalDate.parse("2021-01-16");
        TeamId home = TeamId.of(League.NFL, "GB"), away = TeamId.of(League.NFL, "LAR");
        HistoricalGame g = new HistoricalGame(GameId.historical(d, away, home), d, 2020, "Division", true, home, away, 32, 18,
                Optional.of(away), Optional.of(new BigDecimal("-6.5")), true);
        assertThat(store.add(g)).isTrue();
        assertThat(store.find(g.id())).contains(g);
        assertThat(store.between(d, d)).containsExactly(g);
    }

    @Test
    void aLiveGameSeenByTheStateStore_isNotAFinishedGame_untilAdded() {
        Games store = newStore();
        var live = TestGames.nflLive("401999001");
        adapters().gameStates().record(live);
        assertThat(store.find(live.id())).isEmpty();
        assertThat(store.count()).isZero();
        LocalDate d = LocalDate.parse("2022-09-11");
        HistoricalGame finished = new HistoricalGame(live.id(), d, 2022, "1", false, live.home(), live.away(), 27, 26,
                Optional.empty(), Optional.empty(), false);
        assertThat(store.add(finished)).isTrue();
        assertThat(store.find(live.id())).contains(finished);
        assertThat(store.add(finished)).isFalse();
        assertThat(store.count()).isEqualTo(1);
    }
}
