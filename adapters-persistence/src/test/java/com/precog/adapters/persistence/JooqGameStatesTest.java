package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.GAME_STATES;
import static com.precog.adapters.persistence.jooq.Tables.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.games.GameStates;
import com.precog.application.port.out.games.GameStatesContract;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.Situation;
import com.precog.domain.game.TeamId;
import com.precog.domain.game.TestGames;
import com.precog.domain.money.Probability;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqGameStatesTest extends GameStatesContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    /** game_states rejects DELETE (SCD2); truncating teams cascades to games and game_states. */
    @Override
    protected GameStates newStore() {
        db.dsl().truncate(TEAMS).restartIdentity().cascade().execute();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).gameStates();
    }

    @Test
    void footballSituationFractionalClockAndStatusRoundTrip() {
        GameStates store = newStore();
        GameState base = TestGames.nflLive("401437700");
        GameState s = new GameState(base.id(), League.NFL, base.scheduledStart(), base.home(), base.away(), 21, 17, 5,
                Duration.ofMillis(4_300), GameStatus.IN_PROGRESS, Situation.of(base.away(), 3, 7, 18, true),
                Optional.of(Probability.of("0.1234")), true, base.observedAt().plusSeconds(7));
        store.record(s);
        assertThat(store.current(s.id())).contains(s);
        GameState over = s.withClock(5, Duration.ZERO, GameStatus.FINAL_OVERTIME).withObservedAt(s.observedAt().plusSeconds(60));
        assertThat(store.record(over)).isTrue();
        assertThat(store.current(s.id())).contains(over);
        var row = db.dsl().selectFrom(GAME_STATES).where(GAME_STATES.ROW_CURRENT_IND).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("final_overtime");
        assertThat(row.getPossession()).isEqualTo("away");
    }

    @Test
    void whenTheKickoffTimeIsSet_theGameRowFollows() {
        GameStates store = newStore();
        java.time.Instant placeholder = java.time.Instant.parse("2022-09-17T04:00:00Z");
        java.time.Instant kickoff = java.time.Instant.parse("2022-09-17T19:30:00Z");
        GameState set = TestGames.scheduled(League.NCAAF, "401403894", "UGA", "SC", kickoff);
        store.record(new GameState(set.id(), set.league(), placeholder, set.home(), set.away(), 0, 0, 0, set.clock(), set.status(),
                set.situation(), set.homeWinProbability(), false, set.observedAt().minusSeconds(86_400), false));
        var games = com.precog.adapters.persistence.jooq.Tables.GAMES;
        assertThat(db.dsl().select(games.SCHEDULED_START).from(games).where(games.GAME_ID.eq(set.id().value())).fetchSingle().value1()
                .toInstant()).isEqualTo(placeholder);
        assertThat(db.dsl().selectFrom(GAME_STATES).where(GAME_STATES.ROW_CURRENT_IND).fetchSingle().getStartTimeKnown()).isFalse();
        store.record(set);
        assertThat(db.dsl().select(games.SCHEDULED_START).from(games).where(games.GAME_ID.eq(set.id().value())).fetchSingle().value1()
                .toInstant()).isEqualTo(kickoff);
    }

    @Test
    void aLateObservation_neverReachesIntoThePastOfTheCurrentVersion() {
        GameStates store = newStore();
        GameState first = TestGames.nflLive("401437701");
        store.record(first.withObservedAt(first.observedAt().plusSeconds(60)));
        GameState late = first.withScore(3, 0);
        assertThat(store.record(late)).isTrue();
        var h = store.history(first.id());
        assertThat(h).hasSize(2);
        assertThat(h.get(0).validTo()).contains(h.get(1).validFrom());
        assertThat(h.get(1).validFrom()).isEqualTo(first.observedAt().plusSeconds(60));
    }

    @Test
    void possessionByATeamNotPlaying_isRejected_andNothingIsWritten() {
        GameStates store = newStore();
        GameState base = TestGames.nflLive("401437702");
        GameState odd = new GameState(base.id(), League.NFL, base.scheduledStart(), base.home(), base.away(), 0, 0, 1,
                Duration.ofSeconds(900), GameStatus.IN_PROGRESS, Situation.of(TeamId.of(League.NFL, "KC"), 1, 10, 75, false),
                Optional.empty(), false, base.observedAt());
        assertThatThrownBy(() -> store.record(odd)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.history(base.id())).isEmpty();
    }

    @Test
    void historyCannotBeDeletedInTheDatabase() {
        GameStates store = newStore();
        store.record(TestGames.nflLive("401437703"));
        assertThatThrownBy(() -> db.dsl().deleteFrom(GAME_STATES).execute()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("SCD2");
    }
}
