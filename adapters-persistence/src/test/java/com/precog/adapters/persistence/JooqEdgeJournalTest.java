package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EDGES;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.EdgeJournal;
import com.precog.application.port.out.EdgeJournalContract;
import com.precog.application.port.out.TradingFixtures;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class JooqEdgeJournalTest extends EdgeJournalContract {
    private TestDatabase db;

    /** edges reject DELETE (append-only), so every journal gets its own migrated schema. */
    @Override
    protected EdgeJournal newJournal() {
        db = TestDatabase.freshSchema();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).edgeJournal();
    }

    @Test
    void everyInputIsAColumn_withTheEnvironment() {
        EdgeJournal j = newJournal();
        j.record(TradingFixtures.edge("KX-E", T0, "0.72", "0.65", ExecutionEnvironment.DEMO));
        var r = db.dsl().selectFrom(EDGES).fetchSingle();
        assertThat(r.getExecutionEnvironment()).isEqualTo("demo");
        assertThat(r.getProbability()).isEqualByComparingTo("0.72");
        assertThat(r.getModelVersion()).isEqualTo("elo@v1.0");
        assertThat(r.getBook().data()).contains("yes_bid_micros");
    }
}
