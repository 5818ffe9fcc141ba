package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.edge.EdgeObservation;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link EdgeJournal} must have. */
public abstract class EdgeJournalContract {
    protected static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    private EdgeJournal journal;

    protected abstract EdgeJournal newJournal();

    @BeforeEach
    void setUp() {
        journal = newJournal();
    }

    @Test
    void recorded_isReturnedWithEveryInput() {
        EdgeObservation o = TradingFixtures.edge("KX-A", T0, "0.72", "0.65", ExecutionEnvironment.PAPER);
        journal.record(o);
        assertThat(journal.recent(10)).containsExactly(o);
    }

    @Test
    void recent_isNewestFirstAndLimited_since_isOldestFirstInclusive() {
        EdgeObservation a = TradingFixtures.edge("KX-A", T0, "0.72", "0.65", ExecutionEnvironment.BACKTEST);
        EdgeObservation b = TradingFixtures.edge("KX-B", T0.plusSeconds(1), "0.30", "0.20", ExecutionEnvironment.BACKTEST);
        EdgeObservation c = TradingFixtures.edge("KX-C", T0.plusSeconds(2), "0.90", "0.80", ExecutionEnvironment.PAPER);
        journal.record(a);
        journal.record(b);
        journal.record(c);
        assertThat(journal.recent(2)).containsExactly(c, b);
        assertThat(journal.since(T0.plusSeconds(1))).containsExactly(b, c);
        assertThat(journal.recent(0)).isEmpty();
    }
}
