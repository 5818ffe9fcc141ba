package com.precog.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/**
 * A migrated PostgreSQL for tests, one fresh schema per call (per test class), on one server per JVM:
 * <ol>
 *   <li>the server named by {@code PRECOG_TEST_DB_URL} (system property or environment; with
 *       {@code PRECOG_TEST_DB_USER} / {@code PRECOG_TEST_DB_PASSWORD}) if given;</li>
 *   <li>else a Testcontainers PostgreSQL when a Docker engine is reachable;</li>
 *   <li>else an embedded (zonky) PostgreSQL.</li>
 * </ol>
 * {@code PRECOG_TEST_DB=embedded} or {@code =docker} forces one of the last two ({@code docker}
 * fails when no engine answers rather than falling back). Shipped in the test-jar so the runner's
 * tests get the same database.
 *
 * <pre>{@code
 * static final TestDatabase DB = TestDatabase.freshSchema();   // migrated, empty
 * DB.dsl().selectFrom(POSITIONS)...
 * }</pre>
 */
public final class TestDatabase {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static volatile Server server;

    private final Database database;

    private TestDatabase(Database database) {
        this.database = database;
    }

    /** A new, Flyway-migrated schema on the shared test server. */
    public static TestDatabase freshSchema() {
        Server s = server();
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        Database db = Database.open(DatabaseSettings.external(s.url, s.user, s.password, 4, schema));
        db.migrate();
        return new TestDatabase(db);
    }

    /** JDBC URL, user and password of the shared test server (e.g. for a CLI test that sets PRECOG_DB_URL). */
    public static Server server() {
        Server s = server;
        if (s == null) {
            synchronized (TestDatabase.class) {
                s = server;
                if (s == null) {
                    server = s = startServer();
                }
            }
        }
        return s;
    }

    /** Which server the tests use. */
    enum Kind { URL, DOCKER, EMBEDDED }

    /**
     * The choice, from the settings and what the machine has: a URL wins; {@code mode} ("auto",
     * "docker", "embedded") picks between Docker and embedded; "auto" takes Docker when a quick
     * look finds an engine and Testcontainers confirms it.
     */
    static Kind choose(Optional<String> url, String mode, java.util.function.BooleanSupplier dockerLikely,
                       java.util.function.BooleanSupplier dockerAvailable) {
        if (url.isPresent()) return Kind.URL;
        return switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "embedded" -> Kind.EMBEDDED;
            case "docker" -> Kind.DOCKER;
            case "auto", "" -> dockerLikely.getAsBoolean() && dockerAvailable.getAsBoolean() ? Kind.DOCKER : Kind.EMBEDDED;
            default -> throw new IllegalArgumentException(
                    "PRECOG_TEST_DB must be auto, docker or embedded, not '" + mode + "'");
        };
    }

    private static Server startServer() {
        Optional<String> url = setting("PRECOG_TEST_DB_URL");
        Kind kind = choose(url, setting("PRECOG_TEST_DB").orElse("auto"),
                () -> DockerPostgres.engineLikely(System.getenv(), Path.of(System.getProperty("user.home"))),
                DockerPostgres::engineAvailable);
        if (kind == Kind.URL) {
            return new Server(url.get(), setting("PRECOG_TEST_DB_USER").orElse("postgres"),
                    setting("PRECOG_TEST_DB_PASSWORD").orElse(""), "PRECOG_TEST_DB_URL");
        }
        if (kind == Kind.DOCKER) {
            return DockerPostgres.start();
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();   // stopped by zonky's shutdown hook
            return new Server(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded test PostgreSQL", e);
        }
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(v -> !v.isBlank());
    }

    public Database database() {
        return database;
    }

    public DSLContext dsl() {
        return database.dsl();
    }

    public String schema() {
        return database.settings().schema();
    }

    /** The shared test server. */
    public record Server(String url, String user, String password, String kind) {
        @Override
        public String toString() {
            return kind + " " + DatabaseSettings.redact(url);
        }
    }
}
