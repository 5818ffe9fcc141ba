package com.precog.runner.cli.db;

import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database for a command that must also work while a daemon runs (an operator trips a breaker
 * or closes a position in the daemon's store): {@link DbCommand#openDefault()}, or — when the
 * embedded data directory is owned by another precog process — a connection to that process's
 * running server (port from its {@code postmaster.pid}, loopback only, the embedded superuser).
 * An external server ({@code PRECOG_DB_URL}) is simply shared.
 */
public final class SharedDatabase {
    /** How long a command waits for another precog process that holds the data directory to start its server or end. */
    static final java.time.Duration OWNER_START_WAIT = java.time.Duration.ofSeconds(20);

    private SharedDatabase() {}

    public static Database open() {
        return open(DbCommand::openDefault, true);
    }

    /**
     * {@code ownDatabase} (which opens, and may migrate, this process's own database) or, when another precog process owns the
     * embedded data directory, its running server; {@code migrate} whether to apply pending migrations there.
     */
    static Database open(java.util.function.Supplier<Database> ownDatabase, boolean migrate) {
        long deadline = System.nanoTime() + OWNER_START_WAIT.toNanos();
        while (true) {
            try {
                return ownDatabase.get();
            } catch (IllegalStateException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith("another precog process")) throw e;
                DatabaseSettings own = DatabaseSettings.fromEnvironment(DbCommand.environment(), 2, DatabaseSettings.DEFAULT_EMBEDDED_PORT);
                Optional<Integer> port = runningPort(own.embeddedDataDir());
                if (port.isPresent()) return attach(port.get(), own, migrate);
                // the owner is still starting its server (initdb, start-up) or about to end and free the directory: wait for either
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(e.getMessage() + "; its server is not running yet, try again in a few seconds", e);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Database attach(int port, DatabaseSettings own, boolean migrate) {
        Database db = Database.open(DatabaseSettings.external("jdbc:postgresql://127.0.0.1:" + port + "/postgres", own.user(), "", 2, own.schema()));
        try {
            if (migrate) db.migrate(); // the owner migrated at its start: normally nothing to do
            return db;
        } catch (RuntimeException m) {
            db.close();
            throw m;
        }
    }

    /** The port of the live, ready server named by {@code dataDir/postmaster.pid} (line 1 its pid, line 4 its port, line 8 its status). */
    static Optional<Integer> runningPort(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) return Optional.empty();
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) return Optional.empty();
            long pid = Long.parseLong(lines.get(0).trim());
            // line 8 is the server's status: until it reads "ready" the server is starting (or stopping) and refuses connections
            if (lines.size() >= 8 && !lines.get(7).trim().equals("ready")) return Optional.empty();
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) return Optional.of(Integer.parseInt(lines.get(3).trim()));
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** For tests: the environment {@link DbCommand} resolves. */
    static Map<String, String> environment() {
        return DbCommand.environment();
    }
}
