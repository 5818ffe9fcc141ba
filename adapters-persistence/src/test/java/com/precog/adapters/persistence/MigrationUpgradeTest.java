package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.POSITIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.money.Price;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import java.math.BigDecimal;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database created before V10 (rows in the V5 shape) upgrades to the latest schema, and rows written
 * before the reshape are still readable by the adapters.
 */
class MigrationUpgradeTest {
    @Test
    void aV9DatabaseWithRows_migratesToTheLatestVersion_andItsPositionsAreReadable() {
        TestDatabase.Server s = TestDatabase.server();
        String schema = "upgrade_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        try (Database db = Database.open(DatabaseSettings.external(s.url(), s.user(), s.password(), 2, schema))) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").schemas(schema).defaultSchema(schema)
                    .target("9").load().migrate();
            assertThat(db.schemaVersion()).contains("9");
            DbFixtures.market(db.dsl(), "KX-OLD");
            DbFixtures.game(db.dsl(), "NFL-OLD1");
            long strategy = DbFixtures.strategy(db.dsl(), "s", "v1.0");
            long model = DbFixtures.model(db.dsl(), "m", "v1.0");
            db.dsl().insertInto(POSITIONS)
                    .set(POSITIONS.POSITION_ID, "old-1").set(POSITIONS.VERSION, 1).set(POSITIONS.TICKER, "KX-OLD")
                    .set(POSITIONS.SIDE, "no").set(POSITIONS.STATUS, "open")
                    .set(POSITIONS.QUANTITY, new BigDecimal("10")).set(POSITIONS.ORIGINAL_QUANTITY, new BigDecimal("10"))
                    .set(POSITIONS.ENTRY_PRICE, new BigDecimal("0.55")).set(POSITIONS.ENTRY_COST_PER_CONTRACT, new BigDecimal("0.568"))
                    .set(POSITIONS.ENTRY_FEES, new BigDecimal("0.13")).set(POSITIONS.PARTIAL_EXITS_DONE, (short) 1)
                    .set(POSITIONS.STRATEGY_ID, strategy).set(POSITIONS.MODEL_ID, model).set(POSITIONS.OPENED_AT, DbFixtures.T0)
                    .set(POSITIONS.EXECUTION_ENVIRONMENT, "paper").set(POSITIONS.ROW_START_TS, DbFixtures.T0)
                    .execute();

            assertThat(db.migrate()).startsWith("10").hasSizeGreaterThanOrEqualTo(5);
            assertThat(db.status().pending()).isZero();

            Position old = new PersistenceAdapters(db, Clock.systemUTC()).positions().current("old-1").orElseThrow();
            assertThat(old.mark()).isEqualTo(Price.of("0.55"));           // no mark stored before V10: the entry price
            assertThat(old.markedAt()).isEqualTo(DbFixtures.T0.toInstant());
            assertThat(old.confidence()).isEqualTo(ConfidenceLevel.MEDIUM);
            assertThat(old.strategyVersion()).isEmpty();
            assertThat(old.trailingStop().active()).isFalse();
            assertThat(old.partialStagesDone()).isEqualTo(1);
        }
    }
}
