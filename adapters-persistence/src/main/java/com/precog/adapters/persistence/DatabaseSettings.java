package com.precog.adapters.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is and how to pool connections to it. Without a URL, Precog runs an embedded
 * PostgreSQL whose data lives in {@code embeddedDataDir} (kept across restarts). The password never
 * appears in {@link #toString()}.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code PRECOG_DB_URL}); empty = embedded
 * @param user database user ({@code PRECOG_DB_USER}; embedded: {@code postgres})
 * @param password database password ({@code PRECOG_DB_PASSWORD}), may be empty
 * @param embeddedDataDir data directory of the embedded server ({@code $PRECOG_HOME/db})
 * @param embeddedPort preferred port of the embedded server; another free port is used if it is taken; 0 = any
 * @param poolSize maximum HikariCP pool size (system.yaml {@code database.pool_size})
 * @param schema schema holding Precog's tables ({@code public}; tests use one schema per test class)
 * @param connectionTimeout how long a caller waits for a pooled connection (system.yaml {@code database.connection_timeout})
 */
public record DatabaseSettings(
        Optional<String> url, String user, String password, Path embeddedDataDir, int embeddedPort, int poolSize, String schema,
        java.time.Duration connectionTimeout) {

    public static final int DEFAULT_EMBEDDED_PORT = 54329;
    public static final int DEFAULT_POOL_SIZE = 5;
    /** How long a caller waits for a pooled connection unless configured. */
    public static final java.time.Duration DEFAULT_CONNECTION_TIMEOUT = java.time.Duration.ofSeconds(10);

    /** Settings with the default connection timeout. */
    public DatabaseSettings(Optional<String> url, String user, String password, Path embeddedDataDir, int embeddedPort, int poolSize, String schema) {
        this(url, user, password, embeddedDataDir, embeddedPort, poolSize, schema, DEFAULT_CONNECTION_TIMEOUT);
    }

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        url = url.filter(u -> !u.isBlank());
        url.ifPresent(u -> {
            if (!u.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("PRECOG_DB_URL must be a jdbc:postgresql: URL, got '" + redact(u) + "'");
            }
        });
        user = user == null || user.isBlank() ? "postgres" : user;
        password = password == null ? "" : password;
        Objects.requireNonNull(embeddedDataDir, "embeddedDataDir");
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException("embeddedPort must be in [0, 65535], got " + embeddedPort);
        }
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("database.pool_size must be in [1, 100], got " + poolSize);
        }
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a lower-case SQL identifier, got '" + schema + "'");
        }
        java.util.Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.toMillis() < 250) { // HikariCP's floor
            throw new IllegalArgumentException("database.connection_timeout must be at least 250 ms, got " + connectionTimeout);
        }
    }

    /** Settings from the operator contract's environment ({@code PRECOG_HOME}, {@code PRECOG_DB_URL|USER|PASSWORD}). */
    public static DatabaseSettings fromEnvironment(Map<String, String> env, int poolSize, int embeddedPort) {
        Path home = Optional.ofNullable(env.get("PRECOG_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".precog"));
        return new DatabaseSettings(
                Optional.ofNullable(env.get("PRECOG_DB_URL")),
                env.get("PRECOG_DB_USER"),
                env.get("PRECOG_DB_PASSWORD"),
                home.resolve("db"),
                embeddedPort,
                poolSize,
                "public");
    }

    /** An external server at {@code url}. */
    public static DatabaseSettings external(String url, String user, String password, int poolSize, String schema) {
        return new DatabaseSettings(Optional.of(url), user, password, Path.of("unused"), 0, poolSize, schema);
    }

    /** An embedded server keeping its data in {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir, int port, int poolSize) {
        return new DatabaseSettings(Optional.empty(), "postgres", "", dataDir, port, poolSize, "public");
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }

    public DatabaseSettings withSchema(String newSchema) {
        return new DatabaseSettings(url, user, password, embeddedDataDir, embeddedPort, poolSize, newSchema, connectionTimeout);
    }

    /** The same settings with another wait for a pooled connection. */
    public DatabaseSettings withConnectionTimeout(java.time.Duration timeout) {
        return new DatabaseSettings(url, user, password, embeddedDataDir, embeddedPort, poolSize, schema, timeout);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + (isEmbedded() ? "embedded " + embeddedDataDir + " port " + embeddedPort : redact(url.get()))
                + ", user=" + user + ", password=" + (password.isEmpty() ? "<none>" : "<redacted>")
                + ", poolSize=" + poolSize + ", schema=" + schema + ", connectionTimeout=" + connectionTimeout + "]";
    }

    /** The URL with any password query parameter or userinfo removed. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1<redacted>").replaceAll("//[^/@]*@", "//<redacted>@");
    }
}
