package com.precog.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Exact boundaries of the money types: zero, equal operands and the ends of each valid range.
 * Written against the mutants PIT left alive (docs/QUALITY.md), each test states a behaviour a
 * caller relies on.
 */
class MoneyBoundariesTest {

    @Test
    void zeroPrintsWithoutASign() {
        assertThat(Dollars.ZERO.toString()).isEqualTo("0.00");
        assertThat(Dollars.of("-0.00").toString()).isEqualTo("0.00");
        assertThat(Contracts.ZERO.toString()).isEqualTo("0.00");
        assertThat(Probability.ZERO.toString()).isEqualTo("0.0");
        assertThat(Dollars.of("-0.01").toString()).isEqualTo("-0.01");
    }

    @Test
    void isZero_isTrueOnlyForZero() {
        assertThat(Dollars.of("0.01").isZero()).isFalse();
        assertThat(Dollars.of("-0.00000001").isZero()).isFalse();
        assertThat(Dollars.ZERO.isZero()).isTrue();
    }

    @Test
    void rounding_refusesAZeroOrNegativeStep() {
        Dollars d = Dollars.of("1.23");
        assertThatThrownBy(() -> d.floorTo(Dollars.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> d.floorTo(Dollars.of("-0.01"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> d.ceilTo(Dollars.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> d.ceilTo(Dollars.of("-0.01"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
    }

    @Test
    void zeroContracts_areValid_andAZeroFractionOfAPositionIsZero() {
        assertThat(Contracts.of(0)).isEqualTo(Contracts.ZERO);
        assertThatThrownBy(() -> Contracts.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Contracts.of(10).fractionFloor(0, 2)).isEqualTo(Contracts.ZERO);
        assertThatThrownBy(() -> Contracts.of(10).fractionFloor(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void probabilityFromDouble_acceptsBothEndsOfTheUnitInterval() {
        assertThat(Probability.ofDouble(0.0)).isEqualTo(Probability.ZERO);
        assertThat(Probability.ofDouble(1.0)).isEqualTo(Probability.CERTAIN);
        assertThatThrownBy(() -> Probability.ofDouble(-1e-9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Probability.ofDouble(1.000_000_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priceComparisons_areStrict_andOrderPrices() {
        Price low = Price.of("0.40");
        Price high = Price.of("0.41");
        Price same = Price.of("0.40");
        assertThat(low.isAbove(same)).isFalse();
        assertThat(low.isBelow(same)).isFalse();
        assertThat(low.isBelow(high)).isTrue();
        assertThat(high.isBelow(low)).isFalse();
        assertThat(high.isAbove(low)).isTrue();
        assertThat(low.compareTo(high)).isNegative();
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(same)).isZero();
    }

    @Test
    void feeCoefficient_upToTheConfiguredCeilingOfHalf_isAccepted() {
        FeeSchedule max = FeeSchedule.of("0.50", "0.50");
        // 0.50 × 1 × 0.5 × 0.5 = $0.125 -> rounded up to $0.0001 stays 0.1250
        assertThat(max.takerFee(Price.of("0.50"), Contracts.of(1))).isEqualTo(Dollars.of("0.125"));
        assertThat(FeeSchedule.of("0", "0").takerFee(Price.of("0.50"), Contracts.of(100))).isEqualTo(Dollars.ZERO);
        assertThatThrownBy(() -> FeeSchedule.of("0.500001", "0")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 0.50]");
        assertThatThrownBy(() -> FeeSchedule.of("0.07", "-0.01")).isInstanceOf(IllegalArgumentException.class);
    }
}
