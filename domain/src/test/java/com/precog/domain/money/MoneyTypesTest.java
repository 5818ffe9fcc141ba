package com.precog.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTypesTest {

    @Test
    void price_parsesKalshiFixedPointStrings() {
        assertThat(Price.parse("0.5600").micros()).isEqualTo(560_000);
        assertThat(Price.parse("0.123456").micros()).isEqualTo(123_456);
        assertThat(Price.parse("0.56").toString()).isEqualTo("0.5600");
        assertThat(Price.parse("0.123450").toString()).isEqualTo("0.12345");
        assertThat(Price.ofCents(7).toString()).isEqualTo("0.0700");
    }

    @Test
    void price_rejectsOutOfRangeAndBadText() {
        assertThatThrownBy(() -> Price.parse("0")).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> Price.parse("1.0000")).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> Price.parse("0.1234567")).hasMessageContaining("more than 6 decimal places");
        assertThatThrownBy(() -> Price.parse("1e-2")).hasMessageContaining("not a plain decimal");
        assertThatThrownBy(() -> Price.parse(null)).hasMessageContaining("price must not be null");
        assertThatThrownBy(() -> Price.parse("  ")).hasMessageContaining("blank");
    }

    @Test
    void price_acceptsTrailingZerosBeyondScale() {
        assertThat(Price.parse("0.50000000").micros()).isEqualTo(500_000);
    }

    @Test
    void contracts_areTwoDecimalNonNegative_andRoundDown() {
        assertThat(Contracts.parse("31.54").hundredths()).isEqualTo(3154);
        assertThat(Contracts.parse("10").toString()).isEqualTo("10.00");
        assertThat(Contracts.of(101).fractionFloor(1, 2)).isEqualTo(Contracts.parse("50.50"));
        assertThat(Contracts.parse("0.03").fractionFloor(1, 2)).isEqualTo(Contracts.parse("0.01"));
        assertThat(Contracts.parse("7.99").floorToWhole()).isEqualTo(Contracts.of(7));
        assertThatThrownBy(() -> Contracts.parse("-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Contracts.of(1).minus(Contracts.of(2))).hasMessageContaining("negative");
    }

    @Test
    void contractsTimesPrice_isExactEvenForFractionalCountsAndSixDecimalPrices() {
        assertThat(Contracts.parse("0.01").times(Price.parse("0.123456"))).isEqualTo(Dollars.parse("0.00123456"));
        assertThat(Contracts.of(100).times(Price.parse("0.60"))).isEqualTo(Dollars.of(60));
    }

    @Test
    void dollars_formatAndRound() {
        assertThat(Dollars.parse("12.5").toString()).isEqualTo("12.50");
        assertThat(Dollars.parse("-0.0035").toString()).isEqualTo("-0.0035");
        assertThat(Dollars.parse("0.00001").ceilTo(Dollars.BASIS_CENT)).isEqualTo(Dollars.parse("0.0001"));
        assertThat(Dollars.parse("-0.001").floorToCent()).isEqualTo(Dollars.parse("-0.01"));
        assertThat(Dollars.parse("0.019").floorToCent()).isEqualTo(Dollars.parse("0.01"));
    }

    @Test
    void fee_matchesKalshiFormulaOnKnownValues() {
        FeeSchedule f = FeeSchedule.withMakerFees();
        // 0.07 × 1 × 0.65 × 0.35 = 0.015925 → ceil to 0.0160
        assertThat(f.takerFee(Price.parse("0.65"), Contracts.of(1))).isEqualTo(Dollars.parse("0.0160"));
        // 0.07 × 100 × 0.5 × 0.5 = 1.75 exactly
        assertThat(f.takerFee(Price.parse("0.50"), Contracts.of(100))).isEqualTo(Dollars.parse("1.75"));
        // maker 0.0175 × 100 × 0.5 × 0.5 = 0.4375
        assertThat(f.makerFee(Price.parse("0.50"), Contracts.of(100))).isEqualTo(Dollars.parse("0.4375"));
        assertThat(FeeSchedule.standard().makerFee(Price.parse("0.50"), Contracts.of(100))).isEqualTo(Dollars.ZERO);
        assertThat(f.withoutMakerFee()).isEqualTo(FeeSchedule.standard()); // the taker coefficient stays, the maker one goes
        assertThat(FeeSchedule.of("0.035", "0.01").withoutMakerFee()).isEqualTo(FeeSchedule.of("0.035", "0"));
        // a huge fill takes the overflow-safe path and stays exact
        assertThat(f.takerFee(Price.parse("0.5"), Contracts.of(10_000_000))).isEqualTo(Dollars.parse("175000"));
    }

    @Test
    void feeSchedule_rejectsCoefficientsOutsideRange() {
        assertThatThrownBy(() -> FeeSchedule.of("0.7", "0")).hasMessageContaining("taker fee coefficient").hasMessageContaining("[0, 0.50]");
        assertThatThrownBy(() -> FeeSchedule.of("0.07", "-0.01")).hasMessageContaining("maker fee coefficient");
    }

    @Test
    void probability_roundsModelDoublesHalfEvenAtTheBoundary() {
        assertThat(Probability.ofDouble(0.7200004).toString()).isEqualTo("0.72");
        assertThat(Probability.ofDouble(0.0000005).millionths()).isZero(); // half-even: 0.5 → 0
        assertThat(Probability.ofDouble(0.0000015).millionths()).isEqualTo(2);
        assertThat(Probability.ofDouble(1.0)).isEqualTo(Probability.CERTAIN);
        assertThatThrownBy(() -> Probability.ofDouble(Double.NaN)).hasMessageContaining("probability");
        assertThatThrownBy(() -> Probability.ofDouble(1.01)).hasMessageContaining("[0, 1]");
        assertThat(Probability.ofDoubleClamped(1.01)).isEqualTo(Probability.CERTAIN);
    }

    @Test
    void theMostNegativeAmount_printsAndParsesBack() {
        // Math.abs(Long.MIN_VALUE) is negative: the text was "--92233720368.-54775808", and parse refused its own extreme
        Dollars min = Dollars.ofUnits(Long.MIN_VALUE);
        assertThat(min).hasToString("-92233720368.54775808");
        assertThat(Dollars.parse(min.toString())).isEqualTo(min);
        assertThat(min.toBigDecimal()).isEqualByComparingTo("-92233720368.54775808");
        assertThat(Dollars.parse("92233720368.54775807")).isEqualTo(Dollars.ofUnits(Long.MAX_VALUE));
        assertThatThrownBy(() -> Dollars.parse("-92233720368.54775809")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Dollars.parse("92233720368.54775808")).hasMessageContaining("too large");
    }
}
