package com.precog.runner.cli.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.config.ConfigProblem;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.config.InvalidConfigException;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.config.ConfigDirectory;
import com.precog.runner.config.ConfigProblems;
import com.precog.runner.config.YamlConfigLoader;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code precog config show|validate|set}. */
@Command(name = "config", description = "Show or validate the configuration (config/*.yaml, DB overrides, defaults).",
        mixinStandardHelpOptions = true, subcommands = {ConfigCommand.Show.class, ConfigCommand.Validate.class, ConfigCommand.Set.class})
public final class ConfigCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    /** {@code precog config show [--json]}: every effective setting with its source and allowed range. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print every effective setting, where it came from and its allowed values.")
    public static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Machine-readable JSON on stdout.")
        boolean json;
        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory (default: $PRECOG_CONFIG_DIR or ./config).")
        Path configDir;
        @Option(names = "--db", description = "Include the database overrides (starts the embedded database unless PRECOG_DB_URL is set).")
        boolean withDb;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Optional<Path> dir = ConfigDirectory.resolve(configDir); // a --config-dir that does not exist: exit 2 before the database starts
            EffectiveConfig cfg;
            try {
                List<com.precog.application.port.out.ConfigOverrides.Override> overrides = List.of();
                if (withDb) {
                    try (Database db = openDatabase()) {
                        overrides = com.precog.runner.config.DatabaseOverrides.activeAt(
                                new PersistenceAdapters(db, Clock.systemUTC()).configOverrides(operator()), Instant.now()); // never live_trading_confirmed
                    }
                }
                cfg = dir.isPresent() ? YamlConfigLoader.load(dir.get(), overrides) : EffectiveConfig.resolve(Map.of(), overrides);
            } catch (InvalidConfigException e) {
                ConfigProblems.print(spec.commandLine().getErr(), e.problems());
                return ExitCodes.BAD_INPUT;
            }
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ObjectNode root = m.createObjectNode();
                if (dir.isPresent()) root.put("config_dir", dir.get().toAbsolutePath().toString()); else root.putNull("config_dir"); // built-in defaults
                ArrayNode arr = root.putArray("settings");
                for (EffectiveConfig.Setting s : cfg.all()) {
                    ObjectNode n = arr.addObject();
                    n.put("file", s.key().file());
                    n.put("key", s.key().path());
                    n.put("value", s.value());
                    n.put("source", s.source().name().toLowerCase(java.util.Locale.ROOT));
                    n.put("default", s.key().defaultValue());
                    n.put("allowed", s.key().allowed());
                    n.put("description", s.key().description());
                }
                out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                String file = "";
                for (EffectiveConfig.Setting s : cfg.all()) {
                    if (!s.key().file().equals(file)) {
                        file = s.key().file();
                        out.println("# " + file);
                    }
                    out.printf("  %-52s %-14s %-8s %s%n", s.key().path(), s.value(), s.source().name().toLowerCase(java.util.Locale.ROOT),
                            s.key().description());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    static Database openDatabase() {
        return com.precog.runner.cli.db.SharedDatabase.open(); // a running daemon's database too
    }

    static String operator() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "operator" : user;
    }

    /** {@code precog config set KEY VALUE}: stores an override in the database (beats YAML and defaults). */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Store a configuration override in the database: it beats the YAML value and the default until it expires or is removed.")
    public static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "KEY", description = "file:path (e.g. trading.yaml:kelly_fraction) or a path that names one key.")
        String key;
        @Parameters(index = "1", paramLabel = "VALUE", arity = "0..1", description = "The new value (omit with --remove).")
        String value;
        @Option(names = "--expires-in", paramLabel = "DURATION", description = "Stop applying after this long (e.g. 2h).")
        String expiresIn;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (stored with the override).")
        String reason = "";
        @Option(names = "--remove", description = "Deactivate the override of KEY instead of setting one.")
        boolean remove;
        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory the override is checked against (default: $PRECOG_CONFIG_DIR or ./config).")
        Path configDir;
        @Option(names = "--json", description = "Machine-readable JSON on stdout.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Optional<Path> dir = ConfigDirectory.resolve(configDir); // a --config-dir that does not exist: exit 2, nothing stored
            com.precog.application.config.ConfigKey k = resolveKey(key);
            if (k == null) {
                err.println("precog: unknown configuration key '" + key + "' (see `precog config show`)");
                return ExitCodes.BAD_INPUT;
            }
            Optional<Instant> expires = Optional.empty();
            if (expiresIn != null) {
                try {
                    expires = Optional.of(Instant.now().plus(com.precog.application.config.ConfigKey.parseDuration(expiresIn)));
                } catch (RuntimeException e) {
                    err.println("precog: --expires-in '" + expiresIn + "' is not a positive duration such as 30m or 2h");
                    return ExitCodes.BAD_INPUT;
                }
            }
            if (!remove && com.precog.runner.config.DatabaseOverrides.isLiveTradingConfirmed(k.file(), k.path())) { // trading.yaml only
                // README / SPEC: real money needs --live and live_trading_confirmed: true in config/trading.yaml; `precog run` reads
                // only the file, so an override would show as confirmed in `config show --db` without being so
                err.println("precog: live_trading_confirmed is set in " + ConfigSchema.TRADING + " only, never by a database override"
                        + " (real money needs it there and --live)");
                return ExitCodes.BAD_INPUT;
            }
            if (!remove) {
                if (value == null) {
                    err.println("precog: a VALUE is needed (or --remove)");
                    return ExitCodes.BAD_INPUT;
                }
                var bad = k.problemWith(value);
                if (bad.isPresent()) {
                    err.println("precog: " + new ConfigProblem(k.file(), k.path(), value, bad.get(), k.allowed()));
                    return ExitCodes.BAD_INPUT;
                }
            }
            boolean existed;
            try (Database db = openDatabase()) {
                var store = new PersistenceAdapters(db, Clock.systemUTC()).configOverrides(operator());
                Instant now = Instant.now();
                existed = store.activeAt(now).stream().anyMatch(o -> o.file().equals(k.file()) && o.path().equals(k.path()));
                var override = remove ? null : new com.precog.application.port.out.ConfigOverrides.Override(k.file(), k.path(), value.trim(),
                        now, expires, true, reason);
                // the combination must stay valid (cross-field rules): checked before anything is written, so a refused change
                // leaves the overrides as they were (an undo after the write removed the key's earlier override too, and could
                // not undo a removal)
                List<com.precog.application.port.out.ConfigOverrides.Override> after = new ArrayList<>(store.activeAt(now).stream()
                        .filter(o -> !(o.file().equals(k.file()) && o.path().equals(k.path()))).toList());
                if (override != null) after.add(override);
                try {
                    if (dir.isPresent()) {
                        YamlConfigLoader.load(dir.get(), after);
                    } else {
                        EffectiveConfig.resolve(Map.of(), after);
                    }
                } catch (InvalidConfigException e) {
                    ConfigProblems.print(err, e.problems());
                    return ExitCodes.BAD_INPUT;
                }
                if (remove) {
                    store.remove(k.file(), k.path());
                } else {
                    store.put(override);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ObjectNode n = m.createObjectNode();
                n.put("file", k.file());
                n.put("key", k.path());
                if (remove) n.put("removed", existed); else n.put("value", value.trim());
                expires.ifPresent(x -> n.put("expires_at", x.toString()));
                out.println(m.writeValueAsString(n));
            } else {
                out.println(remove ? (existed ? "override of " + k.id() + " removed" : "no active override of " + k.id() + " to remove") : k.id() + " = " + value.trim() + " (database override"
                        + expires.map(x -> ", expires " + x).orElse("") + ")");
            }
            out.flush();
            return ExitCodes.OK;
        }

        static com.precog.application.config.ConfigKey resolveKey(String text) {
            if (text.contains(":")) {
                String[] fp = text.split(":", 2);
                return ConfigSchema.find(fp[0], fp[1]).orElse(null);
            }
            com.precog.application.config.ConfigKey found = null;
            for (var k : ConfigSchema.keys().values()) {
                if (k.path().equals(text)) {
                    if (found != null) return null; // ambiguous: needs file:path
                    found = k;
                }
            }
            return found;
        }
    }

    /** {@code precog config validate [FILE...]}: exit 2 and list every problem. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check the YAML files (or the given files) and list every invalid key with file, key, value and allowed range. Exit 2 when any is invalid.")
    public static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory (default: $PRECOG_CONFIG_DIR or ./config).")
        Path configDir;
        @Option(names = "--json", description = "Machine-readable JSON on stdout.")
        boolean json;
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Validate these files instead of the directory.")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<ConfigProblem> problems = new ArrayList<>();
            int checked;
            // FILEs are validated alone; a --config-dir given with them must still exist (the same rule as everywhere)
            Optional<Path> dir = files.isEmpty() || configDir != null ? ConfigDirectory.resolve(configDir) : Optional.empty();
            if (files.isEmpty()) {
                try {
                    if (dir.isPresent()) YamlConfigLoader.load(dir.get(), List.of());
                } catch (InvalidConfigException e) {
                    problems.addAll(e.problems());
                }
                checked = dir.map(d -> (int) ConfigSchema.FILES.stream().filter(f -> Files.exists(d.resolve(f))).count()).orElse(0);
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (Path f : files) {
                    if (!Files.isRegularFile(f)) {
                        problems.add(new ConfigProblem(f.toString(), "", null, "no such file", ""));
                        continue;
                    }
                    YamlConfigLoader.readFile(f, f.getFileName().toString(), values, problems);
                }
                if (problems.isEmpty()) {
                    try {
                        EffectiveConfig.resolve(values, List.of());
                    } catch (InvalidConfigException e) {
                        problems.addAll(e.problems());
                    }
                }
                checked = files.size();
            }
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ObjectNode root = m.createObjectNode();
                root.put("valid", problems.isEmpty());
                root.put("files_checked", checked);
                ArrayNode arr = root.putArray("problems");
                for (ConfigProblem p : problems) {
                    ObjectNode n = arr.addObject();
                    n.put("file", p.file());
                    n.put("key", p.path());
                    n.put("value", p.value());
                    n.put("problem", p.problem());
                    n.put("allowed", p.allowed());
                }
                spec.commandLine().getOut().println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
                spec.commandLine().getOut().flush();
            } else if (problems.isEmpty()) {
                spec.commandLine().getOut().println("configuration valid (" + (files.isEmpty() && dir.isEmpty() ? "no config directory: the built-in defaults"
                        : checked + " file" + (checked == 1 ? "" : "s") + " checked") + ")");
                spec.commandLine().getOut().flush();
            } else {
                ConfigProblems.print(spec.commandLine().getErr(), problems);
            }
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }
}
