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
    /** Set when this process created the data directory with {@code initdb --no-sync}: its files still have to reach the disk. */
    private volatile java.nio.file.Path unsyncedDataDir;
    private java.util.concurrent.CompletableFuture<Void> initialSync;

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
        boolean createdUnsynced = false;
        if (settings.isEmbedded()) {
            warmUpInBackground();
            lock = lockDataDirectory(settings.embeddedDataDir());
            try {
                createdUnsynced = initdbWithoutSync(settings.embeddedDataDir());
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
            config.setConnectionTimeout(settings.connectionTimeout().toMillis());
            Database db = new Database(settings, embedded, new HikariDataSource(config), description);
            db.dataDirLock = lock;
            if (createdUnsynced) db.unsyncedDataDir = settings.embeddedDataDir();
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
            checkDataDirectory(settings.embeddedDataDir());
            int port = choosePort(settings.embeddedPort());
            for (int attempt = 1; ; attempt++) {
                EmbeddedPostgres pg = startEmbeddedOn(settings, port);
                if (servesDataDirectory(pg, settings.embeddedDataDir())) return pg;
                // the port was free when chosen, but another server took it before ours bound it; zonky's readiness
                // probe then reached that server: never use someone else's database
                discard(pg);
                if (attempt == 2) {
                    throw new IllegalStateException("the embedded PostgreSQL on port " + port + " is not the one of "
                            + settings.embeddedDataDir() + " (another server took the port)");
                }
                log.warn("port {} was taken by another PostgreSQL while ours started; retrying on a free port", port);
                port = choosePort(0);
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Gave up waiting")) { // zonky's start-up timeout; the directory is ours (locked)
                throw new UncheckedIOException("the embedded PostgreSQL did not start on its data directory " + settings.embeddedDataDir()
                        + " within " + STARTUP_WAIT.toSeconds() + " s (--log-level DEBUG shows PostgreSQL's own messages). " + WHAT_TO_DO, e);
            }
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + settings.embeddedDataDir()
                    + " (is another precog process using it?): " + e.getMessage(), e);
        }
    }

    /** How long zonky waits for the server to accept connections: a first start runs initdb, a restart may replay WAL. */
    private static final java.time.Duration STARTUP_WAIT = java.time.Duration.ofSeconds(60);

    private static final String WHAT_TO_DO = "If the directory is damaged, move it aside (keep it: it holds precog's database) and run again"
            + " to start with an empty database, or restore it from a backup; or set PRECOG_DB_URL to use another PostgreSQL.";

    /**
     * PostgreSQL's own start-up checks of an existing data directory, before zonky starts the server on it. zonky ignores
     * pg_ctl's failure and waits its whole start-up timeout (60 s) for a server that exited at once: a missing or garbage
     * {@code PG_VERSION}, an unreadable or invalid {@code postgresql.conf}, a missing {@code global/pg_control}.
     * {@code postgres -C shared_memory_size} reads the configuration, validates the directory, takes its lock file and
     * reads the control file, then prints the setting and exits without starting a server (a runtime-computed setting is
     * printed only after those checks): a few milliseconds. A stale {@code postmaster.pid} left by a killed process
     * passes, as it does on a real start (the orphaned server itself was stopped before). Without the binaries (zonky's
     * layout changed) nothing is checked here.
     *
     * @throws IllegalStateException naming the directory, PostgreSQL's reason and what to do
     */
    static void checkDataDirectory(java.nio.file.Path dataDir) {
        if (!Files.exists(dataDir.resolve("postgresql.conf"))) {
            boolean holdsFiles;
            try (var entries = Files.list(dataDir)) {
                holdsFiles = entries.findAny().isPresent();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedded PostgreSQL's data directory " + dataDir + ": " + e.getMessage(), e);
            }
            // initdb runs next, and refuses a directory with anything in it (an interrupted first start, a damaged directory)
            if (holdsFiles) throw new IllegalStateException(cannotStart(dataDir, "the directory is not empty but has no postgresql.conf"));
            return;
        }
        java.io.File pgDir = zonkyBinaries();
        if (pgDir == null) return;
        List<String> command = new ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) command.addAll(List.of("unshare", "-U")); // as zonky starts it
        command.addAll(List.of(new java.io.File(pgDir, "bin/postgres").getPath(), "-D", dataDir.toString(), "-C", "shared_memory_size"));
        String output;
        int code;
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start(); // a few short lines: the pipe never fills
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                log.debug("the check of {} did not end within 10 s: the start reports what it finds", dataDir);
                return;
            }
            code = p.exitValue();
            output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.debug("cannot check {} before the start ({}): the start reports what it finds", dataDir, e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (code == 0) return;
        throw new IllegalStateException(cannotStart(dataDir, postgresReason(output, code)));
    }

    private static String cannotStart(java.nio.file.Path dataDir, String reason) {
        return "the embedded PostgreSQL cannot start on its data directory " + dataDir + ": " + reason + (reason.endsWith(".") ? " " : ". ") + WHAT_TO_DO;
    }

    /**
     * PostgreSQL's messages on one line, without their time stamp and pid prefix and without its HINT (it suggests
     * {@code initdb}, which precog runs itself on an empty directory): {@code FATAL: "/x/db" is not a valid data directory
     * DETAIL: File "/x/db/PG_VERSION" does not contain valid data.}
     */
    static String postgresReason(String output, int exitCode) {
        List<String> kept = new ArrayList<>();
        for (String line : output.strip().split("\\R")) {
            String text = line.replaceFirst("^\\d{4}-\\d\\d-\\d\\d [\\d:.]+ \\S+ \\[\\d+\\] ", "").strip();
            if (text.isEmpty() || text.startsWith("HINT:")) continue;
            kept.add(text.replaceAll("\\s+", " "));
        }
        return kept.isEmpty() ? "PostgreSQL's check of it exited with " + exitCode : String.join(" ", kept);
    }

    /** Whether the server behind {@code pg}'s port runs on {@code dataDir} (and not another process's directory). */
    static boolean servesDataDirectory(EmbeddedPostgres pg, java.nio.file.Path dataDir) {
        try (java.sql.Connection c = pg.getPostgresDatabase().getConnection();
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SHOW data_directory")) {
            if (!rs.next()) return false;
            return java.nio.file.Path.of(rs.getString(1)).toRealPath().equals(dataDir.toRealPath());
        } catch (java.sql.SQLException | IOException e) {
            log.warn("cannot check which data directory the embedded PostgreSQL serves: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Discards a started server that is not serving our data directory (see {@link #startEmbedded}). When our postmaster
     * already exited (it could not bind the port), zonky's {@code close()} would run {@code pg_ctl stop} on a server that never
     * ran and log an ERROR with a stack trace on a command that then succeeds: only zonky's data-directory lock is released
     * (and the instance marked closed, so its shutdown hook does nothing). A postmaster still running is stopped as usual.
     */
    static void discard(EmbeddedPostgres pg) {
        Process postmaster = pg.getProcess();
        boolean exited;
        try {
            exited = postmaster == null || postmaster.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        if (!exited || !releaseWithoutStopping(pg)) closeQuietly(pg);
    }

    /** Marks zonky's instance closed and releases its data-directory lock; false (nothing changed) if its fields are not as expected. */
    private static boolean releaseWithoutStopping(EmbeddedPostgres pg) {
        try {
            java.lang.reflect.Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            java.lang.reflect.Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
            java.lang.reflect.Field lockStream = EmbeddedPostgres.class.getDeclaredField("lockStream");
            closed.setAccessible(true);
            lock.setAccessible(true);
            lockStream.setAccessible(true);
            java.util.concurrent.atomic.AtomicBoolean isClosed = (java.util.concurrent.atomic.AtomicBoolean) closed.get(pg);
            if (isClosed.get()) return true;
            if (lock.get(pg) instanceof java.nio.channels.FileLock l) l.release();
            if (lockStream.get(pg) instanceof java.io.Closeable c) c.close();
            isClosed.set(true); // last: a failure above leaves the instance to zonky's own close()
            return true;
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            log.debug("cannot release the discarded embedded PostgreSQL without stopping it ({}): closing it", e.toString());
            return false;
        }
    }

    static EmbeddedPostgres startEmbeddedOn(DatabaseSettings settings, int port) throws IOException {
        log.info("starting embedded PostgreSQL (data {}, port {})", settings.embeddedDataDir(), port);
        return EmbeddedPostgres.builder()
                .setDataDirectory(settings.embeddedDataDir())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky starts the server with -F (fsync off) and synchronous_commit off; these come after -F on the
                // command line, so they win: a commit returns once its WAL is on disk, checkpoints fsync the data files.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(STARTUP_WAIT) // first start runs initdb; a loaded machine needs more than zonky's 10 s
                .start();
    }

    /**
     * First start of an empty data directory: runs zonky's {@code initdb} command line plus {@code --no-sync}, so the
     * new cluster's ~40 MB are not fsync'd on the start-up path (2 s of a 4 s initdb on this machine). The sync is
     * done later by {@link #completeInitialSync()} (after the daemon is ready) or at the latest by {@link #close()}.
     * Nothing else changes: the server itself runs with fsync and synchronous_commit on. Returns false (and zonky runs
     * its own, syncing initdb) if the directory is initialised already or zonky's binaries cannot be located.
     */
    static boolean initdbWithoutSync(java.nio.file.Path dataDir) {
        setAsideUnfinishedCluster(dataDir);
        if (Files.exists(dataDir.resolve("postgresql.conf"))) return false;
        java.io.File pgDir = zonkyBinaries();
        if (pgDir == null) return false;
        // initdb runs in a sibling directory renamed into place when it is done: a start killed during initdb leaves no
        // half-made cluster where the data belongs (one whose server starts without its postgres database, for good)
        java.nio.file.Path building = dataDir.resolveSibling(dataDir.getFileName() + ".initdb");
        try {
            Files.createDirectories(dataDir);
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) return false; // not ours to touch: leave it to zonky (initdb refuses it too)
            }
            if (Files.exists(building)) deleteContents(building); // a first start killed during initdb
            Files.createDirectories(building);
            long t0 = System.nanoTime();
            List<String> command = new ArrayList<>();
            // as zonky does: as root, initdb (which refuses root) runs in a user namespace
            if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) command.addAll(List.of("unshare", "-U"));
            command.addAll(List.of(new java.io.File(pgDir, "bin/initdb").getPath(), "-A", "trust", "-U", "postgres", "-D", building.toString(),
                    "-E", "UTF-8", "--no-sync", "--no-instructions"));
            run(command);
            Files.delete(dataDir); // empty (checked above); the rename puts the finished cluster in its place
            Files.move(building, dataDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.info("initdb (no sync; synced after start-up) of {} took {} ms", dataDir, (System.nanoTime() - t0) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("initdb --no-sync failed ({}); zonky's initdb runs instead", e.getMessage());
            if (Files.exists(building)) {
                deleteContents(building);
                try {
                    Files.deleteIfExists(building);
                } catch (IOException ignored) {
                    // left for the next start, which clears it first
                }
            }
            try {
                Files.createDirectories(dataDir);
            } catch (IOException ignored) {
                // zonky reports it
            }
            return false;
        }
    }

    /**
     * A data directory an earlier release's first start left unfinished (killed during initdb, which then ran in place):
     * its configuration is written but the {@code postgres} database, made last, is not — {@code base} holds fewer than
     * its three databases (template1, template0, postgres). No server ever served it and precog never stored anything
     * in it, so it is moved aside ({@code db.unfinished-<time>}) and the start initialises a new cluster, instead of
     * waiting 60 s for a server that cannot serve and advising to keep the directory.
     */
    static void setAsideUnfinishedCluster(java.nio.file.Path dataDir) {
        if (!Files.exists(dataDir.resolve("postgresql.conf"))) return;
        java.nio.file.Path base = dataDir.resolve("base");
        long databases;
        try (var entries = Files.isDirectory(base) ? Files.list(base) : java.util.stream.Stream.<java.nio.file.Path>empty()) {
            databases = entries.filter(Files::isDirectory).count();
        } catch (IOException e) {
            return;
        }
        if (databases >= 3 || Files.exists(dataDir.resolve("postmaster.pid"))) return;
        java.nio.file.Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".unfinished-" + System.currentTimeMillis());
        try {
            Files.move(dataDir, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.createDirectories(dataDir);
            log.warn("the embedded database directory {} was left unfinished by a first start that was stopped during initdb (it holds {}"
                    + " of the 3 databases a finished cluster has, and never held precog's data): moved to {}; a new cluster is made",
                    dataDir, databases, aside);
        } catch (IOException e) {
            log.warn("cannot move the unfinished database directory {} aside: {}", dataDir, e.getMessage());
        }
    }

    /**
     * While the embedded server starts (a child process: initdb on a first start, pg_ctl), another thread loads and
     * initialises what comes right after it — the JDBC driver, HikariCP, Flyway's plugins, jOOQ and the generated
     * tables, one rendered query per main table — so that class loading and first-use JIT are not on the start-up path.
     * Only CPU work; nothing connects. Failures are ignored (the real use reports them).
     */
    private static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                Class.forName("org.postgresql.Driver");
                new HikariConfig().setPoolName("warm-up");
                Flyway.configure().locations("classpath:db/migration");
                DSLContext render = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
                for (Table<?> table : MAIN_TABLES) {
                    render.selectFrom(table).where(DSL.trueCondition()).orderBy(table.fields()[0]).limit(1).getSQL();
                    render.selectCount().from(table).getSQL();
                }
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                log.debug("start-up warm-up skipped: {}", e.toString());
            }
        }, "precog-db-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** zonky's unpacked PostgreSQL (it unpacks once per machine and caches the directory; the same call it makes). */
    private static java.io.File zonkyBinaries() {
        try {
            java.lang.reflect.Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries",
                    io.zonky.test.db.postgres.embedded.PgBinaryResolver.class, java.io.File.class);
            prepare.setAccessible(true);
            java.io.File dir = (java.io.File) prepare.invoke(null,
                    io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver.INSTANCE, null);
            return dir != null && new java.io.File(dir, "bin/initdb").canExecute() ? dir : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("zonky's binaries cannot be located ({}): its own initdb runs", e.toString());
            return null;
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            int code = p.waitFor();
            if (code != 0) throw new IOException(command.get(0) + " exited with " + code + ": " + output.strip());
            if (!output.isBlank()) log.debug("{}: {}", command.get(0), output.strip());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command.get(0), e);
        }
    }

    private static void deleteContents(java.nio.file.Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("cannot clean {}: {}", dir, e.getMessage());
        }
    }

    /**
     * The deferred half of {@link #initdbWithoutSync}: fsyncs every file and directory of a data directory this process
     * created (what {@code initdb} would have done before returning; safe while the server runs, as
     * {@code initdb --sync-only} is) on a background thread. Done at most once; an already synced or external database
     * completes at once.
     */
    public synchronized java.util.concurrent.CompletableFuture<Void> completeInitialSync() {
        if (initialSync != null) return initialSync;
        java.nio.file.Path dir = unsyncedDataDir;
        if (dir == null) {
            initialSync = java.util.concurrent.CompletableFuture.completedFuture(null);
            return initialSync;
        }
        initialSync = java.util.concurrent.CompletableFuture.runAsync(() -> {
            long t0 = System.nanoTime();
            int synced = fsyncTree(dir);
            unsyncedDataDir = null;
            log.info("new database files in {} synced to disk ({} files and directories) in {} ms", dir, synced, (System.nanoTime() - t0) / 1_000_000);
        }, r -> {
            Thread t = new Thread(r, "precog-db-initial-sync");
            t.setDaemon(true);
            t.start();
        });
        return initialSync;
    }

    /** fsync of every regular file, then every directory (deepest first, so new entries are durable); returns the count. */
    static int fsyncTree(java.nio.file.Path root) {
        List<java.nio.file.Path> dirs = new ArrayList<>();
        int[] count = {0};
        try (var walk = Files.walk(root)) {
            walk.forEach(p -> {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    dirs.add(p);
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    force(p);
                    count[0]++;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync " + root, e);
        }
        java.util.Collections.reverse(dirs);
        for (java.nio.file.Path d : dirs) {
            force(d);
            count[0]++;
        }
        return count[0];
    }

    private static void force(java.nio.file.Path p) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (java.nio.file.NoSuchFileException gone) {
            // removed by the server meanwhile (a temporary file): nothing to make durable
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fsync " + p, e);
        }
    }

    /** True until the files of a data directory this process created with {@code initdb --no-sync} are synced. */
    public boolean initialSyncPending() {
        return unsyncedDataDir != null;
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
                .dataSource(migrationDataSource())
                .locations("classpath:db/migration")
                .schemas(settings.schema())
                .defaultSchema(settings.schema())
                .load();
    }

    /**
     * Flyway's connections. On the embedded server they are its own, unpooled, with {@code synchronous_commit} off
     * (the first start applies every migration, one commit each, and would otherwise wait for a WAL flush per
     * commit; a migration lost to a crash is applied again on the next start, and the first synchronous commit of the
     * session flushes all WAL before it anyway). The pool's connections keep synchronous commits.
     */
    private DataSource migrationDataSource() {
        if (embedded == null) return dataSource;
        return embedded.getDatabase(settings.user(), "postgres", Map.of("options", "-c synchronous_commit=off"));
    }

    /**
     * Applies every pending migration; returns the versions applied by this call. Refuses (IllegalStateException, nothing
     * applied) a schema that a newer precog migrated past this one's last migration: this precog would read and write
     * tables whose shape or meaning changed after it was built (Flyway itself only warns).
     */
    public List<String> migrate() {
        Flyway flyway = flyway();
        refuseNewerSchema(flyway.info().all());
        MigrateResult result = flyway.migrate();
        List<String> applied = result.migrations.stream().map(m -> m.version).toList();
        log.info(migrationSummary(description, result.initialSchemaVersion, result.targetSchemaVersion, applied.size()));
        return applied;
    }

    private void refuseNewerSchema(MigrationInfo[] all) {
        List<String> future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion() == null ? m.getDescription() : m.getVersion().getVersion())
                .toList();
        if (future.isEmpty()) return;
        String ours = Arrays.stream(all).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("none");
        throw new IllegalStateException("the schema of " + description + " is at version " + future.getLast()
                + ", newer than this precog knows (its last migration is " + ours + "): a newer precog migrated it;"
                + " use that release or a later one with this database");
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
        if (unsyncedDataDir != null) {
            try {
                completeInitialSync().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("the new database files in {} were not synced to disk: {}", unsyncedDataDir, e.getMessage());
            }
        }
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
            // say why (a PRECOG_HOME that is a file, read-only, or not ours), the exception alone often only names the path
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString();
            throw new UncheckedIOException("cannot lock " + lockFile + ": " + why
                    + " (PRECOG_HOME must be a writable directory; set it to another one)", e);
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
