package com.precog.domain.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.precog.domain.money.FeeSchedule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Exit conditions at the exact ends of their configurable ranges and inputs (written against
 * the mutants PIT left alive, docs/QUALITY.md): which configurations are accepted, and what a
 * zero-volume or zero-spread market means.
 */
class ExitBoundariesTest {

    private static ExitContext liquidity(long spread, long volume) {
        return Contexts.at(600_000).market(600_000, 600_000 + spread, spread, volume, Contexts.NOW, -1, false, FeeSchedule.standard());
    }

    @Test
    void aMarketWithNoVolumeAtAll_hasDriedUp_butAZeroSpreadAloneHasNot() {
        assertThat(LiquidityDriedUp.defaults().triggered(liquidity(10_000, 0))).isTrue();
        assertThat(LiquidityDriedUp.defaults().triggered(liquidity(0, 100_000))).isFalse();
    }

    @Test
    void liquidityLimits_acceptTheirWholeRange() {
        assertThatCode(() -> new LiquidityDriedUp(999_999, 0)).doesNotThrowAnyException();
        assertThatCode(() -> new LiquidityDriedUp(1, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new LiquidityDriedUp(1_000_000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiquidityDriedUp(30_000, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urgentWindow_mayBeAsLongAsOneDay() {
        assertThat(new TimeBasedUrgent(86_400_000L).windowMillis()).isEqualTo(86_400_000L);
        assertThatThrownBy(() -> new TimeBasedUrgent(86_400_001L)).hasMessageContaining("windowMillis");
    }

    private static long[] rising(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = 10_000L * (i + 1);
        return t;
    }

    private static long[] ones(int n) {
        long[] p = new long[n];
        Arrays.fill(p, 1);
        return p;
    }

    @Test
    void partialExit_acceptsUpToThirtyStages() {
        assertThat(new PartialExitTarget(rising(30), ones(30)).stageCount()).isEqualTo(30);
        assertThatThrownBy(() -> new PartialExitTarget(rising(31), ones(31))).hasMessageContaining("1-30 stages");
    }

    @Test
    void partialExit_thresholdsArePositiveAndStrictlyIncreasing() {
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {0, 10_000}, new long[] {10, 10})).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {10_000, 10_000}, new long[] {10, 10})).hasMessageContaining("strictly increasing");
        assertThatCode(() -> new PartialExitTarget(new long[] {1, 2}, new long[] {10, 10})).doesNotThrowAnyException();
    }

    @Test
    void partialExit_percentsAreWithinOneToHundred_andSumToAtMostHundred() {
        assertThatCode(() -> new PartialExitTarget(new long[] {10_000}, new long[] {100})).doesNotThrowAnyException();
        assertThatCode(() -> new PartialExitTarget(new long[] {10_000, 20_000}, new long[] {50, 50})).doesNotThrowAnyException();
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {10_000, 20_000}, new long[] {50, 51})).hasMessageContaining("sum to at most 100");
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {10_000, 20_000}, new long[] {50, 0})).hasMessageContaining("stage 2");
        assertThatThrownBy(() -> new PartialExitTarget(new long[] {10_000}, new long[] {101})).hasMessageContaining("stage 1");
    }

    @Test
    void partialExit_sharesInMillionths_sellExactlyAsWholePercents_andMayBeFiner() {
        long[] thresholds = {150_000, 250_000};
        PartialExitTarget percents = PartialExitTarget.defaults();
        PartialExitTarget fractions = PartialExitTarget.ofFractions(thresholds, new long[] {500_000, 250_000});
        for (long original : new long[] {100, 1_037, 9_999, 10_000, 123_457}) {
            for (boolean fractional : new boolean[] {false, true}) {
                ExitContext ctx = Contexts.at(800_000).position(com.precog.domain.position.ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS,
                        original, original, 0, false, 0).market(800_000, 810_000, 10_000, 100_000, Contexts.NOW, -1, fractional, FeeSchedule.standard());
                assertThat(fractions.quantityHundredths(ctx)).isEqualTo(percents.quantityHundredths(ctx));
                assertThat(fractions.dueStages(ctx)).isEqualTo(percents.dueStages(ctx));
            }
        }
        PartialExitTarget third = PartialExitTarget.ofFractions(new long[] {150_000}, new long[] {333_333});
        ExitContext ctx = Contexts.at(800_000).market(800_000, 810_000, 10_000, 100_000, Contexts.NOW, -1, true, FeeSchedule.standard());
        assertThat(third.quantityHundredths(ctx)).isEqualTo(3_333); // 10 000 × 333 333 / 1e6, rounded down
    }

    @Test
    void partialExit_sharesInMillionths_areWithinZeroToOne_andSumToAtMostOne() {
        assertThatCode(() -> PartialExitTarget.ofFractions(new long[] {10_000, 20_000}, new long[] {1, 999_999})).doesNotThrowAnyException();
        assertThatThrownBy(() -> PartialExitTarget.ofFractions(new long[] {10_000, 20_000}, new long[] {500_000, 500_001}))
                .hasMessageContaining("fractionsPpm must sum to at most 1_000_000");
        assertThatThrownBy(() -> PartialExitTarget.ofFractions(new long[] {10_000}, new long[] {0})).hasMessageContaining("fractionPpm of stage 1");
        assertThatThrownBy(() -> PartialExitTarget.ofFractions(new long[] {10_000}, new long[] {1_000_001})).hasMessageContaining("fractionPpm of stage 1");
        assertThatThrownBy(() -> PartialExitTarget.ofFractions(new long[] {10_000}, new long[] {1, 2})).hasMessageContaining("1-30 stages");
    }

    @Test
    void edgeDisappeared_firesBelowItsThreshold_whichDefaultsToZero() {
        ExitContext ctx = Contexts.at(500_000);
        long zeroEdge = -CurrentEdge.holdEdgeMicros(0, 500_000, FeeSchedule.standard()); // the probability at which the edge is 0
        ctx.probability(zeroEdge - 1);
        assertThat(new EdgeDisappeared().triggered(ctx)).isTrue();
        assertThat(new EdgeDisappeared(-1).triggered(ctx)).isFalse();
        ctx.probability(zeroEdge);
        assertThat(new EdgeDisappeared().triggered(ctx)).isFalse();
        assertThat(new EdgeDisappeared(1).triggered(ctx)).isTrue();
        assertThat(new EdgeDisappeared(1).near(ctx, 0)).isTrue();
        assertThat(new EdgeDisappeared(-10).near(ctx, 10)).isFalse();
        assertThat(new EdgeDisappeared(-10).near(ctx, 11)).isTrue();
        assertThatCode(() -> new EdgeDisappeared(-999_999)).doesNotThrowAnyException();
        assertThatCode(() -> new EdgeDisappeared(999_999)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new EdgeDisappeared(1_000_000)).hasMessageContaining("thresholdMicros");
        assertThatThrownBy(() -> new EdgeDisappeared(-1_000_000)).hasMessageContaining("thresholdMicros");
    }
}
