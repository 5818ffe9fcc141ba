package com.precog.runner.cli.model;

import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A new, empty database on the shared test server (TestDatabase), named to the CLI through the
 * {@code PRECOG_DB_URL/USER/PASSWORD} system properties, as an operator would with the environment: each
 * test of a model CLI command sees only what it stored (the CLI uses the {@code public} schema, so a
 * schema per test cannot isolate it). {@link #close()} clears the properties and drops the database.
 */
public final class FreshModelDatabase implements AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private final TestDatabase.Server server;
    private final String name;
    private final String url;

    private FreshModelDatabase(TestDatabase.Server server, String name, String url) {
        this.server = server;
        this.name = name;
        this.url = url;
    }

    public static FreshModelDatabase create() {
        TestDatabase.Server server = TestDatabase.server();
        String name = "modelcli_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password())) {
            DSL.using(c, SQLDialect.POSTGRES).createDatabase(name).execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        Matcher m = URL.matcher(server.url());
        if (!m.matches()) throw new IllegalStateException("unexpected test database URL " + server);
        FreshModelDatabase db = new FreshModelDatabase(server, name, m.group(1) + name + m.group(3));
        System.setProperty("PRECOG_DB_URL", db.url);
        System.setProperty("PRECOG_DB_USER", server.user());
        System.setProperty("PRECOG_DB_PASSWORD", server.password());
        return db;
    }

    /** A migrated connection to the same database (for checks the CLI does not print). The caller closes it. */
    public Database open() {
        Database db = Database.open(DatabaseSettings.external(url, server.user(), server.password(), 2, "public"));
        db.migrate();
        return db;
    }

    @Override
    public void close() {
        System.clearProperty("PRECOG_DB_URL");
        System.clearProperty("PRECOG_DB_USER");
        System.clearProperty("PRECOG_DB_PASSWORD");
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password())) {
            DSL.using(c, SQLDialect.POSTGRES).dropDatabaseIfExists(name).execute();
        } catch (SQLException | RuntimeException e) {
            // a connection still open elsewhere: the database goes with the test server
        }
    }
}
