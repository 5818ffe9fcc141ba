package com.precog.runner.cli.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.DatabaseSettings;
import com.precog.adapters.persistence.DatabaseStatus;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.config.InvalidConfigException;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.config.ConfigDirectory;
import com.precog.runner.config.ConfigProblems;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog db migrate|status}: the embedded PostgreSQL under {@code $PRECOG_HOME/db}, or the server
 * named by {@code PRECOG_DB_URL} / {@code PRECOG_DB_USER} / {@code PRECOG_DB_PASSWORD}.
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Database: apply migrations, show migration state and row counts.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Status.class})
public final class DbCommand implements java.util.concurrent.Callable<Integer> {
    private static final List<String> ENV_NAMES = List.of("PRECOG_HOME", "PRECOG_DB_URL", "PRECOG_DB_USER", "PRECOG_DB_PASSWORD");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    /** Common options of the subcommands (a picocli mixin). */
    public static final class DbOptions {
        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory (default: $PRECOG_CONFIG_DIR or ./config); system.yaml sets database.pool_size.")
        Path configDir;
    }

    /** The operator contract's environment; a JVM system property of the same name wins (used by tests). */
    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        for (String name : ENV_NAMES) {
            String v = System.getProperty(name, System.getenv(name));
            if (v != null) {
                env.put(name, v);
            }
        }
        return env;
    }

    /** The database with the pool size and connection timeout of this configuration's {@code system.yaml}. */
    static Database open(EffectiveConfig cfg) {
        int poolSize = Math.toIntExact(cfg.integer(ConfigSchema.SYSTEM, "database.pool_size"));
        return Database.open(DatabaseSettings.fromEnvironment(environment(), poolSize, DatabaseSettings.DEFAULT_EMBEDDED_PORT)
                .withConnectionTimeout(cfg.duration(ConfigSchema.SYSTEM, "database.connection_timeout")));
    }

    /**
     * Opens the database exactly as {@code precog db} does (default config directory, {@code PRECOG_HOME} /
     * {@code PRECOG_DB_URL}) and applies pending migrations. The caller closes it.
     */
    public static Database openDefault() {
        return openMigrated(ConfigDirectory.load(null, List.of()));
    }

    /**
     * Opens the database with the pool size of {@code cfg} (system.yaml {@code database.pool_size}: the daemon's and the
     * backtest's own configuration, {@code --config-dir} included) and applies pending migrations. The caller closes it.
     */
    public static Database openMigrated(EffectiveConfig cfg) {
        Database db = open(cfg);
        try {
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** {@code precog db migrate}: applies every pending migration. */
    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply every pending migration.")
    public static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DbOptions options;
        @Option(names = "--json", description = "Machine-readable JSON on stdout.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            EffectiveConfig cfg = config(spec, options);
            if (cfg == null) return ExitCodes.BAD_INPUT;
            try (Database db = SharedDatabase.open(() -> open(cfg), false)) {
                List<String> applied = db.migrate();
                DatabaseStatus status = db.status();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectMapper m = new ObjectMapper();
                    ObjectNode root = m.createObjectNode();
                    root.put("database", db.description());
                    applied.forEach(root.putArray("applied_now")::add);
                    root.put("applied", status.applied());
                    root.put("pending", status.pending());
                    out.println(m.writeValueAsString(root));
                } else {
                    out.printf("%s: %s%n", db.description(), applied.isEmpty()
                            ? "schema is up to date (" + status.applied() + " migrations applied)"
                            : "applied " + applied.size() + " migration(s): " + String.join(", ", applied));
                }
                out.flush();
                return status.pending() == 0 ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
            }
        }
    }

    /**
     * The configuration of {@code --config-dir}, read before the database starts (a bad directory is exit 2 at once);
     * null, with every problem printed, when the files are invalid.
     */
    private static EffectiveConfig config(CommandSpec spec, DbOptions options) {
        try {
            return ConfigDirectory.load(options.configDir, List.of());
        } catch (InvalidConfigException e) {
            ConfigProblems.print(spec.commandLine().getErr(), e.problems());
            return null;
        }
    }

    /**
     * {@code precog db status [--json]}: applied and pending migrations, row counts of the main tables. The JSON document:
     * {@code database}, {@code applied} and {@code pending} (counts), {@code migrations} (each with its Flyway state),
     * {@code applied_migrations} (version, description, installed_on), {@code pending_migrations} (version, description),
     * {@code row_counts}, {@code missing_tables}.
     */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show applied and pending migrations and row counts of the main tables.")
    public static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        DbOptions options;
        @Option(names = "--json", description = "Machine-readable JSON on stdout (one document).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            EffectiveConfig cfg = config(spec, options);
            if (cfg == null) return ExitCodes.BAD_INPUT;
            try (Database db = SharedDatabase.open(() -> open(cfg), false)) {
                DatabaseStatus status = db.status();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(toJson(status));
                } else {
                    out.printf("database: %s%nmigrations: %d applied, %d pending%n", status.database(), status.applied(), status.pending());
                    for (DatabaseStatus.Migration mig : status.migrations()) {
                        out.printf("  %-6s %-28s %-10s %s%n", mig.version(), mig.description(), mig.state(),
                                mig.installedOn().map(Object::toString).orElse(""));
                    }
                    out.println("rows:");
                    status.rowCounts().forEach((table, n) -> out.printf("  %-24s %,d%n", table, n));
                    if (!status.missingTables().isEmpty()) {
                        out.println("not created yet (run 'precog db migrate'): " + String.join(", ", status.missingTables()));
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }

        static String toJson(DatabaseStatus status) throws Exception {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = m.createObjectNode();
            root.put("database", status.database());
            root.put("applied", status.applied());
            root.put("pending", status.pending());
            ArrayNode migrations = root.putArray("migrations");
            for (DatabaseStatus.Migration mig : status.migrations()) {
                ObjectNode n = migrations.addObject();
                n.put("version", mig.version());
                n.put("description", mig.description());
                n.put("state", mig.state());
                mig.installedOn().ifPresentOrElse(t -> n.put("installed_on", t.toString()), () -> n.putNull("installed_on"));
            }
            // issue #3: which migrations are applied (with when) and which are pending, beside the counts above
            ArrayNode applied = root.putArray("applied_migrations");
            ArrayNode pending = root.putArray("pending_migrations");
            for (DatabaseStatus.Migration mig : status.migrations()) {
                if (mig.installedOn().isPresent()) { // in Flyway's history table: applied (Database.status counts the same ones)
                    applied.addObject().put("version", mig.version()).put("description", mig.description())
                            .put("installed_on", mig.installedOn().get().toString());
                } else if (mig.state().equals("Pending")) {
                    pending.addObject().put("version", mig.version()).put("description", mig.description());
                }
            }
            ObjectNode rows = root.putObject("row_counts");
            status.rowCounts().forEach(rows::put);
            status.missingTables().forEach(root.putArray("missing_tables")::add);
            return m.writeValueAsString(root);
        }
    }

}
