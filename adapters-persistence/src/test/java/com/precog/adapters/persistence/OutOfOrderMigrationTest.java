package com.precog.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parallel branches number their migrations ahead of time, so one can be merged after a higher one (V15 after
 * V16): a database that already has V16 gets the missing V15 applied instead of refusing to start.
 */
class OutOfOrderMigrationTest {
    @Test
    void aDatabaseAtV16WithoutV15_getsV15Applied(@TempDir Path dir) throws Exception {
        Path source = Path.of(OutOfOrderMigrationTest.class.getResource("/db/migration/V1__foundation.sql").toURI()).getParent();
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("V15__")).toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        TestDatabase.Server s = TestDatabase.server();
        String schema = "ooo_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        try (Database db = Database.open(DatabaseSettings.external(s.url(), s.user(), s.password(), 2, schema))) {
            Flyway.configure().dataSource(db.dataSource()).locations("filesystem:" + dir).schemas(schema).defaultSchema(schema).load().migrate();
            assertThat(db.schemaVersion()).contains("16");
            List<String> applied = db.migrate();
            assertThat(applied).containsExactly("15");
            assertThat(db.status().pending()).isZero();
            assertThat(db.dsl().fetchCount(com.precog.adapters.persistence.jooq.Tables.MODEL_ACTIVATION_DECISIONS)).isZero(); // V15 created it
        }
    }
}
