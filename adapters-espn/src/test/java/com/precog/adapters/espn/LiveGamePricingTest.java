package com.precog.adapters.espn;

import static com.precog.adapters.espn.EspnEvents.board;
import static com.precog.adapters.espn.EspnEvents.competition;
import static com.precog.adapters.espn.EspnEvents.ncaafEvent;
import static com.precog.adapters.espn.EspnEvents.nflEvent;
import static com.precog.adapters.espn.EspnEvents.scores;
import static com.precog.adapters.espn.EspnEvents.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.espn.fake.FakeEspnServer;
import com.precog.application.port.out.games.InMemoryGameStates;
import com.precog.application.port.out.games.RecordingGameEvents;
import com.precog.application.service.games.GamePollingService;
import com.precog.application.service.games.ManualScheduler;
import com.precog.application.service.games.PollingPolicy;
import com.precog.application.service.session.ActiveInGameModel;
import com.precog.application.service.session.LinkedGames;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameLinker;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.strategy.EntryContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real ESPN events, varied into situations the clock does not describe plainly, served over loopback and read through the
 * feed, the poller and {@link LinkedGames}: what the live estimate and the entry context are then.
 */
class LiveGamePricingTest {
    final FakeEspnServer server = FakeEspnServer.start();
    final ManualScheduler clock = new ManualScheduler(Instant.parse("2022-09-17T19:00:00Z"));
    final EspnGameFeed feed = new EspnGameFeed(EspnConfig.DEFAULT.withBaseUrl(server.baseUrl())
            .withRetries(0, Duration.ofMillis(10), Duration.ofMillis(20)), clock);

    GamePollingService service(League league) {
        return new GamePollingService(feed, new InMemoryGameStates(), new RecordingGameEvents(), clock, clock, PollingPolicy.DEFAULT,
                List.of(league));
    }

    @AfterEach
    void close() {
        server.close();
    }

    /**
     * College overtime has no clock (ESPN: period 5, 0:00). UGA (away) leads 31–24 after its possession and SC (home) has
     * the ball at the UGA 25 for its own: far from decided. Read as "no time left" the lead decided it (UGA 1.0) and
     * settlement arbitrage admitted a buy; there is no clock to price, so there is no estimate and no such entry.
     */
    @Test
    void collegeOvertime_hasNoClockToPrice_soNoEstimate_andNoSettlementCertainty() {
        ObjectNode pre = status(scores(ncaafEvent("401403888"), "0", "0"), "STATUS_SCHEDULED", "pre", false, 0, 0, "0:00",
                "Sat, September 17th at 12:00 PM EDT");
        competition(pre).remove("situation");
        ObjectNode ot = status(scores(ncaafEvent("401403888"), "24", "31"), "STATUS_IN_PROGRESS", "in", false, 5, 0, "0:00", "OT");
        ObjectNode s = (ObjectNode) competition(ot).path("situation");
        s.put("down", 1).put("distance", 10).put("yardLine", 75).put("possession", "2579") // SC (home) at the UGA 25
                .put("possessionText", "UGA 25").put("downDistanceText", "1st & 10 at UGA 25").put("shortDownDistanceText", "1st & 10")
                .put("isRedZone", false).put("homeTimeouts", 1).put("awayTimeouts", 1);
        ((ObjectNode) s.path("lastPlay")).remove("probability");
        server.replay("football/college-football", board(pre), board(ot));

        GamePollingService svc = service(League.NCAAF);
        LinkedGames linked = new LinkedGames(svc::current, (h, a, d, n) -> OptionalDouble.empty(), NormalInGameModel.nfl(),
                ActiveInGameModel.none(), LinkedGames.Settings.defaults());
        svc.pollOnce(League.NCAAF);
        String uga = "KXNCAAFGAME-22SEP17UGASC-UGA";
        linked.link(uga, (GameLink.Linked) GameLinker.link(uga, svc.currentGames()));
        assertThat(linked.observeQuote(uga, 880_000, 900_000, clock.millis())).as("pre-game market price recorded").isTrue();

        clock.advance(Duration.ofHours(3));
        svc.pollOnce(League.NCAAF);
        GameState g = svc.current(GameId.of("NCAAF-401403888")).orElseThrow();
        assertThat(g.period()).isEqualTo(5);
        assertThat(g.awayScore() - g.homeScore()).isEqualTo(7);

        assertThat(linked.estimate(uga)).as("no clock in college overtime: nothing to price").isEmpty();
        EntryContext ctx = linked.situation("KXNCAAFGAME-22SEP17UGASC", "NCAAF", clock.instant()).orElseThrow();
        assertThat(ctx.secondsLeft()).as("time left unknown").isEqualTo(-1);
        assertThat(com.precog.domain.strategy.EntryRules.SettlementArbitrage.defaults().admits(ctx, 999_000)).isFalse();
    }

