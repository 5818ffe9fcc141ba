package com.precog.runner.cli;

import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty PostgreSQL database on the shared test server for CLI tests: the CLI opens the
 * {@code public} schema of {@code PRECOG_DB_URL}, so isolation needs a database of its own.
 * {@link #use()} points the CLI at it (system properties win over the environment in {@code DbCommand}).
 */
public final class CliDatabase {
    private static final AtomicInteger N = new AtomicInteger();

    public final String url;
    public final String user;
    public final String password;

    private CliDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static CliDatabase create() {
        TestDatabase.Server s = TestDatabase.server();
        String name = "cli_" + ProcessHandle.current().pid() + "_" + N.incrementAndGet() + "_" + System.nanoTime() % 1_000_000;
        try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return new CliDatabase(s.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), s.user(), s.password());
    }

    /** Sets PRECOG_DB_URL / _USER / _PASSWORD for the CLI. */
    public CliDatabase use() {
        System.setProperty("PRECOG_DB_URL", url);
        System.setProperty("PRECOG_DB_USER", user);
        System.setProperty("PRECOG_DB_PASSWORD", password);
        return this;
    }

    public static void clear() {
        System.clearProperty("PRECOG_DB_URL");
        System.clearProperty("PRECOG_DB_USER");
        System.clearProperty("PRECOG_DB_PASSWORD");
    }

    /** A migrated connection pool on it (for assertions and for a daemon under test). */
    public Database open() {
        Database db = Database.open(DatabaseSettings.external(url, user, password, 4, "public"));
        db.migrate();
        return db;
    }
}
