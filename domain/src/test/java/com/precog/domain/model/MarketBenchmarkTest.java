package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import org.junit.jupiter.api.Test;

class MarketBenchmarkTest {
    @Test
    void spreadToProbability_isPhiOfMarginOver1345() {
        assertThat(MarketBenchmark.fromClosingHomeMargin(0)).isEqualTo(0.5);
        assertThat(MarketBenchmark.fromClosingHomeMargin(7)).isCloseTo(0.6986, within(1e-4));
        assertThat(MarketBenchmark.fromClosingHomeMargin(-7)).isCloseTo(1 - 0.6986, within(1e-4));
    }

    @Test
    void quotesToMid_exactAndHalfEven() {
        assertThat(MarketBenchmark.fromQuotes(Price.of("0.55"), Price.of("0.57"))).isEqualTo(Probability.of("0.56"));
        assertThat(MarketBenchmark.fromQuotes(Price.ofMicros(550_001), Price.ofMicros(550_002))).isEqualTo(Probability.ofMillionths(550_002));
        assertThat(MarketBenchmark.fromQuotes(0.40, 0.42)).isCloseTo(0.41, within(1e-15));
        assertThatThrownBy(() -> MarketBenchmark.fromQuotes(Price.of("0.60"), Price.of("0.50"))).hasMessageContaining("yesBid");
    }

    @Test
    void estimate_convertsToTheMoneyProbabilityHalfEven() {
        assertThat(ModelEstimate.point(0.1234565, 1).probabilityValue()).isEqualTo(Probability.ofDouble(0.1234565));
        assertThat(ModelEstimate.point(0.25, 1).complement().probability()).isEqualTo(0.75);
    }
}
