package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.ORDERS;
import static com.precog.adapters.persistence.jooq.Tables.TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderJournalContract;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradingFixtures;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class JooqOrderJournalTest extends OrderJournalContract {
    private TestDatabase db;

    /** orders and trades reject DELETE (append-only), so every journal gets its own migrated schema. */
    @Override
    protected OrderJournal newJournal() {
        db = TestDatabase.freshSchema();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).orderJournal();
    }

    @Test
    void theEnvironmentAndAttributionAreStoredOnEveryRow_andTheDatabaseRefusesEdits() {
        OrderJournal j = newJournal();   // and db is its schema
        OrderRecord o = TradingFixtures.order("live-1", "KX-L", ExecutionEnvironment.LIVE, T0);
        j.recordOrder(o);
        assertThat(db.dsl().fetchValue(ORDERS.EXECUTION_ENVIRONMENT, ORDERS.CLIENT_ORDER_ID.eq("live-1"))).isEqualTo("live");
        assertThat(db.dsl().fetchValue(ORDERS.STRATEGY_NAME, ORDERS.CLIENT_ORDER_ID.eq("live-1"))).isEqualTo("pregame");
        assertThatThrownBy(() -> db.dsl().update(ORDERS).set(ORDERS.EXECUTION_ENVIRONMENT, "paper").execute())
                .hasMessageContaining("append-only");
        assertThat(db.dsl().fetchCount(TRADES)).isZero();
    }
}
