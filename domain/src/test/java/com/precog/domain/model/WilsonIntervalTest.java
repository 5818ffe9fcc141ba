package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    @Test
    void of95_matchesTextbookValue() {
        // 8 of 10: Wilson 95% = [0.4902, 0.9433]
        WilsonInterval w = WilsonInterval.of95(8, 10);
        assertThat(w.estimate()).isEqualTo(0.8);
        assertThat(w.lower()).isCloseTo(0.4902, within(1e-4));
        assertThat(w.upper()).isCloseTo(0.9433, within(1e-4));
    }

    @Test
    void zeroSuccesses_lowerIsZero_andEmptySampleIsUninformative() {
        WilsonInterval w = WilsonInterval.of95(0, 20);
        assertThat(w.lower()).isEqualTo(0.0);
        assertThat(w.upper()).isCloseTo(0.1611, within(1e-4));
        WilsonInterval empty = WilsonInterval.of95(0, 0);
        assertThat(empty.lower()).isEqualTo(0);
        assertThat(empty.upper()).isEqualTo(1);
        assertThat(empty.estimate()).isEqualTo(0.5);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> WilsonInterval.of95(11, 10)).hasMessageContaining("successes");
        assertThatThrownBy(() -> WilsonInterval.of95(1, -1)).hasMessageContaining("n must be");
        assertThatThrownBy(() -> WilsonInterval.of(1, 10, 0)).hasMessageContaining("z must be");
    }

    @Property
    void containsEstimate_andNarrowsWithMoreData(@ForAll @IntRange(min = 1, max = 10_000) int n,
                                                  @ForAll @DoubleRange(min = 0, max = 1) double share) {
        double k = Math.floor(share * n);
        WilsonInterval small = WilsonInterval.of95(k, n);
        WilsonInterval big = WilsonInterval.of95(4 * k, 4.0 * n);
        assertThat(small.lower()).isLessThanOrEqualTo(small.estimate());
        assertThat(small.upper()).isGreaterThanOrEqualTo(small.estimate());
        assertThat(big.width()).isLessThanOrEqualTo(small.width() + 1e-12);
    }
}
