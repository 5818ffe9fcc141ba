package com.precog.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarketOutcomeTest {
    @Test
    void eachKindPaysTheHeldSideItsValue() {
        assertThat(MarketOutcome.yes().valueMicros(Side.YES)).isEqualTo(1_000_000);
        assertThat(MarketOutcome.yes().valueMicros(Side.NO)).isZero();
        assertThat(MarketOutcome.no().valueMicros(Side.NO)).isEqualTo(1_000_000);
        MarketOutcome tie = MarketOutcome.ofYesValue(500_000);
        assertThat(tie.kind()).isEqualTo(MarketOutcome.Kind.SCALAR);
        assertThat(tie.valueMicros(Side.YES)).isEqualTo(500_000);
        assertThat(MarketOutcome.ofYesValue(730_000).valueMicros(Side.NO)).isEqualTo(270_000);
        assertThat(tie.winningSide()).isEmpty();
        assertThat(MarketOutcome.won(Side.NO).winningSide()).contains(Side.NO);
        assertThat(MarketOutcome.ofYesValue(1_000_000)).isEqualTo(MarketOutcome.yes());
        assertThat(MarketOutcome.ofYesValue(0)).isEqualTo(MarketOutcome.no());
        assertThatThrownBy(() -> MarketOutcome.voided().valueMicros(Side.YES)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueThatDoesNotMatchItsKindIsRefused() {
        assertThatThrownBy(() -> MarketOutcome.ofYesValue(1_000_001)).hasMessageContaining("strictly between");
        assertThatThrownBy(() -> MarketOutcome.ofYesValue(-1)).hasMessageContaining("strictly between");
        assertThatThrownBy(() -> new MarketOutcome(MarketOutcome.Kind.YES, 999_999)).hasMessageContaining("1,000,000");
        assertThatThrownBy(() -> new MarketOutcome(MarketOutcome.Kind.VOID, 5)).hasMessageContaining("value 0");
    }
}