    /**
     * A weather delay late in a game (ESPN STATUS_DELAYED, state "in", 4th quarter 0:48, ATL up 26–24) is a game in play:
     * its estimate stays the score-and-clock one (it was the pre-game rating, 0.40), and no entry is made while play is
     * stopped.
     */
    @Test
    void aDelayAfterKickOff_isPricedFromScoreAndClock_andAdmitsNoEntry() {
        ObjectNode live = nflEvent("401437650"); // real: NO 24 @ ATL 26, 4th 0:48
        ObjectNode delayed = status(nflEvent("401437650"), "STATUS_DELAYED", "in", false, 4, 48, "0:48", "Delayed");
        server.replay("football/nfl", board(live), board(delayed));
        GamePollingService svc = service(League.NFL);
        LinkedGames linked = new LinkedGames(svc::current, (h, a, d, n) -> OptionalDouble.of(0.40), NormalInGameModel.nfl(),
                ActiveInGameModel.none(), LinkedGames.Settings.defaults());
        clock.advance(Duration.between(clock.instant(), Instant.parse("2022-09-11T20:00:00Z")));
        svc.pollOnce(League.NFL);
        String atl = "KXNFLGAME-22SEP11NOATL-ATL";
        linked.link(atl, (GameLink.Linked) GameLinker.link(atl, svc.currentGames()));
        double inPlay = linked.estimate(atl).orElseThrow().yesProbability().millionths() / 1e6;
        assertThat(inPlay).as("ATL up 2 with 48 s left").isGreaterThan(0.7);

        clock.advance(Duration.ofSeconds(15));
        svc.pollOnce(League.NFL);
        GameState g = svc.current(GameId.of("NFL-401437650")).orElseThrow();
        assertThat(g.status()).isEqualTo(GameStatus.DELAYED);
        assertThat(g.period()).isEqualTo(4);
        assertThat(linked.estimate(atl).orElseThrow().yesProbability().millionths() / 1e6).isCloseTo(inPlay, within(1e-6));
        assertThat(linked.situation("KXNFLGAME-22SEP11NOATL", "NFL", clock.instant())).as("no entry while play is stopped").isEmpty();
    }

    /** Time left comes from the league's periods and clock: a real NHL 3rd period at 9:03 is 543 s, not NFL quarters. */
    @Test
    void aHockeyThirdPeriod_hasItsOwnClockLeft_andNoHalftimeWindow() {
        server.replay("hockey/nhl", SharedData.read(SharedData.NHL_LIVE));
        clock.advance(Duration.between(clock.instant(), Instant.parse("2022-09-25T23:30:00Z")));
        GamePollingService svc = service(League.NHL);
        svc.pollOnce(League.NHL);
        LinkedGames linked = new LinkedGames(svc::current, (h, a, d, n) -> OptionalDouble.of(0.5), NormalInGameModel.nfl(),
                ActiveInGameModel.none(), LinkedGames.Settings.defaults());
        String ari = "KXNHLGAME-22SEP25ANAARI-ARI";
        linked.link(ari, (GameLink.Linked) GameLinker.link(ari, svc.currentGames()));
        EntryContext ctx = linked.situation("KXNHLGAME-22SEP25ANAARI", "NHL", clock.instant()).orElseThrow();
        assertThat(ctx.secondsLeft()).isEqualTo(543);
        assertThat(ctx.phase()).isEqualTo(EntryContext.Phase.IN_PROGRESS);
        assertThat(ctx.secondsFromHalftime()).as("the halftime window is football's").isEqualTo(-1);
    }
}
