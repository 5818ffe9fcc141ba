package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.SETTLEMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.SettlementsContract;
import com.precog.domain.order.ExecutionEnvironment;
import java.math.BigDecimal;
import java.time.Clock;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqSettlementsTest extends SettlementsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @Override
    protected Settlements newSettlements() {
        db.dsl().execute("ALTER TABLE settlements DISABLE TRIGGER settlements_append_only");
        db.dsl().truncate(SETTLEMENTS).restartIdentity().execute();
        db.dsl().execute("ALTER TABLE settlements ENABLE TRIGGER settlements_append_only");
        return settlements(ExecutionEnvironment.PAPER);
    }

    private static Settlements settlements(ExecutionEnvironment env) {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).settlements(env);
    }

    @Test
    void eachEnvironmentSeesOnlyItsOwnSettlements_andTheSamePositionMaySettleInAnother() {
        assertThat(settlements.record(won("p-9", "3"))).isTrue();
        assertThat(settlements(ExecutionEnvironment.LIVE).all()).isEmpty();
        assertThat(settlements(ExecutionEnvironment.LIVE).record(won("p-9", "3"))).isTrue();
        assertThat(db.dsl().fetchCount(SETTLEMENTS)).isEqualTo(2);
    }

    @Test
    void rowsAreAppendOnly_andExactNumerics() {
        settlements.record(won("p-1", "100"));
        assertThat(db.dsl().fetchValue(SETTLEMENTS.REALIZED_PNL)).isEqualByComparingTo(new BigDecimal("38.26000001"));
        assertThatThrownBy(() -> db.dsl().update(SETTLEMENTS).set(SETTLEMENTS.REALIZED_PNL, BigDecimal.ZERO).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.dsl().deleteFrom(SETTLEMENTS).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void environmentIsRequired() {
        assertThatThrownBy(() -> db.dsl().execute("INSERT INTO settlements (ticker, position_id, market_result, side, quantity, "
                + "settlement_price, revenue, realized_pnl, settled_at) VALUES ('T', 'p', 'yes', 'yes', 1, 1, 1, 0, now())"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("execution_environment");
    }
}
