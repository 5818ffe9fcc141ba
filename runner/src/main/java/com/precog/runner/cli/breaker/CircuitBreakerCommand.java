package com.precog.runner.cli.breaker;

import com.precog.application.port.out.BreakerEvents;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.cli.positions.ExitStores;
import com.precog.runner.cli.positions.ExitsJson;
import com.precog.runner.cli.positions.ListOutput;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code precog circuit-breaker list|trip|resolve}. Trips and resolves are appended to the
 * breaker history of one execution environment ({@code --env}, default paper) in PostgreSQL; a
 * running daemon of that environment picks them up on its next breaker tick (about 1 s).
 */
@Command(name = "circuit-breaker", mixinStandardHelpOptions = true, description = "List, trip and resolve circuit breakers.",
        subcommands = {CircuitBreakerCommand.ListBreakers.class, CircuitBreakerCommand.TripBreaker.class,
                CircuitBreakerCommand.ResolveBreaker.class})
public final class CircuitBreakerCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    private static CircuitBreakerService service(BreakerEvents events) {
        return new CircuitBreakerService(Clock.systemUTC(), events, BreakerConfig.defaults(), ZoneOffset.UTC);
    }

    /** The environment a breaker command acts on: paper (the default, what the daemon runs without flags), demo or live. */
    static ExecutionEnvironment environment(String env) {
        ExecutionEnvironment e = ExecutionEnvironment.parse(env);
        if (e == ExecutionEnvironment.BACKTEST) throw new IllegalArgumentException("--env must be paper, demo or live, was '" + env + "'");
        return e;
    }

    /** A breaker event as JSON, with the environment it belongs to. */
    static com.fasterxml.jackson.databind.node.ObjectNode json(BreakerEvent e, ExecutionEnvironment env) {
        return ExitsJson.breaker(e).put("execution_environment", env.wireName());
    }

    private static <T> T withEvents(ExecutionEnvironment env, java.util.function.Function<BreakerEvents, T> work) {
        try (ExitStores store = ExitStores.open()) {
            return work.apply(store.breakerEvents(env));
        }
    }

    private static String who(String actor) {
        return actor == null || actor.isBlank() ? System.getProperty("user.name", "operator") : actor;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Tripped breakers (every event with --all). --json: one object per line.")
    static final class ListBreakers implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--all", description = "the whole trip/resolve history")
        boolean all;

        @Option(names = "--json", description = "print JSON only")
        boolean json;

        @Option(names = "--env", paramLabel = "ENV", defaultValue = "paper", description = "paper|demo|live: whose breakers (default: ${DEFAULT-VALUE})")
        String env;

        @Override
        public Integer call() {
            ExecutionEnvironment e0 = environment(env);
            List<BreakerEvent> list = withEvents(e0, events -> all ? events.all() : service(events).active());
            ListOutput.print(spec.commandLine().getOut(), json, list, e -> json(e, e0),
                    all ? "no circuit breaker events (" + e0.wireName() + ")" : "no circuit breaker tripped (" + e0.wireName() + ")",
                    null, e -> String.format("%s %-5s %-9s %-18s scope %-30s flatten %-5s by %s: %s", e.at(), e0.wireName(),
                            e.type().name().toLowerCase(java.util.Locale.ROOT), e.kind().wireName(), e.scope(), e.flatten(), e.actor(), e.reason()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "trip", mixinStandardHelpOptions = true, description = "Trips a breaker (usually 'manual'): halts entries in its scope; --flatten exits every position.")
    static final class TripBreaker implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KIND", defaultValue = "manual",
                description = "daily_loss|rapid_loss|consecutive_losses|api_failures|data_stale|edge_anomaly|unusual_activity|manual")
        String kind;

        @Option(names = "--market", description = "limit to one market ticker (default: every market)")
        String market;

        @Option(names = "--flatten", description = "also exit every position at CRITICAL urgency")
        boolean flatten;

        @Option(names = "--reason", required = true, description = "why (stored with the event)")
        String reason;

        @Option(names = "--actor", description = "who trips it (default: the OS user)")
        String actor;

        @Option(names = "--json", description = "print JSON only")
        boolean json;

        @Option(names = "--env", paramLabel = "ENV", defaultValue = "paper", description = "paper|demo|live: whose breakers (default: ${DEFAULT-VALUE})")
        String env;

        @Override
        public Integer call() {
            BreakerKind k = BreakerKind.parse(kind);
            if (reason.isBlank()) throw new IllegalArgumentException("--reason is blank: say why the breaker is tripped (it is stored with the event)");
            ExecutionEnvironment e0 = environment(env);
            BreakerEvent e = withEvents(e0, events -> service(events).trip(k, market, flatten, reason, who(actor)));
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(json(e, e0).toString());
            else out.printf("tripped %s (%s, scope %s, flatten %s) at %s%n", e.kind().wireName(), e0.wireName(), e.scope(), e.flatten(), e.at());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Resolves a tripped breaker.")
    static final class ResolveBreaker implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KIND")
        String kind;

        @Option(names = "--market", description = "the market the breaker was tripped for (default: every market)")
        String market;

        @Option(names = "--reason", defaultValue = "resolved by operator", description = "why (stored with the event)")
        String reason;

        @Option(names = "--actor", description = "who resolves it (default: the OS user)")
        String actor;

        @Option(names = "--json", description = "print JSON only")
        boolean json;

        @Option(names = "--env", paramLabel = "ENV", defaultValue = "paper", description = "paper|demo|live: whose breakers (default: ${DEFAULT-VALUE})")
        String env;

        @Override
        public Integer call() {
            BreakerKind k = BreakerKind.parse(kind);
            ExecutionEnvironment e0 = environment(env);
            Optional<BreakerEvent> e = withEvents(e0, events -> service(events).resolve(k, market, who(actor), reason));
            if (e.isEmpty()) {
                throw new IllegalArgumentException("circuit breaker '" + k.wireName() + "' is not tripped for scope '"
                        + (market == null ? BreakerEvent.ALL : market) + "' in " + e0.wireName());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(json(e.get(), e0).toString());
            else out.printf("resolved %s (%s, scope %s) at %s%n", k.wireName(), e0.wireName(), e.get().scope(), e.get().at());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
