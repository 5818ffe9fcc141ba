package com.precog.application.service.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.games.GameFeed;
import com.precog.application.port.out.games.GameFeedException;
import com.precog.application.port.out.games.InMemoryGameFeed;
import com.precog.application.port.out.games.InMemoryGameStates;
import com.precog.application.port.out.games.RecordingGameEvents;
import com.precog.domain.game.GameEvent;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.QualityIssue;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.TestGames;
import com.precog.domain.game.WinProbabilityPoint;
import com.precog.domain.money.Probability;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GamePollingServiceTest {
    // 2022-09-11 13:30 EDT
    private final Instant t0 = Instant.parse("2022-09-11T17:30:00Z");
    private final LocalDate day = LocalDate.of(2022, 9, 11);
    private final ManualScheduler scheduler = new ManualScheduler(t0);
    private final InMemoryGameFeed feed = new InMemoryGameFeed(scheduler);
    private final InMemoryGameStates states = new InMemoryGameStates();
    private final RecordingGameEvents events = new RecordingGameEvents();
    private final GamePollingService service = new GamePollingService(feed, states, events, scheduler, scheduler,
            PollingPolicy.DEFAULT, List.of(League.NFL));

    private final GameState live = TestGames.nfl("401437650", "NO", "ATL", 7, 3, 2, 500, GameStatus.IN_PROGRESS);
    private final GameState fin = TestGames.nfl("401437630", "NE", "MIA", 7, 20, 4, 0, GameStatus.FINAL);

    private Scoreboard board(Instant observedAt, GameState... games) {
        List<GameState> list = new ArrayList<>();
        for (GameState g : games) list.add(g.withObservedAt(observedAt));
        return new Scoreboard(League.NFL, day, observedAt, list, List.of());
    }

    @Test
    void firstPoll_storesAndPublishesEveryGame() {
        feed.enqueue(board(t0, live, fin));
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 2, 2, 0));
        assertThat(events.ofType(GameEvent.StateChanged.class)).hasSize(2)
                .allSatisfy(e -> assertThat(e.previous()).isEmpty());
        assertThat(states.current(live.id())).contains(live.withObservedAt(t0));
        assertThat(feed.requests()).containsExactly("NFL 2022-09-11");
    }

    @Test
    void unchangedData_publishesNothingAndStoresNoVersion() {
        feed.enqueue(board(t0, live)).enqueue(board(t0.plusSeconds(15), live));
        service.pollOnce(League.NFL);
        scheduler.advance(Duration.ofSeconds(15));
        events.clear();
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 0));
        assertThat(events.events()).isEmpty();
        assertThat(states.history(live.id())).hasSize(1);
    }

    @Test
    void change_publishesPreviousAndCurrent_andAddsAVersion() {
        GameState scored = live.withScore(10, 7).withClock(2, Duration.ofSeconds(400), GameStatus.IN_PROGRESS);
        feed.enqueue(board(t0, live)).enqueue(board(t0.plusSeconds(15), scored));
        service.pollOnce(League.NFL);
        scheduler.advance(Duration.ofSeconds(15));
        service.pollOnce(League.NFL);
        GameEvent.StateChanged last = events.ofType(GameEvent.StateChanged.class).get(1);
        assertThat(last.previous()).contains(live.withObservedAt(t0));
        assertThat(last.current().homeScore()).isEqualTo(10);
        assertThat(states.history(live.id())).hasSize(2);
    }

    @Test
    void scoreDecrease_isFlagged_andTheLastGoodStateIsKept() {
        GameState decreased = live.withScore(0, 7).withClock(2, Duration.ofSeconds(450), GameStatus.IN_PROGRESS);
        feed.enqueue(board(t0, live)).enqueue(board(t0.plusSeconds(15), decreased));
        service.pollOnce(League.NFL);
        scheduler.advance(Duration.ofSeconds(15));
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 1));
        GameEvent.AnomalyFlagged flagged = events.ofType(GameEvent.AnomalyFlagged.class).get(0);
        assertThat(flagged.issues()).extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.SCORE_DECREASED);
        assertThat(flagged.kept()).isEqualTo(live.withObservedAt(t0));
        assertThat(service.current(live.id())).contains(live.withObservedAt(t0));
        assertThat(states.current(live.id())).contains(live.withObservedAt(t0));
        assertThat(states.history(live.id())).hasSize(1);
    }

    @Test
    void scoreDecreaseRepeatedInThreeConsecutivePolls_isAcceptedAsACorrection() {
        GameState reversed = live.withScore(0, 7);
        feed.enqueue(board(t0, live)).enqueue(board(t0, reversed)).enqueue(board(t0, reversed)).enqueue(board(t0, reversed));
        service.pollOnce(League.NFL);
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 1));
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 1));
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        assertThat(service.current(live.id()).orElseThrow().homeScore()).isZero();
        assertThat(states.history(live.id())).hasSize(2);
    }

    @Test
    void differingFlaggedObservations_doNotAddUpToAConfirmation() {
        feed.enqueue(board(t0, live)).enqueue(board(t0, live.withScore(0, 7))).enqueue(board(t0, live.withScore(1, 7)))
                .enqueue(board(t0, live.withScore(0, 7)));
        for (int i = 0; i < 4; i++) service.pollOnce(League.NFL);
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).hasSize(3);
        assertThat(service.current(live.id()).orElseThrow().homeScore()).isEqualTo(3);
    }

    @Test
    void zeroConfirmations_neverAcceptsAFlaggedObservation() {
        GamePollingService strict = new GamePollingService(feed, states, events, scheduler, scheduler,
                PollingPolicy.DEFAULT.withCorrectionConfirmations(0), List.of(League.NFL));
        feed.enqueue(board(t0, live)).enqueue(board(t0, live.withScore(0, 7)));
        for (int i = 0; i < 6; i++) strict.pollOnce(League.NFL);
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).hasSize(5);
        assertThat(strict.current(live.id()).orElseThrow().homeScore()).isEqualTo(3);
    }

    @Test
    void staleScoreboard_isRejectedWithAnEvent_andNothingIsStored() {
        feed.enqueue(board(t0.minusSeconds(61), live));
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Stale(League.NFL, Duration.ofSeconds(61)));
        assertThat(events.events()).singleElement().isInstanceOf(GameEvent.StaleDataRejected.class);
        assertThat(states.current(live.id())).isEmpty();
    }

    @Test
    void scoreboardExactlySixtySecondsOld_isAccepted() {
        feed.enqueue(board(t0.minusSeconds(60), live));
        assertThat(service.pollOnce(League.NFL)).isInstanceOf(PollOutcome.Polled.class);
    }

    @Test
    void feedFailure_isAnOutcome_andPollingContinues() {
        feed.failWith("HTTP 503");
        service.start();
        scheduler.advance(Duration.ZERO);
        assertThat(feed.requests()).hasSize(1);
        assertThat(scheduler.nextDueIn()).isEqualTo(Duration.ofMinutes(5));
        assertThat(service.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Failed(League.NFL, "HTTP 503"));
    }

    @Test
    void whileAGameIsLive_pollsEvery15Seconds_otherwiseEvery5Minutes() {
        GameState lastMinute = live.withClock(4, Duration.ofSeconds(30), GameStatus.IN_PROGRESS);
        feed.enqueue(board(t0, lastMinute, fin));
        service.start();
        scheduler.advance(Duration.ZERO);
        assertThat(scheduler.nextDueIn()).isEqualTo(Duration.ofSeconds(15));
        // the live game ends; from now on the feed reports both games final
        feed.enqueue(board(t0.plusSeconds(15), lastMinute.withClock(4, Duration.ZERO, GameStatus.FINAL), fin));
        scheduler.advance(Duration.ofSeconds(15));
        assertThat(feed.requests()).hasSize(2);
        assertThat(scheduler.nextDueIn()).isEqualTo(Duration.ofMinutes(5));
        scheduler.advance(Duration.ofMinutes(4));
        assertThat(feed.requests()).hasSize(2);
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(feed.requests()).hasSize(3);
        assertThat(scheduler.pending()).isEqualTo(1);
    }

    @Test
    void trackedGamesDecideTheInterval() {
        feed.enqueue(board(t0, live, fin));
        service.track(List.of(fin.id()));
        service.pollOnce(League.NFL);
        assertThat(service.nextDelay(League.NFL)).isEqualTo(Duration.ofMinutes(5));
        service.track(List.of(live.id()));
        assertThat(service.nextDelay(League.NFL)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void gameStartingWithinTheIdleInterval_switchesToFastPolling() {
        GameState soon = TestGames.scheduled(League.NFL, "401437640", "NYG", "TEN", t0.plusSeconds(120));
        GameState later = TestGames.scheduled(League.NFL, "401437641", "GB", "MIN", t0.plusSeconds(3600));
        feed.enqueue(board(t0, later));
        service.pollOnce(League.NFL);
        assertThat(service.nextDelay(League.NFL)).isEqualTo(Duration.ofMinutes(5));
        feed.enqueue(board(t0, later, soon));
        service.pollOnce(League.NFL);
        assertThat(service.nextDelay(League.NFL)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void stop_cancelsTheNextPoll() {
        feed.enqueue(board(t0, live));
        service.start();
        scheduler.advance(Duration.ZERO);
        service.stop();
        scheduler.advance(Duration.ofMinutes(10));
        assertThat(feed.requests()).hasSize(1);
    }

    @Test
    void afterMidnightEastern_yesterdaysLateGamesArePolledToo() {
        ManualScheduler night = new ManualScheduler(Instant.parse("2022-09-12T05:00:00Z")); // 01:00 EDT
        InMemoryGameFeed nightFeed = new InMemoryGameFeed(night);
        new GamePollingService(nightFeed, states, events, night, night, PollingPolicy.DEFAULT, List.of(League.NFL))
                .pollOnce(League.NFL);
        assertThat(nightFeed.requests()).containsExactly("NFL 2022-09-11", "NFL 2022-09-12");
    }

    /** Yesterday's scoreboard is asked only while one of its games may still be played: one request per poll after that. */
    @Test
    void afterMidnightEastern_yesterdayIsNoLongerPolledOnceItsGamesAreOver() {
        ManualScheduler night = new ManualScheduler(Instant.parse("2022-09-12T05:00:00Z")); // 01:00 EDT, game of the 11th still on
        InMemoryGameFeed nightFeed = new InMemoryGameFeed(night);
        GameState late = TestGames.nfl("401437650", "NO", "ATL", 7, 3, 4, 30, GameStatus.IN_PROGRESS);
        GameState over = TestGames.nfl("401437650", "NO", "ATL", 7, 3, 4, 0, GameStatus.FINAL);
        nightFeed.enqueue(board(night.instant(), late)).enqueue(board(night.instant()))
                .enqueue(board(night.instant(), late)).enqueue(board(night.instant()))
                .enqueue(board(night.instant(), over)).enqueue(board(night.instant()))
                .enqueue(board(night.instant()));
        GamePollingService s = new GamePollingService(nightFeed, states, events, night, night, PollingPolicy.DEFAULT, List.of(League.NFL));
        s.pollOnce(League.NFL);
        s.pollOnce(League.NFL);
        assertThat(nightFeed.requests()).as("a game of yesterday still on").containsExactly("NFL 2022-09-11", "NFL 2022-09-12",
                "NFL 2022-09-11", "NFL 2022-09-12");
        s.pollOnce(League.NFL);
        assertThat(s.current(late.id()).orElseThrow().status()).isEqualTo(GameStatus.FINAL);
        s.pollOnce(League.NFL);
        assertThat(nightFeed.requests()).hasSize(7).endsWith("NFL 2022-09-11", "NFL 2022-09-12", "NFL 2022-09-12");
    }

    @Test
    void gameOnTwoDaysScoreboards_isProcessedOnce() {
        ManualScheduler night = new ManualScheduler(Instant.parse("2022-09-12T05:00:00Z"));
        InMemoryGameFeed nightFeed = new InMemoryGameFeed(night);
        nightFeed.enqueue(board(night.instant(), live)).enqueue(board(night.instant(), live));
        PollOutcome o = new GamePollingService(nightFeed, states, events, night, night, PollingPolicy.DEFAULT, List.of(League.NFL))
                .pollOnce(League.NFL);
        assertThat(o).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
    }

    @Test
    void missingWinProbability_keepsTheLastKnownValueWithinThePeriod() {
        GameState withWp = live.withHomeWinProbability(Optional.of(Probability.of("0.61")));
        GameState without = live.withClock(2, Duration.ofSeconds(450), GameStatus.IN_PROGRESS);
        feed.enqueue(board(t0, withWp)).enqueue(board(t0, without));
        service.pollOnce(League.NFL);
        service.pollOnce(League.NFL);
        assertThat(service.current(live.id()).orElseThrow().homeWinProbability()).contains(Probability.of("0.61"));
    }

    @Test
    void concurrentPollOfTheSameLeague_isSkipped() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GameFeed blocking = new GameFeed() {
            @Override
            public Scoreboard scoreboard(League league, LocalDate date) {
                entered.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new GameFeedException("interrupted");
                }
                return board(scheduler.instant(), live);
            }

            @Override
            public List<WinProbabilityPoint> winProbabilities(League league, GameId game) {
                return List.of();
            }
        };
        GamePollingService s = new GamePollingService(blocking, states, events, scheduler, scheduler,
                PollingPolicy.DEFAULT, List.of(League.NFL));
        Thread first = new Thread(() -> s.pollOnce(League.NFL));
        first.start();
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(s.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Skipped(League.NFL));
        release.countDown();
        first.join(5000);
        assertThat(s.pollOnce(League.NFL)).isInstanceOf(PollOutcome.Polled.class);
    }

    @Test
    void fiftyConcurrentGames_areProcessedWellUnderASecond() {
        List<GameState> games = new ArrayList<>();
        for (int i = 0; i < 50; i++) games.add(TestGames.nfl(String.valueOf(1000 + i), "NO", "ATL", 0, 0, 1, 900, GameStatus.IN_PROGRESS));
        feed.enqueue(board(t0, games.toArray(GameState[]::new)));
        List<GameState> next = games.stream().map(g -> g.withScore(7, 0).withClock(1, Duration.ofSeconds(800), GameStatus.IN_PROGRESS)).toList();
        feed.enqueue(board(t0, next.toArray(GameState[]::new)));
        service.pollOnce(League.NFL);
        long start = System.nanoTime();
        PollOutcome o = service.pollOnce(League.NFL);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(o).isEqualTo(new PollOutcome.Polled(League.NFL, 50, 50, 0));
        assertThat(ms).as("50 games took %d ms", ms).isLessThan(500);
    }

    // ---- feed gaps, restarts and corrections of a running game (the clock moves on every poll) ----

    /** NO at ATL, ATL 10-7, 2nd quarter 5:00. */
    private final GameState secondQuarter = TestGames.nfl("401437650", "NO", "ATL", 7, 10, 2, 300, GameStatus.IN_PROGRESS);

    private GameState fourthQuarter(int clockSeconds) {
        return secondQuarter.withScore(20, 17).withClock(4, Duration.ofSeconds(clockSeconds), GameStatus.IN_PROGRESS);
    }

    /** Moves the clock on by {@code after}, then polls a scoreboard showing {@code game} as of now. */
    private PollOutcome pollAfter(Duration after, GameState game) {
        scheduler.advance(after);
        feed.enqueue(board(scheduler.instant(), game));
        return service.pollOnce(League.NFL);
    }

    @Test
    void afterAFiftyMinuteFeedGap_theFourthQuarterIsAcceptedAtOnce_andTheGameIsNotFrozenInTheSecond() {
        pollAfter(Duration.ZERO, secondQuarter);
        // ESPN down, or the request budget used up, for 50 minutes: the game is in the 4th quarter now
        assertThat(pollAfter(Duration.ofMinutes(50), fourthQuarter(600))).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        for (int clock = 585; clock >= 300; clock -= 15) {
            assertThat(pollAfter(Duration.ofSeconds(15), fourthQuarter(clock))).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        }
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).isEmpty();
        GameState current = service.current(secondQuarter.id()).orElseThrow();
        assertThat(current.period()).isEqualTo(4);
        assertThat(current.clockSeconds()).isEqualTo(300);
        assertThat(current.observedAt()).isEqualTo(scheduler.instant());
        assertThat(states.history(secondQuarter.id())).hasSize(22);
    }

    @Test
    void aRestartReadingASecondQuarterStateStoredFiftyMinutesAgo_acceptsTheFourthQuarterAtOnce() {
        states.record(secondQuarter.withObservedAt(t0));
        scheduler.advance(Duration.ofMinutes(50));
        GamePollingService restarted = new GamePollingService(feed, states, events, scheduler, scheduler, PollingPolicy.DEFAULT,
                List.of(League.NFL));
        feed.enqueue(board(scheduler.instant(), fourthQuarter(600)));
        assertThat(restarted.pollOnce(League.NFL)).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        assertThat(restarted.current(secondQuarter.id()).orElseThrow().period()).isEqualTo(4);
        assertThat(states.current(secondQuarter.id()).orElseThrow().period()).isEqualTo(4);
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).isEmpty();
    }

    @Test
    void aPeriodJumpTooQuickForTheTime_isFlagged_thenConfirmedByThreePollsAgreeingOnPeriodScoresAndStatus_whileTheClockRuns() {
        pollAfter(Duration.ZERO, secondQuarter);
        // 5 minutes later ESPN already shows the 4th quarter: no whole 3rd quarter fits in 5 minutes
        assertThat(pollAfter(Duration.ofMinutes(5), fourthQuarter(600))).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 1));
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).singleElement().satisfies(a -> assertThat(a.issues())
                .extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.ILLEGAL_PERIOD_TRANSITION));
        assertThat(pollAfter(Duration.ofSeconds(15), fourthQuarter(590))).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 1));
        // the third poll agreeing on period, scores and status confirms it, although the clock moved every time
        assertThat(pollAfter(Duration.ofSeconds(15), fourthQuarter(580))).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        assertThat(service.current(secondQuarter.id()).orElseThrow().clockSeconds()).isEqualTo(580);
        assertThat(pollAfter(Duration.ofSeconds(15), fourthQuarter(570))).isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
    }

    @Test
    void aTouchdownReversedWhileTheClockRuns_isAcceptedAfterThreePollsAgreeingOnTheScore_notKeptForTheRestOfTheGame() {
        GameState late = TestGames.nfl("401437650", "NO", "ATL", 24, 26, 4, 400, GameStatus.IN_PROGRESS); // ATL 26-24, 6:40
        pollAfter(Duration.ZERO, late);
        pollAfter(Duration.ofSeconds(15), late.withScore(32, 24).withClock(4, Duration.ofSeconds(390), GameStatus.IN_PROGRESS));
        assertThat(service.current(late.id()).orElseThrow().homeScore()).isEqualTo(32);
        // overturned on review: 26-24 again, the clock running all along
        assertThat(pollAfter(Duration.ofSeconds(15), late.withClock(4, Duration.ofSeconds(380), GameStatus.IN_PROGRESS)))
                .isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 1));
        assertThat(pollAfter(Duration.ofSeconds(15), late.withClock(4, Duration.ofSeconds(370), GameStatus.IN_PROGRESS)))
                .isEqualTo(new PollOutcome.Polled(League.NFL, 1, 0, 1));
        assertThat(pollAfter(Duration.ofSeconds(15), late.withClock(4, Duration.ofSeconds(360), GameStatus.IN_PROGRESS)))
                .isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        for (int clock = 350; clock >= 200; clock -= 10) {
            assertThat(pollAfter(Duration.ofSeconds(15), late.withClock(4, Duration.ofSeconds(clock), GameStatus.IN_PROGRESS)))
                    .isEqualTo(new PollOutcome.Polled(League.NFL, 1, 1, 0));
        }
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).hasSize(2);
        assertThat(states.current(late.id()).orElseThrow().homeScore()).isEqualTo(26);
        assertThat(service.current(late.id()).orElseThrow().clockSeconds()).isEqualTo(200);
    }

    @Test
    void aCorrectionIsNotConfirmedWhenTheFlaggedFieldsChangeBetweenPolls_evenWithTheClockRunning() {
        GameState late = TestGames.nfl("401437650", "NO", "ATL", 24, 32, 4, 400, GameStatus.IN_PROGRESS);
        pollAfter(Duration.ZERO, late);
        pollAfter(Duration.ofSeconds(15), late.withScore(26, 24).withClock(4, Duration.ofSeconds(390), GameStatus.IN_PROGRESS));
        pollAfter(Duration.ofSeconds(15), late.withScore(25, 24).withClock(4, Duration.ofSeconds(380), GameStatus.IN_PROGRESS));
        pollAfter(Duration.ofSeconds(15), late.withScore(26, 24).withClock(4, Duration.ofSeconds(370), GameStatus.IN_PROGRESS));
        assertThat(events.ofType(GameEvent.AnomalyFlagged.class)).hasSize(3);
        assertThat(service.current(late.id()).orElseThrow().homeScore()).isEqualTo(32);
    }
}
