package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link OrderJournal} must have: append-only orders and idempotent trades, attribution kept. */
public abstract class OrderJournalContract {
    protected static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    private OrderJournal journal;

    protected abstract OrderJournal newJournal();

    @BeforeEach
    void setUp() {
        journal = newJournal();
    }

    @Test
    void orders_areAppendOnly_andKeepAttributionAndEnvironment() {
        OrderRecord o = TradingFixtures.order("pp-1", "KX-A", ExecutionEnvironment.PAPER, T0);
        journal.recordOrder(o);
        assertThat(journal.order(ClientOrderId.of("pp-1"))).contains(o);
        assertThat(journal.order(ClientOrderId.of("pp-1")).orElseThrow().attribution().environment()).isEqualTo(ExecutionEnvironment.PAPER);
        assertThatThrownBy(() -> journal.recordOrder(TradingFixtures.order("pp-1", "KX-B", ExecutionEnvironment.PAPER, T0)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(journal.orders()).containsExactly(o);
        assertThat(journal.order(ClientOrderId.of("nope"))).isEmpty();
    }

    @Test
    void trades_recordOncePerFill_inOrder() {
        OrderRecord o = TradingFixtures.order("bt-1", "KX-A", ExecutionEnvironment.BACKTEST, T0);
        journal.recordOrder(o);
        TradeRecord t1 = new TradeRecord(TradingFixtures.fill("f1", "bt-1", "KX-A", T0), o.attribution(), T0);
        TradeRecord t2 = new TradeRecord(TradingFixtures.fill("f2", "bt-1", "KX-A", T0.plusSeconds(1)), o.attribution(), T0.plusSeconds(1));
        assertThat(journal.recordTrade(t1)).isTrue();
        assertThat(journal.recordTrade(t2)).isTrue();
        assertThat(journal.recordTrade(t1)).isFalse();
        assertThat(journal.trades()).containsExactly(t1, t2);
        assertThat(journal.tradesOf(ClientOrderId.of("bt-1"))).containsExactly(t1, t2);
        assertThat(journal.tradesOf(ClientOrderId.of("other"))).isEmpty();
    }
}
