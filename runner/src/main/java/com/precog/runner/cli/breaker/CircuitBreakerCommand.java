package com.precog.runner.cli.breaker;

import com.precog.application.port.out.BreakerEvents;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
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
 * breaker history; a running daemon picks them up on its next breaker tick (about 1 s).
 */
@Command(name = "circuit-breaker", mixinStandardHelpOptions = true, description = "List, trip and resolve circuit breakers.",
        subcommands = {CircuitBreakerCommand.ListBreakers.class, CircuitBreakerCommand.TripBreaker.class,
                CircuitBreakerCommand.ResolveBreaker.class})
public final class CircuitBreakerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static CircuitBreakerService service(BreakerEvents events) {
        return new CircuitBreakerService(Clock.systemUTC(), events, BreakerConfig.defaults(), ZoneOffset.UTC);
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

        @Override
        public Integer call() {
            BreakerEvents events = ExitStores.open().breakerEvents();
            List<BreakerEvent> list = all ? events.all() : service(events).active();
            ListOutput.print(spec.commandLine().getOut(), json, list, ExitsJson::breaker, all ? "no circuit breaker events" : "no circuit breaker tripped",
                    null, e -> String.format("%s %-9s %-18s scope %-30s flatten %-5s by %s: %s", e.at(), e.type().name().toLowerCase(java.util.Locale.ROOT),
                            e.kind().wireName(), e.scope(), e.flatten(), e.actor(), e.reason()));
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

        @Override
        public Integer call() {
            BreakerKind k = BreakerKind.parse(kind);
            BreakerEvent e = service(ExitStores.open().breakerEvents()).trip(k, market, flatten, reason, who(actor));
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(ExitsJson.breaker(e).toString());
            else out.printf("tripped %s (scope %s, flatten %s) at %s%n", e.kind().wireName(), e.scope(), e.flatten(), e.at());
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

        @Override
        public Integer call() {
            BreakerKind k = BreakerKind.parse(kind);
            Optional<BreakerEvent> e = service(ExitStores.open().breakerEvents()).resolve(k, market, who(actor), reason);
            if (e.isEmpty()) {
                throw new IllegalArgumentException("circuit breaker '" + k.wireName() + "' is not tripped for scope '"
                        + (market == null ? BreakerEvent.ALL : market) + "'");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(ExitsJson.breaker(e.get()).toString());
            else out.printf("resolved %s (scope %s) at %s%n", k.wireName(), e.get().scope(), e.get().at());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
