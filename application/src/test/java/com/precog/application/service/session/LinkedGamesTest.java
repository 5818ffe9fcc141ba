package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.KalshiGameTicker;
import com.precog.domain.game.League;
import com.precog.domain.game.Situation;
import com.precog.domain.game.TeamId;
import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.money.Probability;
import com.precog.domain.strategy.EntryContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LinkedGamesTest {
    static final String DAL = "KXNFLGAME-26OCT08TBDAL-DAL";
    static final String TB = "KXNFLGAME-26OCT08TBDAL-TB";
    static final Instant KICKOFF = Instant.parse("2026-10-09T00:15:00Z");
    final GameId game = GameId.of("NFL-401437650");
    final Map<GameId, GameState> states = new HashMap<>();
    // home (DAL) 60 % before kick-off
    static final LinkedGames.Settings SETTINGS = new LinkedGames.Settings(LinkedGames.Settings.defaults().agreement(), Probability.of("0.75"), "elo@1.0");
    final LinkedGames linked = new LinkedGames(id -> Optional.ofNullable(states.get(id)), (h, a, d, n) -> OptionalDouble.of(0.60),
            NormalInGameModel.nfl(), ActiveInGameModel.none(), SETTINGS);

    GameState state(GameStatus status, int home, int away, int period, int clockSeconds) {
        return new GameState(game, League.NFL, KICKOFF, TeamId.of(League.NFL, "DAL"), TeamId.of(League.NFL, "TB"), home, away, period,
                Duration.ofSeconds(clockSeconds), status, Situation.NONE, Optional.empty(), false, KICKOFF);
    }

    void linkBoth() {
        linked.link(DAL, new GameLink.Linked(KalshiGameTicker.parse(DAL), game, false, Optional.of(GameLink.YesSide.HOME)));
        linked.link(TB, new GameLink.Linked(KalshiGameTicker.parse(TB), game, false, Optional.of(GameLink.YesSide.AWAY)));
    }

    @Test
    void preGameTheRatingsDecideAndTheTwoSidesAddUpToOne() {
        linkBoth();
        states.put(game, state(GameStatus.SCHEDULED, 0, 0, 0, 900));
        double dal = linked.estimate(DAL).orElseThrow().yesProbability().millionths() / 1e6;
        double tb = linked.estimate(TB).orElseThrow().yesProbability().millionths() / 1e6;
        assertThat(dal).isCloseTo(0.60, within(1e-6));
        assertThat(dal + tb).isCloseTo(1.0, within(2e-6));
        assertThat(linked.estimate(DAL).orElseThrow().modelVersion()).isEqualTo("elo@1.0");
        assertThat(linked.estimate(DAL).orElseThrow().confidence()).as("one member (Elo): its own confidence").isEqualTo(Probability.of("0.75"));
        Optional<EntryContext> ctx = linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", KICKOFF.minus(Duration.ofHours(2)));
        assertThat(ctx.orElseThrow().phase()).isEqualTo(EntryContext.Phase.SCHEDULED);
        assertThat(ctx.get().secondsToStart()).isEqualTo(7_200);
        assertThat(linked.eventsOf(game)).containsExactly("KXNFLGAME-26OCT08TBDAL");
        assertThat(linked.gameOf(DAL)).contains(game);
    }

    @Test
    void aGameWithoutAKickoffTimeYet_hasAPreGamePrice_butNoEntryWindow_untilTheTimeIsSet() {
        linkBoth();
        GameState tbd = state(GameStatus.SCHEDULED, 0, 0, 0, 900);
        states.put(game, new GameState(tbd.id(), tbd.league(), Instant.parse("2026-10-08T04:00:00Z"), tbd.home(), tbd.away(), 0, 0, 0,
                tbd.clock(), tbd.status(), tbd.situation(), tbd.homeWinProbability(), false, KICKOFF, false));
        assertThat(linked.estimate(DAL)).as("Elo prices the day's game").isPresent();
        Instant dayBefore = Instant.parse("2026-10-07T06:00:00Z"); // 22 h before the placeholder time: inside a 24 h window if it were real
        assertThat(linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", dayBefore)).as("no window from a placeholder time").isEmpty();
        states.put(game, tbd); // the network set the time
        assertThat(linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", KICKOFF.minus(Duration.ofHours(2))).orElseThrow().secondsToStart())
                .isEqualTo(7_200);
    }

    @Test
    void theGameClockBoundsHowSoonTheGameCanEnd() {
        assertThat(linked.gameClockSecondsLeft(DAL, KICKOFF)).as("not linked").isEmpty();
        linkBoth();
        assertThat(linked.gameClockSecondsLeft(DAL, KICKOFF)).as("no state yet").isEmpty();
        states.put(game, state(GameStatus.SCHEDULED, 0, 0, 0, 900));
        assertThat(linked.gameClockSecondsLeft(DAL, KICKOFF.minus(Duration.ofMinutes(30)))).hasValue(1_800 + 3_600);
        assertThat(linked.gameClockSecondsLeft(DAL, KICKOFF.plus(Duration.ofMinutes(40)))).as("kick-off delayed: a whole game to go").hasValue(3_600);
        states.put(game, state(GameStatus.IN_PROGRESS, 10, 7, 3, 480));
        assertThat(linked.gameClockSecondsLeft(TB, KICKOFF)).as("Q3 8:00: the 4th quarter and 8:00").hasValue(900 + 480);
        states.put(game, state(GameStatus.HALFTIME, 10, 7, 2, 0));
        assertThat(linked.gameClockSecondsLeft(DAL, KICKOFF)).hasValue(1_800);
        states.put(game, state(GameStatus.IN_PROGRESS, 17, 17, 5, 420));
        assertThat(linked.gameClockSecondsLeft(DAL, KICKOFF)).as("overtime: its clock").hasValue(420);
        states.put(game, state(GameStatus.FINAL, 20, 17, 5, 0));
        assertThat(linked.gameClockSecondsLeft(DAL, KICKOFF)).as("over").isEmpty();
    }

    @Test
    void inPlayALateLeadDominatesAndFinalGamesHaveNoEstimate() {
        linkBoth();
        states.put(game, state(GameStatus.IN_PROGRESS, 24, 10, 4, 120)); // DAL up 14 with 2:00 left
        double dal = linked.estimate(DAL).orElseThrow().yesProbability().millionths() / 1e6;
        assertThat(dal).isGreaterThan(0.99);
        EntryContext ctx = linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", KICKOFF).orElseThrow();
        assertThat(ctx.phase()).isEqualTo(EntryContext.Phase.IN_PROGRESS);
        assertThat(ctx.secondsLeft()).isEqualTo(120);
        assertThat(ctx.leaderLead()).isEqualTo(14);

        states.put(game, state(GameStatus.IN_PROGRESS, 10, 10, 3, 300)); // tied, 3rd quarter 5:00 left
        assertThat(linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", KICKOFF).orElseThrow().secondsFromHalftime()).isEqualTo(600);
        double tied = linked.estimate(DAL).orElseThrow().yesProbability().millionths() / 1e6;
        assertThat(tied).as("the pre-game edge shrinks with time").isBetween(0.5, 0.60);

        states.put(game, state(GameStatus.HALFTIME, 7, 3, 2, 0));
        assertThat(linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", KICKOFF).orElseThrow().phase()).isEqualTo(EntryContext.Phase.HALFTIME);

        states.put(game, state(GameStatus.FINAL, 24, 10, 4, 0));
        assertThat(linked.estimate(DAL)).isEmpty();
        assertThat(linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", KICKOFF).orElseThrow().phase()).isEqualTo(EntryContext.Phase.FINAL);
    }

    @Test
    void unlinkedOrUnratedMarketsHaveNoEstimate() {
        assertThat(linked.estimate(DAL)).isEmpty();
        assertThat(linked.situation("KXNFLGAME-26OCT08TBDAL", "NFL", KICKOFF)).isEmpty();
        LinkedGames unrated = new LinkedGames(id -> Optional.ofNullable(states.get(id)), (h, a, d, n) -> OptionalDouble.empty(),
                NormalInGameModel.nfl(), ActiveInGameModel.none(), SETTINGS);
        unrated.link(DAL, new GameLink.Linked(KalshiGameTicker.parse(DAL), game, false, Optional.of(GameLink.YesSide.HOME)));
        states.put(game, state(GameStatus.SCHEDULED, 0, 0, 0, 900));
        assertThat(unrated.estimate(DAL)).isEmpty();
        assertThat(LinkedGames.secondsLeft(state(GameStatus.IN_PROGRESS, 0, 0, 1, 900))).isEqualTo(3_600);
        assertThat(LinkedGames.secondsLeft(state(GameStatus.IN_PROGRESS, 0, 0, 5, 300))).isEqualTo(300);
    }
}
