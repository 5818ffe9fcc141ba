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
}
