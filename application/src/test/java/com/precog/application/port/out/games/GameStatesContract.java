package com.precog.application.port.out.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.TestGames;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract every {@link GameStates} passes (SCD2 semantics). Each test gets a fresh, empty store. */
public abstract class GameStatesContract {
    protected abstract GameStates newStore();

    private final GameState first = TestGames.nflLive("401437650");

    @Test
    void emptyStore_hasNoCurrentAndNoHistory() {
        GameStates store = newStore();
        assertThat(store.current(first.id())).isEmpty();
        assertThat(store.history(first.id())).isEmpty();
    }

    @Test
    void record_firstState_isCurrentAndOpen() {
        GameStates store = newStore();
        assertThat(store.record(first)).isTrue();
        assertThat(store.current(first.id())).contains(first);
        assertThat(store.history(first.id())).containsExactly(new GameStateVersion(first, first.observedAt(), Optional.empty()));
    }

    @Test
    void record_sameContentLater_writesNothing() {
        GameStates store = newStore();
        store.record(first);
        assertThat(store.record(first.withObservedAt(first.observedAt().plusSeconds(15)))).isFalse();
        assertThat(store.history(first.id())).hasSize(1);
    }

    @Test
    void aKickoffTimeNotSetYet_isKept_andSettingItIsANewVersion() {
        GameStates store = newStore();
        GameState set = TestGames.scheduled(com.precog.domain.game.League.NCAAF, "401403894", "UGA", "SC", java.time.Instant.parse("2022-09-17T19:30:00Z"));
        GameState tbd = new GameState(set.id(), set.league(), java.time.Instant.parse("2022-09-17T04:00:00Z"), set.home(), set.away(), 0, 0, 0,
                set.clock(), set.status(), set.situation(), set.homeWinProbability(), false, set.observedAt().minusSeconds(86_400), false);
        assertThat(store.record(tbd)).isTrue();
        assertThat(store.current(tbd.id())).contains(tbd);
        assertThat(store.current(tbd.id()).orElseThrow().startTimeKnown()).isFalse();
        assertThat(store.record(set)).as("the time was set").isTrue();
        assertThat(store.current(tbd.id())).contains(set);
        assertThat(store.history(tbd.id())).extracting(GameStateVersion::state).containsExactly(tbd, set);
    }

    @Test
    void record_change_closesPreviousAtNewObservationAndOpensNew() {
        GameStates store = newStore();
        store.record(first);
        GameState scored = first.withScore(7, 0).withClock(1, Duration.ofSeconds(700), GameStatus.IN_PROGRESS)
                .withObservedAt(first.observedAt().plusSeconds(30));
        GameState later = scored.withClock(1, Duration.ofSeconds(650), GameStatus.IN_PROGRESS)
                .withObservedAt(first.observedAt().plusSeconds(45));
        assertThat(store.record(scored)).isTrue();
        assertThat(store.record(later)).isTrue();
        List<GameStateVersion> h = store.history(first.id());
        assertThat(h).extracting(GameStateVersion::state).containsExactly(first, scored, later);
        assertThat(h.get(0).validTo()).contains(scored.observedAt());
        assertThat(h.get(1).validFrom()).isEqualTo(scored.observedAt());
        assertThat(h.get(1).validTo()).contains(later.observedAt());
        assertThat(h.stream().filter(GameStateVersion::isCurrent)).hasSize(1);
        assertThat(store.current(first.id())).contains(later);
    }

    @Test
    void games_areKeptApart() {
        GameStates store = newStore();
        GameState other = TestGames.nflLive("401437651");
        store.record(first);
        store.record(other);
        assertThat(store.current(GameId.of(other.id().value()))).contains(other);
        assertThat(store.history(first.id())).hasSize(1);
    }

    @Test
    void history_preservesEveryField() {
        GameStates store = newStore();
        GameState withProbability = first.withHomeWinProbability(Optional.of(com.precog.domain.money.Probability.of("0.924")));
        com.precog.domain.game.Situation situation = com.precog.domain.game.Situation.of(first.home(), 3, 7, 34, false).withTimeouts(1, 3);
        GameState rich = new GameState(first.id(), first.league(), first.scheduledStart(), first.home(), first.away(), 10, 7, 2,
                Duration.ofSeconds(125), GameStatus.IN_PROGRESS, situation, withProbability.homeWinProbability(), true, first.observedAt());
        store.record(rich);
        assertThat(store.current(rich.id())).contains(rich);
    }
}
