package com.precog.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GameQualityTest {
    private final GameState q2 = TestGames.nfl("1", "NO", "ATL", 7, 3, 2, 500, GameStatus.IN_PROGRESS);

    @Test
    void givenNormalProgress_check_acceptsIt() {
        GameState later = q2.withScore(10, 7).withClock(2, Duration.ofSeconds(420), GameStatus.IN_PROGRESS);
        assertThat(GameQuality.check(q2, later)).isEmpty();
    }

    @Test
    void givenScoreDecrease_check_flagsScoreDecreased() {
        List<QualityIssue> issues = GameQuality.check(q2, q2.withScore(0, 7));
        assertThat(issues).extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.SCORE_DECREASED);
        assertThat(issues.get(0).detail()).isEqualTo("7-3 -> 7-0");
    }

    @Test
    void givenPeriodGoingBack_check_flagsIllegalTransition() {
        assertThat(GameQuality.check(q2, q2.withClock(1, Duration.ofSeconds(100), GameStatus.IN_PROGRESS)))
                .extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.ILLEGAL_PERIOD_TRANSITION);
    }

    @Test
    void givenPeriodSkipped_check_flagsIllegalTransition() {
        assertThat(GameQuality.check(q2, q2.withClock(4, Duration.ofSeconds(100), GameStatus.IN_PROGRESS)))
                .extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.ILLEGAL_PERIOD_TRANSITION);
    }

    @Test
    void givenAFiftyMinuteFeedGap_fromSecondQuarterToFourth_isAccepted() {
        // last good state Q2 5:00 (10-7); ESPN down, budget used up or a restart: 50 minutes later it shows Q4 10:00
        GameState q2at = TestGames.nfl("1", "NO", "ATL", 7, 10, 2, 300, GameStatus.IN_PROGRESS);
        GameState q4 = q2at.withScore(20, 17).withClock(4, Duration.ofSeconds(600), GameStatus.IN_PROGRESS)
                .withObservedAt(q2at.observedAt().plus(Duration.ofMinutes(50)));
        assertThat(GameQuality.check(q2at, q4)).isEmpty();
    }

    @Test
    void givenFiveMinutes_fromSecondQuarterToFourth_isStillFlagged_noWholeQuarterFitsIn() {
        GameState q2at = TestGames.nfl("1", "NO", "ATL", 7, 10, 2, 300, GameStatus.IN_PROGRESS);
        GameState q4 = q2at.withClock(4, Duration.ofSeconds(600), GameStatus.IN_PROGRESS)
                .withObservedAt(q2at.observedAt().plus(Duration.ofMinutes(5)));
        assertThat(GameQuality.check(q2at, q4)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(QualityIssue.Kind.ILLEGAL_PERIOD_TRANSITION);
            assertThat(i.detail()).isEqualTo("period 2 -> 4 in 300 s");
        });
    }

    @Test
    void givenPreGameAtPeriodOne_firstLiveObservationInThirdQuarter_isLegal() {
        GameState pre = TestGames.nfl("1", "NO", "ATL", 0, 0, 1, 900, GameStatus.SCHEDULED);
        assertThat(GameQuality.check(pre, q2.withClock(3, Duration.ofSeconds(10), GameStatus.IN_PROGRESS))).isEmpty();
    }

    @Test
    void givenHalftimeThenThirdQuarter_check_accepts() {
        GameState half = q2.withClock(2, Duration.ZERO, GameStatus.HALFTIME);
        GameState third = q2.withClock(3, Duration.ofSeconds(900), GameStatus.IN_PROGRESS);
        assertThat(GameQuality.check(q2, half)).isEmpty();
        assertThat(GameQuality.check(half, third)).isEmpty();
    }

    @Test
    void givenClockRunningBackwardsInPeriod_check_flagsClockIncreased() {
        assertThat(GameQuality.check(q2, q2.withClock(2, Duration.ofSeconds(530), GameStatus.IN_PROGRESS)))
                .extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.CLOCK_INCREASED);
    }

    @Test
    void givenBaseball_clockIsIgnored() {
        GameState a = new GameState(GameId.espn(League.MLB, "9"), League.MLB, TestGames.KICKOFF, TeamId.of(League.MLB, "NYY"),
                TeamId.of(League.MLB, "BOS"), 1, 0, 3, Duration.ZERO, GameStatus.IN_PROGRESS, Situation.NONE,
                java.util.Optional.empty(), false, TestGames.KICKOFF);
        assertThat(GameQuality.check(a, a.withClock(3, Duration.ofSeconds(5), GameStatus.IN_PROGRESS))).isEmpty();
    }

    @Test
    void givenFinalGame_scoreChangeOrRestart_isFlagged() {
        GameState fin = q2.withClock(4, Duration.ZERO, GameStatus.FINAL);
        assertThat(GameQuality.check(fin, fin.withClock(4, Duration.ofSeconds(30), GameStatus.IN_PROGRESS)))
                .extracting(QualityIssue::kind).containsExactly(QualityIssue.Kind.FINISHED_GAME_CHANGED);
        assertThat(GameQuality.check(fin, fin)).isEmpty();
    }

    @Test
    void givenStartedGameBackToScheduled_isFlagged() {
        assertThat(GameQuality.check(q2, q2.withScore(7, 3).withClock(0, Duration.ofSeconds(900), GameStatus.SCHEDULED)))
                .extracting(QualityIssue::kind).contains(QualityIssue.Kind.ILLEGAL_PERIOD_TRANSITION);
    }

    @Test
    void givenDifferentGames_check_rejectsArguments() {
        assertThatThrownBy(() -> GameQuality.check(q2, TestGames.nflLive("2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same game");
    }

    @Property
    void anyScoreDecrease_isAlwaysFlagged(@ForAll @IntRange(max = 80) int home, @ForAll @IntRange(max = 80) int away,
                                          @ForAll @IntRange(min = 1, max = 10) int drop, @ForAll boolean homeDrops) {
        GameState before = q2.withScore(home + drop, away + drop);
        GameState after = homeDrops ? before.withScore(home, away + drop) : before.withScore(home + drop, away);
        assertThat(GameQuality.check(before, after)).extracting(QualityIssue::kind).contains(QualityIssue.Kind.SCORE_DECREASED);
    }

    @Property
    void nonDecreasingScoresWithRunningClock_areAccepted(@ForAll @IntRange(max = 80) int home, @ForAll @IntRange(max = 80) int away,
                                                        @ForAll @IntRange(max = 8) int addHome, @ForAll @IntRange(max = 8) int addAway,
                                                        @ForAll @IntRange(max = 500) int elapsed) {
        GameState before = q2.withScore(home, away);
        GameState after = before.withScore(home + addHome, away + addAway)
                .withClock(2, Duration.ofSeconds(500 - elapsed), GameStatus.IN_PROGRESS);
        assertThat(GameQuality.check(before, after)).isEmpty();
    }
}
