package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.PLATFORMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path temp;

    @Test
    void givenAnEmbeddedDatabase_stateSurvivesARestartOnTheSameDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("db"), 0, 2);
        try (Database db = Database.open(settings)) {
            DatabaseStatus before = db.status();
            assertThat(before.applied()).isZero();
            assertThat(before.pending()).isGreaterThanOrEqualTo(9);
            assertThat(before.missingTables()).contains("positions", "strategies");
            assertThat(before.rowCounts()).isEmpty();
            assertThat(db.migrate()).hasSize(before.pending());
            db.dsl().insertInto(PLATFORMS).set(PLATFORMS.PLATFORM_ID, "kalshi").set(PLATFORMS.NAME, "Kalshi").execute();
            assertThat(db.description()).contains(temp.resolve("db").toString());
        }
        try (Database again = Database.open(settings)) {
            DatabaseStatus after = again.status();
            assertThat(after.pending()).isZero();
            assertThat(after.migrations()).allSatisfy(m -> {
                assertThat(m.state()).isEqualTo("Success");
                assertThat(m.installedOn()).isPresent();
            });
            assertThat(after.rowCounts()).containsEntry("strategies", 0L).containsKey("market_snapshots");
            assertThat(after.missingTables()).isEmpty();
            assertThat(again.migrate()).isEmpty();
            assertThat(again.schemaVersion()).contains(after.migrations().get(after.migrations().size() - 1).version());
            assertThat(again.dsl().fetchCount(PLATFORMS)).isEqualTo(1);
        }
    }

    @Test
    void theEmbeddedServerIsRecognisedByItsDataDirectory_anotherServerOnThePortIsNot() throws Exception {
        // the guard against a port race: a server that took our port before ours bound it serves another directory
        try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres other = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(temp.resolve("other")).setCleanDataDirectory(false).start()) {
            assertThat(Database.servesDataDirectory(other, temp.resolve("other"))).isTrue();
            java.nio.file.Files.createDirectories(temp.resolve("ours"));
            assertThat(Database.servesDataDirectory(other, temp.resolve("ours"))).isFalse();
        }
    }

    @Test
    void aServerThatLostItsPortToAnother_isDiscardedWithoutAnErrorAndStackTraceInTheLog() throws Exception {
        // the port race of startEmbedded: ours cannot bind the port another server took, zonky's readiness probe reaches that
        // one; discarding ours ran pg_ctl stop on a server that never ran, and zonky logged an ERROR with a 30-line stack trace
        ch.qos.logback.classic.Logger zonky = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        zonky.addAppender(seen);
        try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres other = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(temp.resolve("other")).setCleanDataDirectory(false).start()) {
            DatabaseSettings ours = DatabaseSettings.embedded(temp.resolve("ours"), other.getPort(), 2);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres lost = Database.startEmbeddedOn(ours, other.getPort());
            assertThat(Database.servesDataDirectory(lost, temp.resolve("ours"))).isFalse();
            Database.discard(lost);
            assertThat(seen.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR)).isEmpty();
            // the data directory is free again: our server starts on it (on a free port)
            try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres again = Database.startEmbeddedOn(ours, Database.choosePort(0))) {
                assertThat(Database.servesDataDirectory(again, temp.resolve("ours"))).isTrue();
            }
        } finally {
            zonky.detachAppender(seen);
        }
    }

    @Test
    void givenAFreshDataDirectory_initdbSkipsItsSync_theServerStillSyncsEveryCommit_andTheNewFilesAreSyncedLater() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("db"), 0, 2);
        try (Database db = Database.open(settings)) {
            assertThat(db.initialSyncPending()).as("created by this process with initdb --no-sync").isTrue();
            db.migrate();
            // the pool's connections (every commit of the application): durable commits, whatever zonky's -F said
            assertThat(db.dsl().fetchValue("show fsync")).isEqualTo("on");
            assertThat(db.dsl().fetchValue("show synchronous_commit")).isEqualTo("on");
            assertThat(db.dsl().fetchValue("select setting from pg_settings where name = 'fsync'")).isEqualTo("on");
            db.completeInitialSync().get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(db.initialSyncPending()).isFalse();
            assertThat(db.completeInitialSync()).as("done once").isDone();
            assertThat(db.dsl().fetchValue("show synchronous_commit")).as("migrations' setting did not leak into the pool").isEqualTo("on");
        }
        try (Database again = Database.open(settings)) {
            assertThat(again.initialSyncPending()).as("an existing directory: nothing deferred").isFalse();
            assertThat(again.completeInitialSync()).isDone();
            assertThat(again.migrate()).isEmpty();
            assertThat(again.dsl().fetchValue("show fsync")).isEqualTo("on");
        }
    }

    /**
     * A first start killed during initdb: the cluster is built beside the data directory and renamed into place, so what
     * such a kill leaves (a half-built {@code db.initdb}) is cleared at the next start; a data directory an earlier
     * release left unfinished (configuration written, the postgres database not yet made) is moved aside, not served.
     */
    @Test
    void aFirstStartKilledDuringInitdb_leavesNothingThatStopsTheNextStart() throws Exception {
        java.nio.file.Path dataDir = temp.resolve("db");
        java.nio.file.Path building = temp.resolve("db.initdb");
        java.nio.file.Files.createDirectories(building.resolve("base/1"));
        java.nio.file.Files.writeString(building.resolve("postgresql.conf"), "# cut short\n");
        try (Database db = Database.open(DatabaseSettings.embedded(dataDir, 0, 2))) {
            assertThat(db.dsl().fetchValue("select 1")).isEqualTo(1);
        }
        assertThat(building).doesNotExist();
        assertThat(java.nio.file.Files.list(dataDir.resolve("base")).count()).isGreaterThanOrEqualTo(3);

        java.nio.file.Path old = temp.resolve("old");
        java.nio.file.Files.createDirectories(old.resolve("base/1"));
        java.nio.file.Files.writeString(old.resolve("postgresql.conf"), "# an earlier release's initdb, killed\n");
        try (Database db = Database.open(DatabaseSettings.embedded(old, 0, 2))) {
            assertThat(db.dsl().fetchValue("select 1")).isEqualTo(1);
        }
        try (var siblings = java.nio.file.Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("old.unfinished-"));
        }
    }

    @Test
    void givenTheDeferredSyncWasNeverAsked_closeSyncsTheNewFilesBeforeReturning() {
        try (Database db = Database.open(DatabaseSettings.embedded(temp.resolve("db"), 0, 2))) {
            assertThat(db.initialSyncPending()).isTrue();
            db.close();
            assertThat(db.initialSyncPending()).isFalse();
        }
    }

    @Test
    void fsyncTree_syncsEveryFileAndDirectory() throws Exception {
        Path root = temp.resolve("tree");
        java.nio.file.Files.createDirectories(root.resolve("a/b"));
        java.nio.file.Files.writeString(root.resolve("a/b/f1"), "x");
        java.nio.file.Files.writeString(root.resolve("f2"), "y");
        assertThat(Database.fsyncTree(root)).as("2 files + 3 directories").isEqualTo(5);
    }

    @Test
    void migrationSummary_upToDateSchema_namesTheCurrentVersionNotNull() {
        // Flyway's MigrateResult has targetSchemaVersion == null when nothing was applied
        assertThat(Database.migrationSummary("db", "11", null, 0)).isEqualTo("schema of db is up to date at version 11 (0 applied now)");
        assertThat(Database.migrationSummary("db", null, "11", 11)).isEqualTo("migrated db from version <empty> to version 11 (11 applied now)");
        assertThat(Database.migrationSummary("db", "9", "11", 2)).isEqualTo("migrated db from version 9 to version 11 (2 applied now)");
        assertThat(Database.migrationSummary("db", null, null, 0)).doesNotContain("null");
    }

    @Test
    void givenThePreferredPortIsTaken_choosePort_picksAnotherFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = Database.choosePort(taken.getLocalPort());
            assertThat(port).isPositive().isNotEqualTo(taken.getLocalPort());
        }
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        assertThat(Database.choosePort(free)).isEqualTo(free);
    }

    @Test
    void givenAHomeThatCannotHoldTheDataDirectory_open_saysWhy() throws Exception {
        // PRECOG_HOME a file (or read-only): the message said only "cannot lock …/db.lock", not why
        Path file = java.nio.file.Files.writeString(temp.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(file.resolve("db"), 0, 2)))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(file.resolve("db.lock").toString())
                .hasMessageContaining("Not a directory")
                .hasMessageContaining("PRECOG_HOME");
    }

    @Test
    void givenAnUnreachableServer_open_failsNamingTheServerWithoutThePassword() {
        DatabaseSettings s = DatabaseSettings.external("jdbc:postgresql://127.0.0.1:1/x", "u", "s3cret", 1, "public");
        assertThatThrownBy(() -> Database.open(s)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("s3cret");
    }

    @Test
    void settingsFromTheEnvironment() {
        DatabaseSettings embedded = DatabaseSettings.fromEnvironment(Map.of("PRECOG_HOME", "/data/precog"), 8, 54329);
        assertThat(embedded.isEmbedded()).isTrue();
        assertThat(embedded.embeddedDataDir()).isEqualTo(Path.of("/data/precog/db"));
        assertThat(embedded.user()).isEqualTo("postgres");

        DatabaseSettings external = DatabaseSettings.fromEnvironment(Map.of("PRECOG_DB_URL", "jdbc:postgresql://db:5432/precog?password=pw",
                "PRECOG_DB_USER", "precog", "PRECOG_DB_PASSWORD", "pw"), 4, 54329);
        assertThat(external.isEmbedded()).isFalse();
        assertThat(external.toString()).doesNotContain("pw").contains("precog", "<redacted>");
        assertThat(DatabaseSettings.redact("jdbc:postgresql://u:pw@db/x")).isEqualTo("jdbc:postgresql://<redacted>@db/x");
        assertThat(DatabaseSettings.fromEnvironment(Map.of("PRECOG_DB_URL", " "), 1, 0).isEmbedded()).isTrue();
    }

    @Test
    void invalidSettingsNameTheBadValue() {
        assertThatThrownBy(() -> DatabaseSettings.fromEnvironment(Map.of("PRECOG_DB_URL", "jdbc:mysql://x/y"), 4, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRECOG_DB_URL").hasMessageContaining("jdbc:mysql");
        assertThatThrownBy(() -> DatabaseSettings.embedded(temp, 0, 0)).hasMessageContaining("database.pool_size");
        assertThatThrownBy(() -> DatabaseSettings.embedded(temp, 70_000, 4)).hasMessageContaining("embeddedPort");
        assertThatThrownBy(() -> DatabaseSettings.embedded(temp, 0, 4).withSchema("Bad-Schema")).hasMessageContaining("schema");
        assertThatThrownBy(() -> DatabaseSettings.embedded(temp, 0, 4).withConnectionTimeout(java.time.Duration.ofMillis(100)))
                .hasMessageContaining("database.connection_timeout");
    }

    /** system.yaml's database.connection_timeout is the pool's wait for a connection (it was a fixed 10 s). */
    @Test
    void theConfiguredConnectionTimeout_isThePoolsWait() {
        DatabaseSettings s = DatabaseSettings.embedded(temp.resolve("db"), 0, 2).withConnectionTimeout(java.time.Duration.ofSeconds(3));
        assertThat(s.withSchema("other").connectionTimeout()).as("kept by withSchema").isEqualTo(java.time.Duration.ofSeconds(3));
        try (Database db = Database.open(s)) {
            assertThat(db.dataSource()).isInstanceOfSatisfying(com.zaxxer.hikari.HikariDataSource.class,
                    h -> assertThat(h.getConnectionTimeout()).isEqualTo(3_000));
        }
    }
}
