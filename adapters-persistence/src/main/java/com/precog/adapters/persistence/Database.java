package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.CIRCUIT_BREAKER_EVENTS;
import static com.precog.adapters.persistence.jooq.Tables.EDGES;
import static com.precog.adapters.persistence.jooq.Tables.EVALUATION_RUNS;
import static com.precog.adapters.persistence.jooq.Tables.EXIT_ATTEMPTS;
import static com.precog.adapters.persistence.jooq.Tables.GAMES;
import static com.precog.adapters.persistence.jooq.Tables.GAME_STATES;
import static com.precog.adapters.persistence.jooq.Tables.HISTORICAL_PLAYS;
import static com.precog.adapters.persistence.jooq.Tables.MARKETS;
import static com.precog.adapters.persistence.jooq.Tables.MARKET_SNAPSHOTS;
import static com.precog.adapters.persistence.jooq.Tables.ORDERS;
import static com.precog.adapters.persistence.jooq.Tables.POSITIONS;
import static com.precog.adapters.persistence.jooq.Tables.POSITION_EXITS;
import static com.precog.adapters.persistence.jooq.Tables.PREDICTIONS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;
import static com.precog.adapters.persistence.jooq.Tables.SETTLEMENTS;
import static com.precog.adapters.persistence.jooq.Tables.STRATEGIES;
import static com.precog.adapters.persistence.jooq.Tables.TRADES;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Precog's PostgreSQL: an embedded server under {@code $PRECOG_HOME/db} (state survives restarts) or an
 * external one, a HikariCP pool, Flyway migrations from {@code classpath:db/migration} and a jOOQ context.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    static {
        // jOOQ's banner and tips would otherwise go to the log on first use
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    /** The tables whose row counts {@link #status()} reports (current rows for SCD2 tables are not separated). */
    static final List<Table<?>> MAIN_TABLES = List.of(
            MARKETS, MARKET_SNAPSHOTS, GAMES, GAME_STATES, HISTORICAL_PLAYS, PROBABILITY_MODELS, STRATEGIES, EDGES,
            ORDERS, TRADES, POSITIONS, POSITION_EXITS, EXIT_ATTEMPTS, SETTLEMENTS, CIRCUIT_BREAKER_EVENTS,
            EVALUATION_RUNS, PREDICTIONS);

    private final DatabaseSettings settings;
    private final EmbeddedPostgres embedded;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final String description;
    private java.nio.channels.FileChannel dataDirLock;

    private Database(DatabaseSettings settings, EmbeddedPostgres embedded, HikariDataSource dataSource, String description) {
        this.settings = settings;
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.description = description;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
    }

    /** Starts the embedded server if no URL is configured, then opens the pool. Does not migrate. */
    public static Database open(DatabaseSettings settings) {
        EmbeddedPostgres embedded = null;
        String url;
        String description;
        java.nio.channels.FileChannel lock = null;
        if (settings.isEmbedded()) {
            lock = lockDataDirectory(settings.embeddedDataDir());
            try {
                embedded = startEmbedded(settings);
            } catch (RuntimeException e) {
                closeQuietly(lock);
                throw e;
            }
            url = embedded.getJdbcUrl("postgres", "postgres");
            description = "embedded PostgreSQL, data in " + settings.embeddedDataDir() + ", port " + embedded.getPort();
        } else {
            url = settings.url().orElseThrow();
            description = DatabaseSettings.redact(url);
        }
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(settings.user());
            if (!settings.password().isEmpty()) {
                config.setPassword(settings.password());
            }
            config.setMaximumPoolSize(settings.poolSize());
            config.setMinimumIdle(Math.min(2, settings.poolSize()));
            config.setSchema(settings.schema());
            config.setPoolName("precog-db");
            config.setConnectionTimeout(10_000);
            Database db = new Database(settings, embedded, new HikariDataSource(config), description);
            db.dataDirLock = lock;
            return db;
        } catch (RuntimeException e) {
            closeQuietly(embedded);
            closeQuietly(lock);
            throw new IllegalStateException("cannot connect to " + description + " as '" + settings.user() + "': " + rootMessage(e), e);
        }
    }

    private static EmbeddedPostgres startEmbedded(DatabaseSettings settings) {
        try {
            Files.createDirectories(settings.embeddedDataDir());
            stopOrphanedServer(settings.embeddedDataDir());
            int port = choosePort(settings.embeddedPort());
            log.info("starting embedded PostgreSQL (data {}, port {})", settings.embeddedDataDir(), port);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(settings.embeddedDataDir())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60)) // first start runs initdb; a loaded machine needs more than zonky's 10 s
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + settings.embeddedDataDir()
                    + " (is another precog process using it?): " + e.getMessage(), e);
        }
    }

    /**
     * A precog process killed with SIGKILL leaves its embedded PostgreSQL running (it is a child
     * process, not a thread), holding the data directory. Called with the directory's lock held
     * ({@link #lockDataDirectory}), so a live postmaster named by {@code postmaster.pid} has no
     * owner: it is shut down (SIGTERM, then waited for) so the restart can start the server again;
     * PostgreSQL's crash recovery makes the data consistent.
     */
    static void stopOrphanedServer(java.nio.file.Path dataDir) {
        java.nio.file.Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return;
        }
        java.util.Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (server.isEmpty()) return; // stale pid file: PostgreSQL handles it on start
        boolean postgres = server.get().info().command().map(c -> c.contains("postgres")).orElse(false);
        if (!postgres) return; // the pid was reused by something else: PostgreSQL treats the file as stale
        log.warn("stopping the embedded PostgreSQL (pid {}) left running by a killed precog process in {}", pid, dataDir);
        server.get().destroy();
        try {
            server.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            server.get().destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            // gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The preferred port if it is free on loopback, else any free port; 0 = any. */
    static int choosePort(int preferred) throws IOException {
        if (preferred > 0) {
            try (ServerSocket s = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                log.warn("port {} is taken; the embedded PostgreSQL uses a free port instead", preferred);
            }
        }
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .schemas(settings.schema())
                .defaultSchema(settings.schema())
                .load();
    }

    /** Applies every pending migration; returns the versions applied by this call. */
    public List<String> migrate() {
        MigrateResult result = flyway().migrate();
        List<String> applied = result.migrations.stream().map(m -> m.version).toList();
        log.info(migrationSummary(description, result.initialSchemaVersion, result.targetSchemaVersion, applied.size()));
        return applied;
    }

    /**
     * The log line of {@link #migrate()}. Flyway reports no target version when nothing was applied (the
     * schema was already up to date): then the version is the one the schema had before the call.
     */
    static String migrationSummary(String database, String initialVersion, String targetVersion, int appliedNow) {
        if (appliedNow == 0) {
            return initialVersion == null
                    ? "migrated " + database + ": no migrations found, schema empty"
                    : "schema of " + database + " is up to date at version " + initialVersion + " (0 applied now)";
        }
        return "migrated " + database + " from version " + (initialVersion == null ? "<empty>" : initialVersion) + " to version "
                + targetVersion + " (" + appliedNow + " applied now)";
    }

    /** The version of the last applied migration, empty when none is applied. */
    public Optional<String> schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null || current.getVersion() == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    /** Applied and pending migrations, and the row counts of the main tables that exist. */
    public DatabaseStatus status() {
        MigrationInfo[] all = flyway().info().all();
        List<DatabaseStatus.Migration> migrations = Arrays.stream(all)
                .map(m -> new DatabaseStatus.Migration(
                        m.getVersion() == null ? "" : m.getVersion().getVersion(),
                        m.getDescription(),
                        m.getState().getDisplayName(),
                        Optional.ofNullable(m.getInstalledOn()).map(d -> d.toInstant())))
                .toList();
        long pending = Arrays.stream(all).filter(m -> m.getState() == MigrationState.PENDING).count();
        long applied = Arrays.stream(all).filter(m -> m.getState().isApplied()).count();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Table<?> t : MAIN_TABLES) {
            try {
                counts.put(t.getName(), (long) dsl.fetchCount(t));
            } catch (DataAccessException e) {
                missing.add(t.getName());
            }
        }
        return new DatabaseStatus(description, (int) applied, (int) pending, migrations, counts, missing);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Where the database is, without credentials. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
        closeQuietly(embedded);
        closeQuietly(dataDirLock);
    }

    /**
     * One precog process at a time owns an embedded data directory: an OS file lock next to it
     * ({@code db.lock}), released by the OS even when the process is killed. Holding it, any
     * PostgreSQL still running on the directory is an orphan of a killed process.
     */
    static java.nio.channels.FileChannel lockDataDirectory(java.nio.file.Path dataDir) {
        java.nio.file.Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        java.nio.channels.FileChannel ch = null;
        try {
            Files.createDirectories(dataDir);
            ch = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock = ch.tryLock();
            if (lock == null) throw new java.nio.channels.OverlappingFileLockException();
            return ch;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new IllegalStateException("another precog process is using the embedded database in " + dataDir
                    + " (stop it, or set PRECOG_HOME to another directory)");
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    private static void closeQuietly(java.nio.channels.FileChannel ch) {
        if (ch != null) {
            try {
                ch.close(); // releases the lock
            } catch (IOException e) {
                log.warn("cannot release the data directory lock: {}", e.getMessage());
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage();
    }
}
