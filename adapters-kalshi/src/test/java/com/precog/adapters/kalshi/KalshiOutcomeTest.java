package com.precog.adapters.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.MarketOutcome;
import com.precog.domain.money.Dollars;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Kalshi's result words (REST {@code result}, settlements {@code market_result}, lifecycle {@code result}) as outcomes. */
class KalshiOutcomeTest {
    @Test
    void resultWordsAndSettlementValues() {
        assertThat(KalshiModels.outcome("yes", Optional.empty())).contains(MarketOutcome.yes());
        assertThat(KalshiModels.outcome("NO", Optional.of(Dollars.ZERO))).contains(MarketOutcome.no());
        assertThat(KalshiModels.outcome("void", Optional.empty())).contains(MarketOutcome.voided());
        // KXNFLGAME rules: "If the game ends in a tie, the market will resolve to $0.50 for each team."
        assertThat(KalshiModels.outcome("scalar", Optional.of(Dollars.of("0.5000")))).contains(MarketOutcome.ofYesValue(500_000));
        assertThat(KalshiModels.outcome("", Optional.of(Dollars.of("0.3700")))).contains(MarketOutcome.ofYesValue(370_000));
        assertThat(KalshiModels.outcome("scalar", Optional.of(Dollars.of(1)))).contains(MarketOutcome.yes());
        assertThat(KalshiModels.outcome("scalar", Optional.empty())).as("a value is needed").isEmpty();
        assertThat(KalshiModels.outcome("", Optional.empty())).as("undetermined").isEmpty();
        assertThat(KalshiModels.outcome("scalar", Optional.of(Dollars.of("1.5")))).as("out of range").isEmpty();
        assertThat(KalshiModels.outcome("maybe", Optional.of(Dollars.of("0.5")))).isEmpty();
    }
}
