package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryOrderJournal;
import com.precog.application.port.out.InMemorySettlements;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The paper account read from the recorded trades and settlements: cash changes booked to the cent (SPEC §2). */
class JournalPortfolioTest {
    static final Instant T0 = Instant.parse("2026-12-06T18:00:00Z");
    static final String M = "KXNFLGAME-26DEC06AAABBB-AAA";

    final InMemoryOrderJournal journal = new InMemoryOrderJournal();
    final InMemorySettlements settlements = new InMemorySettlements();
    final JournalPortfolio portfolio = new JournalPortfolio(journal, ExecutionEnvironment.PAPER, Dollars.of(100), settlements);

    private void trade(String id, ExecutionEnvironment env, OrderAction action, String price, String count, String fee) {
        Fill f = new Fill(id, ClientOrderId.of("c-" + id), "x-" + id, M, Side.YES, action, Price.of(price), Contracts.of(count), Liquidity.TAKER,
                Dollars.of(fee), T0);
        journal.recordTrade(new TradeRecord(f, new Attribution(StrategyKey.of("pre_game_entry", "1.0"), "elo@1.0", env), T0));
    }

    @Test
    void everyCashChange_isRoundedDownToTheCent_debitsAwayFromZero() {
        trade("f1", ExecutionEnvironment.PAPER, OrderAction.BUY, "0.55", "10", "0.1733"); // −5.6733 → −5.68
        assertThat(portfolio.cashBalance()).isEqualTo(Dollars.of("94.32"));
        trade("f2", ExecutionEnvironment.PAPER, OrderAction.SELL, "0.60", "4", "0.0672"); // 2.40 − 0.0672 = 2.3328 → 2.33
        assertThat(portfolio.cashBalance()).isEqualTo(Dollars.of("96.65"));
        trade("f3", ExecutionEnvironment.DEMO, OrderAction.BUY, "0.55", "10", "0.1733"); // another environment's: not this account's
        assertThat(portfolio.cashBalance()).isEqualTo(Dollars.of("96.65"));

        settlements.record(new Settlements.Settlement("pos-1", M, Settlements.MarketResult.YES, Side.YES, Contracts.of("6"), Dollars.of(1),
                Dollars.of(6), Dollars.ZERO, Dollars.of("2.6"), T0.plusSeconds(60)));
        assertThat(portfolio.cashBalance()).isEqualTo(Dollars.of("102.65"));

        Portfolio.Holding none = portfolio.holdings().stream().filter(h -> h.marketTicker().equals(M)).findFirst().orElse(null);
        assertThat(none).as("sold 4 and settled 6 of the 10 bought: nothing held").isNull();
    }

    @Test
    void aFractionalFillsCashChange_roundsDownToo() {
        trade("f0", ExecutionEnvironment.PAPER, OrderAction.BUY, "0.57", "0.55", "0.0121"); // −(0.3135 + 0.0121) = −0.3256 → −0.33
        trade("f1", ExecutionEnvironment.PAPER, OrderAction.SELL, "0.57", "0.55", "0"); // 0.3135 → 0.31
        assertThat(portfolio.cashBalance()).isEqualTo(Dollars.of("99.98"));
    }
}
