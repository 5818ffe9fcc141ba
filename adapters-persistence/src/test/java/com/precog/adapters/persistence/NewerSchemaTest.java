package com.precog.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A database migrated by a newer precog (a version this one has no migration for) is refused by {@link Database#migrate()}:
 * this precog would read and write tables whose shape or meaning changed after it was built. {@code status()} still
 * reports it (the migration's state is "Future").
 */
class NewerSchemaTest {
    @Test
    void aSchemaWithAMigrationNewerThanOurs_isRefusedByMigrate_andNamedByStatus() {
        TestDatabase.Server s = TestDatabase.server();
        String schema = "newer_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        try (Database db = Database.open(DatabaseSettings.external(s.url(), s.user(), s.password(), 2, schema))) {
            db.migrate();
            String latest = db.schemaVersion().orElseThrow();
            String future = String.valueOf(Integer.parseInt(latest) + 1);
            db.dsl().execute("INSERT INTO " + schema + ".flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (?, ?, 'from a newer precog', 'SQL', ?, 1, 'test', 1, true)",
                    Integer.parseInt(future) + 1000, future, "V" + future + "__from_a_newer_precog.sql");

            int historyRows = db.dsl().fetchCount(DSL.table(DSL.name(schema, "flyway_schema_history")));

            assertThatThrownBy(db::migrate)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("version " + future)
                    .hasMessageContaining("newer than this precog")
                    .hasMessageContaining(latest);
            DatabaseStatus status = db.status();
            assertThat(status.migrations()).filteredOn(m -> m.version().equals(future)).singleElement()
                    .satisfies(m -> assertThat(m.state()).isEqualTo("Future"));
            assertThat(db.dsl().fetchCount(DSL.table(DSL.name(schema, "flyway_schema_history")))).isEqualTo(historyRows); // nothing applied
        }
    }
}
