package com.precog.runner.cli.trading;

import com.precog.application.port.in.trading.ManageStrategies;
import com.precog.application.service.trading.StrategyService;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import com.precog.domain.sizing.KellyFraction;
import com.precog.domain.strategy.EntryRules;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precog strategy list|show|create|test|activate|deactivate|deprecate}: immutable strategy
 * versions and their lifecycle (file-backed under {@code $PRECOG_HOME/trading/strategies.json}
 * until PostgreSQL is wired).
 */
@Command(name = "strategy", mixinStandardHelpOptions = true, description = "Strategy versions and their lifecycle.",
        subcommands = {StrategyCommand.ListCmd.class, StrategyCommand.Show.class, StrategyCommand.Create.class, StrategyCommand.Test.class,
                StrategyCommand.Activate.class, StrategyCommand.Deactivate.class, StrategyCommand.Deprecate.class})
final class StrategyCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    /**
     * Runs {@code work} on the strategy use case over PostgreSQL — the store the trading daemon
     * reads, so what is activated here is what {@code precog run} trades (embedded database under
     * {@code $PRECOG_HOME/db}, or {@code PRECOG_DB_URL}).
     */
    static <T> T withStore(java.util.function.Function<ManageStrategies, T> work) {
        try (com.precog.adapters.persistence.Database db = com.precog.runner.cli.db.SharedDatabase.open()) { // a running daemon's too
            Clock clock = Clock.systemUTC();
            return work.apply(new StrategyService(new com.precog.adapters.persistence.PersistenceAdapters(db, clock).strategies(), clock));
        }
    }

    static void print(CommandSpec spec, StrategyVersion v, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(TradingJson.strategy(v).toString());
        } else {
            out.printf("%-32s %-22s %-10s %s%n", v.key(), v.type().wireName(), v.status().wireName(), v.description());
        }
        out.flush();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every strategy version.")
    static final class ListCmd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "one JSON object per line")
        boolean json;

        @Override
        public Integer call() {
            List<StrategyVersion> all = withStore(ManageStrategies::list);
            if (all.isEmpty() && !json) spec.commandLine().getOut().println("no strategies");
            all.forEach(v -> print(spec, v, json));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One strategy version with its full config.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "name@vMAJOR.MINOR")
        String key;

        @Option(names = "--json", description = "one JSON object")
        boolean json;

        @Override
        public Integer call() {
            StrategyKey k = StrategyKey.parse(key);
            StrategyVersion v = withStore(st -> st.show(k)).orElseThrow(() -> new IllegalArgumentException("no strategy '" + key + "'"));
            if (json) {
                print(spec, v, true);
            } else {
                spec.commandLine().getOut().println(TradingJson.MAPPER.valueToTree(TradingJson.strategy(v)).toPrettyString());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    // no mixinStandardHelpOptions: its -V/--version (print Precog's version) took the place of the strategy's --version
    // below and left the command without --help ("strategy create --help" failed on the missing --name and --type)
    @Command(name = "create",
            description = "Creates an immutable draft version with the configured defaults (per-league Kelly fractions, thresholds, windows), optionally overridden.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--name", required = true, description = "[a-z0-9_-]{1,64}")
        String name;

        @Option(names = "--version", defaultValue = "v1.0", description = "the strategy version: vMAJOR.MINOR (default ${DEFAULT-VALUE}); not Precog's version")
        String version;

        @Option(names = "--type", required = true, description = "pre_game_entry, halftime_entry, live_trading or settlement_arbitrage")
        String type;

        @Option(names = "--description", defaultValue = "")
        String description;

        @Option(names = "--min-edge", description = "minimum edge for every league, e.g. 0.08")
        String minEdge;

        @Option(names = "--min-confidence", description = "signal only above this confidence (>= 0.5)")
        String minConfidence;

        @Option(names = "--kelly-fraction", description = "Kelly fraction for every league (<= 0.50)")
        String kellyFraction;

        @Option(names = "--enable-live", description = "enable a live_trading version (disabled by default)")
        boolean enableLive;

        @Option(names = "--json", description = "print the created version as JSON")
        boolean json;

        @Option(names = "--config-dir", paramLabel = "DIR",
                description = "YAML directory whose defaults a new version starts from (default: $PRECOG_CONFIG_DIR or ./config)")
        java.nio.file.Path configDir;

        @Override
        public Integer call() {
            StrategyType t = StrategyType.parse(type);
            StrategyKey key = new StrategyKey(name, com.precog.domain.strategy.VersionNumber.parse(version));
            try (com.precog.adapters.persistence.Database db = com.precog.runner.cli.db.SharedDatabase.open()) {
                Clock clock = Clock.systemUTC();
                com.precog.adapters.persistence.PersistenceAdapters adapters = new com.precog.adapters.persistence.PersistenceAdapters(db, clock);
                // the configured defaults of a new version (trading.yaml Kelly fractions and thresholds, trade_strategies.yaml
                // windows and rules; database overrides on top), then the flags
                StrategyConfig base = com.precog.application.config.ConfiguredEntries.strategyConfig(
                        com.precog.runner.config.CommandConfig.load(configDir, adapters.configOverrides("precog-strategy"), clock.instant()), t);
                Map<String, EntryRules> leagues = new HashMap<>();
                base.byLeague().forEach((l, r) -> leagues.put(l, override(r)));
                StrategyConfig config = new StrategyConfig(t, override(base.defaults()), leagues);
                ManageStrategies.CreateStrategyVersion command = new ManageStrategies.CreateStrategyVersion(key, config, description);
                print(spec, new StrategyService(adapters.strategies(), clock).create(command), json);
            }
            return 0;
        }

        private EntryRules override(EntryRules r) {
            Dollars e = minEdge == null ? r.minEdge() : Dollars.parse(minEdge);
            Probability c = minConfidence == null ? r.minConfidence() : Probability.parse(minConfidence);
            KellyFraction k = kellyFraction == null ? r.kellyFraction() : KellyFraction.parse(kellyFraction);
            return switch (r) {
                case EntryRules.PreGame p -> new EntryRules.PreGame(e, c, k, p.minBeforeStart(), p.maxBeforeStart());
                case EntryRules.Halftime h -> new EntryRules.Halftime(e, c, k, h.window());
                case EntryRules.Live l -> new EntryRules.Live(l.enabled() || enableLive, e, c, k, l.stopBeforeEnd());
                case EntryRules.SettlementArbitrage s -> new EntryRules.SettlementArbitrage(e, c, k, s.minWinProbability(), s.maxSecondsLeft(),
                        s.possessionLead(), s.possessionSecondsLeft(), s.bigLead(), s.bigLeadSecondsLeft());
            };
        }
    }

    /** Shared body of the status commands. */
    abstract static class Move implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "name@vMAJOR.MINOR")
        String key;

        @Option(names = "--json", description = "print the version as JSON")
        boolean json;

        abstract StrategyStatus target();

        @Override
        public Integer call() {
            StrategyKey k = StrategyKey.parse(key);
            StrategyStatus next = target();
            print(spec, withStore(st -> st.moveTo(k, next)), json);
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "draft → testing")
    static final class Test extends Move {
        @Override
        StrategyStatus target() {
            return StrategyStatus.TESTING;
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "testing or inactive → active")
    static final class Activate extends Move {
        @Override
        StrategyStatus target() {
            return StrategyStatus.ACTIVE;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true, description = "active → inactive")
    static final class Deactivate extends Move {
        @Override
        StrategyStatus target() {
            return StrategyStatus.INACTIVE;
        }
    }

    @Command(name = "deprecate", mixinStandardHelpOptions = true, description = "active or inactive → deprecated (final)")
    static final class Deprecate extends Move {
        @Override
        StrategyStatus target() {
            return StrategyStatus.DEPRECATED;
        }
    }
}
