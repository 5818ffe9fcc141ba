package com.precog.runner.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.adapters.persistence.TestDatabase;
import com.precog.runner.cli.PrecogCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DbCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {}

    private Run precog(String... args) {
        CommandLine cl = PrecogCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static int migrationFiles() throws Exception {
        // the source of truth, independent of what the code under test reads from the classpath
        Path dir = Path.of("..", "adapters-persistence", "src", "main", "resources", "db", "migration");
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
    }

    @AfterEach
    void clearEnvironment() {
        System.clearProperty("PRECOG_DB_URL");
        System.clearProperty("PRECOG_DB_USER");
        System.clearProperty("PRECOG_DB_PASSWORD");
        System.clearProperty("PRECOG_HOME");
    }

    @Test
    void givenAnExternalDatabase_migrateThenStatusJson_listsEveryMigrationAsApplied() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        System.setProperty("PRECOG_DB_URL", server.url());
        System.setProperty("PRECOG_DB_USER", server.user());
        System.setProperty("PRECOG_DB_PASSWORD", server.password());
        String noConfig = Files.createDirectories(temp.resolve("empty-config")).toString(); // no YAML files: the built-in defaults

        Run migrate = precog("db", "migrate", "--config-dir", noConfig);
        assertThat(migrate.exit()).as(migrate.err()).isZero();

        Run status = precog("db", "status", "--json", "--config-dir", noConfig);
        assertThat(status.exit()).as(status.err()).isZero();
        JsonNode json = JSON.readTree(status.out());
        int files = migrationFiles();
        assertThat(files).isGreaterThanOrEqualTo(8);
        assertThat(json.get("applied").asInt()).isEqualTo(files);
        assertThat(json.get("pending").asInt()).isZero();
        assertThat(json.get("migrations")).hasSize(files).allSatisfy(m -> assertThat(m.get("state").asText()).isEqualTo("Success"));
        assertThat(json.get("row_counts").get("strategies").isIntegralNumber()).isTrue();
        assertThat(json.get("missing_tables")).isEmpty();
    }

    @Test
    void givenNoDatabaseUrl_theEmbeddedDatabaseUnderPrecogHome_keepsItsStateAcrossRestarts() throws Exception {
        Path home = temp.resolve("home");
        System.setProperty("PRECOG_HOME", home.toString());
        String noConfig = Files.createDirectories(temp.resolve("empty-config")).toString(); // no YAML files: the built-in defaults

        Run before = precog("db", "status", "--json", "--config-dir", noConfig);
        assertThat(before.exit()).as(before.err()).isZero();
        JsonNode fresh = JSON.readTree(before.out());
        assertThat(fresh.get("applied").asInt()).isZero();
        assertThat(fresh.get("pending").asInt()).isEqualTo(migrationFiles());
        assertThat(fresh.get("missing_tables")).isNotEmpty();
        // issue #3: status shows the applied migrations and the pending ones, as lists (the counts alone did not)
        assertThat(fresh.get("applied_migrations")).isEmpty();
        assertThat(fresh.get("pending_migrations")).hasSize(migrationFiles());
        assertThat(fresh.get("pending_migrations").get(0).get("version").asText()).isEqualTo("1");
        assertThat(fresh.get("pending_migrations").get(0).get("description").asText()).isEqualTo("foundation");
        assertThat(fresh.get("pending_migrations").get(0).has("installed_on")).isFalse();

        Run migrate = precog("db", "migrate", "--config-dir", noConfig);
        assertThat(migrate.exit()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("applied " + migrationFiles() + " migration(s)");

        Run after = precog("db", "status", "--json", "--config-dir", noConfig);   // a third server start on the same data
        JsonNode json = JSON.readTree(after.out());
        assertThat(json.get("applied").asInt()).isEqualTo(migrationFiles());
        assertThat(json.get("pending").asInt()).isZero();
        assertThat(json.get("pending_migrations")).isEmpty();
        assertThat(json.get("applied_migrations")).hasSize(migrationFiles()).allSatisfy(m -> {
            assertThat(m.get("version").asText()).isNotBlank();
            assertThat(m.get("description").asText()).isNotBlank();
            assertThat(java.time.Instant.parse(m.get("installed_on").asText())).isBefore(java.time.Instant.now().plusSeconds(1));
        });
        assertThat(json.get("applied_migrations").get(19).get("description").asText()).isEqualTo("scalar settlements");
        assertThat(json.get("database").asText()).contains(home.resolve("db").toString());
        assertThat(Files.exists(home.resolve("db").resolve("PG_VERSION"))).isTrue();
    }

    @Test
    void givenADamagedDataDirectory_status_failsWithinSeconds_namingTheDirectoryPostgresReasonAndWhatToDo() throws Exception {
        Path home = temp.resolve("home");
        System.setProperty("PRECOG_HOME", home.toString());
        String config = temp.toString();
        assertThat(precog("db", "migrate", "--config-dir", config).exit()).isZero();
        Path data = home.resolve("db");

        Files.writeString(data.resolve("PG_VERSION"), "garbage\n");
        assertFailsFast(precogTimed("db", "status", "--config-dir", config), data, "PG_VERSION\" does not contain valid data");

        Files.delete(data.resolve("PG_VERSION"));
        assertFailsFast(precogTimed("db", "status", "--config-dir", config), data, "PG_VERSION\" is missing");

        Files.writeString(data.resolve("PG_VERSION"), "17\n");
        Path conf = data.resolve("postgresql.conf");
        String good = Files.readString(conf);
        Files.writeString(conf, good + "\nthis is not = = a setting\n");
        assertFailsFast(precogTimed("db", "status", "--config-dir", config), data, "postgresql.conf");

        Files.writeString(conf, good); // repaired: it starts again, with every row kept
        Run repaired = precog("db", "status", "--json", "--config-dir", config);
        assertThat(repaired.exit()).as(repaired.err()).isZero();
        assertThat(JSON.readTree(repaired.out()).get("applied").asInt()).isEqualTo(migrationFiles());
    }

    @Test
    void givenADataDirectoryWithFilesButNoPostgresqlConf_status_failsAtOnceInsteadOfRunningInitdbOnIt() throws Exception {
        Path home = temp.resolve("home");
        System.setProperty("PRECOG_HOME", home.toString());
        Path data = Files.createDirectories(home.resolve("db"));
        Files.writeString(data.resolve("notes.txt"), "not a database\n");
        Timed r = precogTimed("db", "status", "--config-dir", temp.toString());
        assertFailsFast(r, data, "not empty but has no postgresql.conf");
        assertThat(Files.readString(data.resolve("notes.txt"))).isEqualTo("not a database\n");
    }

    @Test
    void givenAStalePostmasterPidOfAKilledServer_status_stillStarts() throws Exception {
        Path home = temp.resolve("home");
        System.setProperty("PRECOG_HOME", home.toString());
        String config = temp.toString();
        assertThat(precog("db", "migrate", "--config-dir", config).exit()).isZero();
        Path data = home.resolve("db");
        long dead = deadPid();
        Files.writeString(data.resolve("postmaster.pid"), dead + "\n" + data + "\n1700000000\n54329\n/tmp\n127.0.0.1\n  5432001  0\nready   \n");
        Run run = precog("db", "status", "--json", "--config-dir", config);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("applied").asInt()).isEqualTo(migrationFiles());
    }

    /** The pid of a process that has ended (a short-lived child, waited for). */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    record Timed(Run run, long millis) {}

    private Timed precogTimed(String... args) {
        long t0 = System.nanoTime();
        Run run = precog(args);
        return new Timed(run, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void assertFailsFast(Timed r, Path data, String reason) {
        assertThat(r.run().exit()).as(r.run().err()).isEqualTo(1);
        assertThat(r.millis()).as("fails within seconds, not after the 60 s start-up wait").isLessThan(15_000);
        assertThat(r.run().err().strip().lines().toList()).as(r.run().err()).hasSize(1);
        assertThat(r.run().err()).contains("precog: the embedded PostgreSQL cannot start on its data directory " + data)
                .contains(reason).contains("move it aside").doesNotContain("Exception").doesNotContain("HINT");
    }

    @Test
    void givenANonPostgresUrl_status_exitsWithBadInputNamingTheVariable() {
        System.setProperty("PRECOG_DB_URL", "jdbc:mysql://localhost/x");
        Run run = precog("db", "status", "--config-dir", temp.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("PRECOG_DB_URL");
    }
}
