package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.precog.application.port.out.games.InMemoryGameFeed;
import com.precog.application.port.out.games.InMemoryGameStates;
import com.precog.application.port.out.games.RecordingGameEvents;
import com.precog.application.service.games.GamePollingService;
import com.precog.application.service.games.ManualScheduler;
import com.precog.application.service.games.PollingPolicy;
import com.precog.application.service.session.ActiveInGameModel;
import com.precog.application.service.session.LinkedGames;
import com.precog.domain.game.GameState;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.TestGames;
import com.precog.domain.model.NormalInGameModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The daemon's market → game linking ({@link SessionModule#linkToGame}): real college tickers link (hyphenated
 * codes, Kalshi's spellings of ESPN's codes), and a market that cannot be linked is warned about once per ticker,
 * not swallowed as "not a game ticker" nor repeated by the 2 s sweep.
 */
class SessionGameLinkingTest {
    // 2025-12-27 10:00 EST; Miami (OH) at Fresno State and Alabama at Georgia kick off that day
    private final ManualScheduler clock = new ManualScheduler(Instant.parse("2025-12-27T15:00:00Z"));
    private final InMemoryGameFeed feed = new InMemoryGameFeed(clock);
    private final GamePollingService games = new GamePollingService(feed, new InMemoryGameStates(), new RecordingGameEvents(), clock, clock,
            PollingPolicy.DEFAULT, List.of(League.NCAAF));
    private final LinkedGames linked = new LinkedGames(games::current, (h, a, d, n) -> OptionalDouble.empty(), NormalInGameModel.nfl(),
            ActiveInGameModel.none(), LinkedGames.Settings.defaults());
    private final GameState miamiOhAtFresno = TestGames.scheduled(League.NCAAF, "401752003", "M-OH", "FRES",
            Instant.parse("2025-12-27T21:30:00Z"));
    private final GameState alaAtUga = TestGames.scheduled(League.NCAAF, "401752004", "ALA", "UGA", Instant.parse("2025-12-27T17:00:00Z"));
    private final GameState alaAtUgaAgain = TestGames.scheduled(League.NCAAF, "401752005", "ALA", "UGA", Instant.parse("2025-12-28T00:30:00Z"));

    private final Logger log = (Logger) LoggerFactory.getLogger(SessionModule.class);
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureWarnings() {
        levelBefore = log.getLevel();
        log.setLevel(Level.INFO);
        seen.start();
        log.addAppender(seen);
    }

    @AfterEach
    void release() {
        log.detachAppender(seen);
        log.setLevel(levelBefore);
    }

    private void feedKnows(GameState... known) {
        feed.enqueue(new Scoreboard(League.NCAAF, LocalDate.of(2025, 12, 27), clock.instant(),
                List.of(known).stream().map(g -> g.withObservedAt(clock.instant())).toList(), List.of()));
        games.pollOnce(League.NCAAF);
    }

    private List<String> warningsAbout(String ticker) {
        return seen.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains(ticker)).toList();
    }

    @Test
    void aMarketWithAHyphenatedTeamCode_isLinked_notSwallowedAsNotAGameTicker() {
        feedKnows(miamiOhAtFresno, alaAtUga);
        String ticker = "KXNCAAFGAME-25DEC27M-OHFRES-M-OH";
        assertThat(SessionModule.linkToGame(ticker, League.NCAAF, linked, games)).isTrue();
        assertThat(linked.gameOf(ticker)).contains(miamiOhAtFresno.id());
        assertThat(linked.eventsOf(miamiOhAtFresno.id())).contains("KXNCAAFGAME-25DEC27M-OHFRES");
        assertThat(SessionModule.linkToGame(ticker, League.NCAAF, linked, games)).as("already linked").isFalse();
        assertThat(warningsAbout(ticker)).isEmpty();
    }

    @Test
    void aMarketNoGameMatches_onADayTheFeedKnows_isWarnedOnce_howeverOftenTheSweepTriesIt() {
        feedKnows(miamiOhAtFresno, alaAtUga);
        String ticker = "KXNCAAFGAME-25DEC27LSUHOU-LSU";
        for (int sweep = 0; sweep < 5; sweep++) assertThat(SessionModule.linkToGame(ticker, League.NCAAF, linked, games)).isFalse();
        assertThat(warningsAbout(ticker)).singleElement().asString().contains("not linked").contains("LSUHOU");
        String other = "KXNCAAFGAME-25DEC27LSUHOU-HOU";
        SessionModule.linkToGame(other, League.NCAAF, linked, games);
        assertThat(warningsAbout(other)).as("one warning per ticker").hasSize(1);
    }

    @Test
    void aMarketWhoseDayTheFeedHasNotPolledYet_isNotWarnedAbout_itsGameMayJustNotBeKnownYet() {
        feedKnows(miamiOhAtFresno);
        String nextWeek = "KXNCAAFGAME-26JAN03LSUHOU-LSU";
        assertThat(SessionModule.linkToGame(nextWeek, League.NCAAF, linked, games)).isFalse();
        assertThat(warningsAbout(nextWeek)).isEmpty();
    }

    @Test
    void aGameSeriesTickerThatCannotBeRead_isWarnedOnce() {
        feedKnows(miamiOhAtFresno);
        String unreadable = "KXNCAAFGAME-25XYZ27M-OHFRES-M-OH";
        assertThat(SessionModule.linkToGame(unreadable, League.NCAAF, linked, games)).isFalse();
        assertThat(SessionModule.linkToGame(unreadable, League.NCAAF, linked, games)).isFalse();
        assertThat(warningsAbout(unreadable)).singleElement().asString().contains("date");
    }

    @Test
    void aMarketMatchingTwoGames_isNotLinked_andWarnedOnce() {
        // the same teams twice on one Eastern day (the second kicks off 19:30 EST)
        feedKnows(alaAtUga, alaAtUgaAgain);
        String ticker = "KXNCAAFGAME-25DEC27ALAUGA-UGA";
        assertThat(SessionModule.linkToGame(ticker, League.NCAAF, linked, games)).isFalse();
        assertThat(SessionModule.linkToGame(ticker, League.NCAAF, linked, games)).isFalse();
        assertThat(linked.gameOf(ticker)).isEmpty();
        assertThat(warningsAbout(ticker)).singleElement().asString().contains("2 games");
    }

    @Test
    void aMarketOfNoGameSeries_isLeftAlone() {
        assertThat(SessionModule.linkToGame("KXNCAAFTOTAL-25DEC27M-OHFRES-45", null, linked, games)).isFalse();
        assertThat(seen.list).isEmpty();
    }
}
