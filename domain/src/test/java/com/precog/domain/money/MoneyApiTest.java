package com.precog.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyApiTest {
    @Test
    void price_conversionsAndComparisons() {
        Price p = Price.of("0.25");
        assertThat(p.toDollars()).isEqualTo(Dollars.parse("0.25"));
        assertThat(p.toBigDecimal()).isEqualTo(new BigDecimal("0.2500"));
        assertThat(Price.parse("0.123456").toBigDecimal()).isEqualTo(new BigDecimal("0.123456"));
        assertThat(p.isBelow(Price.of("0.26"))).isTrue();
        assertThat(p.isAbove(Price.of("0.26"))).isFalse();
        assertThatThrownBy(() -> Price.of(new BigDecimal("0.1234567"))).hasMessageContaining("more than 6 decimal places");
    }

    @Test
    void dollars_arithmeticIsExact() {
        Dollars a = Dollars.of("1.50");
        assertThat(a.plus(Dollars.ofCents(25))).isEqualTo(Dollars.parse("1.75"));
        assertThat(a.minus(Dollars.of(2))).isEqualTo(Dollars.parse("-0.50"));
        assertThat(a.negate().abs()).isEqualTo(a);
        assertThat(a.times(3)).isEqualTo(Dollars.parse("4.50"));
        assertThat(Dollars.parse("0.0172").times(Contracts.of(851))).isEqualTo(Dollars.parse("14.6372"));
        assertThatThrownBy(() -> Dollars.parse("0.00000001").times(Contracts.parse("0.01"))).isInstanceOf(ArithmeticException.class);
        assertThat(Dollars.parse("0.123").floorTo(Dollars.CENT)).isEqualTo(Dollars.parse("0.12"));
        assertThat(Dollars.parse("-0.123").ceilTo(Dollars.CENT)).isEqualTo(Dollars.parse("-0.12"));
        assertThatThrownBy(() -> a.ceilTo(Dollars.ZERO)).hasMessageContaining("rounding step must be positive");
        assertThat(a.min(Dollars.ZERO)).isEqualTo(Dollars.ZERO);
        assertThat(a.max(Dollars.ZERO)).isEqualTo(a);
        assertThat(Dollars.ZERO.isZero()).isTrue();
        assertThat(a.isPositive()).isTrue();
        assertThat(Dollars.of(new BigDecimal("2.5"))).isEqualTo(Dollars.parse("2.50"));
        assertThat(Dollars.ofMicros(10_000)).isEqualTo(Dollars.CENT);
        assertThatThrownBy(() -> Dollars.of(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void contracts_helpers() {
        Contracts c = Contracts.of("12.5");
        assertThat(c.max(Contracts.ZERO)).isEqualTo(c);
        assertThat(c.min(Contracts.ZERO)).isEqualTo(Contracts.ZERO);
        assertThat(c.isWhole()).isFalse();
        assertThat(c.toBigDecimal()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Contracts.of(new BigDecimal("3"))).isEqualTo(Contracts.of(3));
        assertThat(Contracts.ZERO.isZero()).isTrue();
        assertThatThrownBy(() -> Contracts.of(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> c.fractionFloor(1, 0)).hasMessageContaining("fraction");
    }

    @Test
    void probability_helpers() {
        Probability p = Probability.of("0.7");
        assertThat(p.complement()).isEqualTo(Probability.of("0.3"));
        assertThat(p.asDouble()).isEqualTo(0.7);
        assertThat(p.toBigDecimal()).isEqualByComparingTo("0.7");
        assertThat(p.compareTo(Probability.HALF)).isPositive();
        assertThatThrownBy(() -> Probability.ofDoubleClamped(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Probability.ofMillionths(1_000_001)).hasMessageContaining("[0, 1]");
    }

    @Test
    void feeSchedule_liquidityRoleAndText() {
        FeeSchedule f = FeeSchedule.withMakerFees();
        Price p = Price.of("0.5");
        assertThat(f.fee(Liquidity.TAKER, p, Contracts.of(100))).isEqualTo(f.takerFee(p, Contracts.of(100)));
        assertThat(f.fee(Liquidity.MAKER, p, Contracts.of(100))).isEqualTo(f.makerFee(p, Contracts.of(100)));
        assertThat(f.toString()).contains("taker=0.07").contains("maker=0.0175");
        assertThat(FeeSchedule.of("0.07", "0.0175")).isEqualTo(f);
    }

    @Test
    void parser_rejectsMalformedNumbers() {
        assertThatThrownBy(() -> Dollars.parse("1.2.3")).hasMessageContaining("not a plain decimal");
        assertThatThrownBy(() -> Dollars.parse("-")).hasMessageContaining("not a plain decimal");
        assertThatThrownBy(() -> Dollars.parse("99999999999999999999")).hasMessageContaining("too large");
        assertThat(Dollars.parse("+3")).isEqualTo(Dollars.of(3));
    }
}
