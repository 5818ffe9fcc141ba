package com.precog.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** How far a game's period may move between two observations, given the wall-clock time between them. */
class LeaguePeriodTransitionTest {
    @Test
    void observationsMomentsApart_allowTheSamePeriodOrTheNext_only() {
        assertThat(League.NFL.isLegalPeriodTransition(2, 2)).isTrue();
        assertThat(League.NFL.isLegalPeriodTransition(2, 3)).isTrue();
        assertThat(League.NFL.isLegalPeriodTransition(2, 4)).isFalse();
        assertThat(League.NFL.isLegalPeriodTransition(3, 2)).isFalse();
        assertThat(League.NFL.isLegalPeriodTransition(2, 4, Duration.ofSeconds(15))).isFalse();
    }

    @Test
    void fromSecondQuarterToFourth_needsAWholeThirdQuarterOfWallTime_fifteenMinutes() {
        assertThat(League.NFL.isLegalPeriodTransition(2, 4, Duration.ofMinutes(15).minusSeconds(1))).isFalse();
        assertThat(League.NFL.isLegalPeriodTransition(2, 4, Duration.ofMinutes(15))).isTrue();
        assertThat(League.NFL.isLegalPeriodTransition(2, 4, Duration.ofMinutes(50))).isTrue();
        assertThat(League.NCAAF.isLegalPeriodTransition(2, 4, Duration.ofMinutes(50))).isTrue();
    }

    @Test
    void fromFirstQuarterToOvertime_needsThreeWholeQuarters() {
        assertThat(League.NFL.isLegalPeriodTransition(1, 5, Duration.ofMinutes(44))).isFalse();
        assertThat(League.NFL.isLegalPeriodTransition(1, 5, Duration.ofMinutes(45))).isTrue();
    }

    @Test
    void collegeOvertimesHaveNoClock_severalMayPassInAFewMinutes() {
        assertThat(League.NCAAF.minimumPeriodWallTime(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(League.NCAAF.isLegalPeriodTransition(5, 8, Duration.ofMinutes(2))).isTrue();
        assertThat(League.NCAAF.isLegalPeriodTransition(5, 8, Duration.ofSeconds(90))).isFalse();
        // the NFL's overtime period is 10:00 of clock
        assertThat(League.NFL.minimumPeriodWallTime(5)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void everyLeague_boundsARegulationPeriodByItsClock_andAPeriodByAtLeastAMinute() {
        for (League l : League.values()) {
            if (l.hasClock()) assertThat(l.minimumPeriodWallTime(1)).isEqualTo(Duration.ofSeconds(l.periodSeconds()));
            for (int p = 1; p <= l.regulationPeriods() + 3; p++) {
                assertThat(l.minimumPeriodWallTime(p)).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
            }
        }
    }

    @Test
    void periodsNeverGoBack_andPreGameMayJumpAnywhere_whateverTheTime() {
        assertThat(League.NFL.isLegalPeriodTransition(4, 3, Duration.ofHours(5))).isFalse();
        assertThat(League.NFL.isLegalPeriodTransition(0, 4, Duration.ZERO)).isTrue();
        assertThat(League.NFL.isLegalPeriodTransition(-1, 1, Duration.ofHours(1))).isFalse();
        // a later observation stamped before the earlier one counts as no time at all
        assertThat(League.NFL.isLegalPeriodTransition(2, 3, Duration.ofMinutes(-5))).isTrue();
        assertThat(League.NFL.isLegalPeriodTransition(2, 4, Duration.ofMinutes(-50))).isFalse();
        assertThatThrownBy(() -> League.NFL.minimumPeriodWallTime(0)).hasMessageContaining("period");
    }

    @Test
    void aWildPeriod_isRejectedWithoutCountingEveryPeriod() {
        assertThat(League.NFL.isLegalPeriodTransition(2, Integer.MAX_VALUE, Duration.ofHours(4))).isFalse();
    }

    @Property
    void moreTimeNeverMakesALegalTransitionIllegal(@ForAll @IntRange(min = 1, max = 12) int from, @ForAll @IntRange(max = 12) int rise,
                                                   @ForAll @IntRange(max = 300) int minutes, @ForAll @IntRange(max = 300) int more) {
        for (League l : League.values()) {
            if (l.isLegalPeriodTransition(from, from + rise, Duration.ofMinutes(minutes))) {
                assertThat(l.isLegalPeriodTransition(from, from + rise, Duration.ofMinutes(minutes + more))).isTrue();
            }
        }
    }

    @Property
    void theNextPeriodIsAlwaysLegal_andAnEarlierOneNever(@ForAll @IntRange(min = 1, max = 12) int from,
                                                         @ForAll @IntRange(max = 600) int minutes) {
        for (League l : League.values()) {
            assertThat(l.isLegalPeriodTransition(from, from + 1, Duration.ofMinutes(minutes))).isTrue();
            assertThat(l.isLegalPeriodTransition(from, from - 1, Duration.ofMinutes(minutes))).isFalse();
        }
    }
}
