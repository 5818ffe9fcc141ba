package com.precog.runner.cli.positions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.Positions;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.Position;
import com.precog.runner.cli.ExitCodes;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precog positions list|show|close}: held positions, their history and exits, and operator closes. */
@Command(name = "positions", mixinStandardHelpOptions = true, description = "List, show and close positions.",
        subcommands = {PositionsCommand.ListPositions.class, PositionsCommand.ShowPosition.class, PositionsCommand.ClosePosition.class})
public final class PositionsCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Open positions (all with --all). --json: one object per line.")
    static final class ListPositions implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--all", description = "include closed positions")
        boolean all;

        @Option(names = "--json", description = "print JSON only")
        boolean json;

        @Option(names = "--env", paramLabel = "ENV", description = "only this execution environment: paper|demo|live|backtest (default: every one)")
        String env;

        @Override
        public Integer call() {
            java.util.Optional<com.precog.domain.order.ExecutionEnvironment> only = java.util.Optional.ofNullable(env)
                    .map(com.precog.domain.order.ExecutionEnvironment::parse);
            List<Position> list;
            try (ExitStores store = ExitStores.open()) {
                Positions positions = store.positions();
                list = (all ? positions.all() : positions.open()).stream().filter(p -> only.isEmpty() || p.environment() == only.get()).toList();
            }
            String columns = "%-24s %-34s %-4s %10s %10s %8s %8s %9s %8s %-6s";
            ListOutput.print(spec.commandLine().getOut(), json, list, ExitsJson::position, all ? "no positions" : "no open positions",
                    String.format(columns, "ID", "MARKET", "SIDE", "QTY", "ORIGINAL", "ENTRY", "MARK", "PNL_PCT", "STOP", "STATUS"),
                    p -> String.format(columns, p.id(), p.marketTicker(), p.side().wireName(), p.currentQuantity(), p.originalQuantity(),
                            p.entryPrice(), p.mark(), p.pnlPctText(),
                            p.trailingStop().active() ? java.math.BigDecimal.valueOf(p.trailingStop().stopPriceMicros(), 6).toPlainString() : "-",
                            p.status().wireName()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One position with its versions, exits and exit attempts.")
    static final class ShowPosition implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "POSITION_ID")
        String id;

        @Option(names = "--json", description = "print JSON only")
        boolean json;

        @Option(names = "--env", paramLabel = "ENV", description = "refuse (exit 2) unless the position is of this execution environment: paper|demo|live|backtest (default: any)")
        String env;

        @Override
        public Integer call() {
            Optional<ExecutionEnvironment> only = Optional.ofNullable(env).map(ExecutionEnvironment::parse);
            Position p;
            List<Positions.PositionVersion> versions;
            List<PositionExit> exits;
            List<ExitAttempt> attempts;
            try (ExitStores store = ExitStores.open()) {
                p = inEnvironment(store.positions().current(id).orElseThrow(() -> new IllegalArgumentException("no position with id '" + id + "'")), only);
                versions = store.positions().history(id);
                exits = store.journal().exits(id);
                attempts = store.journal().attempts(id);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode doc = ExitsJson.MAPPER.createObjectNode();
                doc.set("position", ExitsJson.position(p));
                doc.put("versions", versions.size());
                ArrayNode ex = doc.putArray("exits");
                exits.forEach(e -> ex.add(ExitsJson.exit(e)));
                ArrayNode at = doc.putArray("exit_attempts");
                attempts.forEach(a -> at.add(ExitsJson.attempt(a)));
                out.println(doc.toString());
            } else {
                out.printf("%s  %s %s  %s of %s contracts  %s%n", p.id(), p.marketTicker(), p.side().wireName(), p.currentQuantity(),
                        p.originalQuantity(), p.status().wireName());
                out.printf("entry %s + fees %s (all-in %s/contract), mark %s at %s, pnl_pct %s, unrealized %s, realized %s%n",
                        p.entryPrice(), p.entryFees(), p.entryCostPerContract(), p.mark(), p.markedAt(), p.pnlPctText(),
                        p.unrealizedPnl(), p.realizedPnl());
                var t = p.trailingStop();
                out.printf("trailing stop: %s%n", t.active()
                        ? "active since " + t.activatedAt().orElseThrow() + ", peak " + micros(t.peakPriceMicros()) + ", stop "
                                + micros(t.stopPriceMicros()) + ", distance " + micros(t.distancePpm())
                        : "inactive (peak " + micros(t.peakPriceMicros()) + ")");
                out.printf("partial stages done: %s; %d stored versions; attribution %s / %s / %s%n",
                        Integer.toBinaryString(p.partialStagesDone()), versions.size(), p.strategyVersion(), p.modelVersion(),
                        p.environment().wireName());
                out.println("exits:" + (exits.isEmpty() ? " none" : ""));
                for (PositionExit e : exits) {
                    out.printf("  %s %-20s %-8s %s @ %s fees %s pnl %s%s%n", e.at(), e.condition().wireName(), e.priority(), e.quantity(),
                            e.averagePrice(), e.fees(), e.realizedPnl(),
                            e.conflictingTriggers().isEmpty() ? "" : " (also: " + e.conflictingTriggers() + ")");
                }
                out.println("attempts:" + (attempts.isEmpty() ? " none" : ""));
                for (ExitAttempt a : attempts) {
                    out.printf("  #%d %s %-5s %s qty %s filled %s %s %s%n", a.attemptNumber(), a.at(), a.orderType().wireName(),
                            a.limitPrice(), a.quantity(), a.filled(), a.outcome().wireName(), a.reason());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String micros(long m) {
            return java.math.BigDecimal.valueOf(m, 6).toPlainString();
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Asks the running daemon to exit a position (a MANUAL exit at HIGH urgency by default).")
    static final class ClosePosition implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "POSITION_ID")
        String id;

        @Option(names = "--priority", defaultValue = "high", description = "critical|high|medium|low (default: ${DEFAULT-VALUE})")
        String priority;

        @Option(names = "--actor", description = "who asks (default: the OS user)")
        String actor;

        @Option(names = "--json", description = "print JSON only")
        boolean json;

        @Option(names = "--env", paramLabel = "ENV", description = "refuse (exit 2) unless the position is of this execution environment: paper|demo|live|backtest (default: any)")
        String env;

        @Override
        public Integer call() {
            ExitPriority p = ExitPriority.parse(priority);
            Optional<ExecutionEnvironment> only = Optional.ofNullable(env).map(ExecutionEnvironment::parse);
            Position pos;
            CloseRequests.CloseRequest r;
            try (ExitStores store = ExitStores.open()) {
                pos = inEnvironment(store.positions().current(id).orElseThrow(() -> new IllegalArgumentException("no position with id '" + id + "'")), only);
                if (!pos.isOpen()) throw new IllegalArgumentException("position '" + id + "' is already closed");
                String who = actor == null || actor.isBlank() ? System.getProperty("user.name", "operator") : actor;
                r = new CloseRequests.CloseRequest("close-" + UUID.randomUUID(), id, p, who, Instant.now());
                store.closeRequests().request(r);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(ExitsJson.closeRequest(r).toString());
            else out.printf("close of %s (%s contracts) requested at %s urgency: %s%n", id, pos.currentQuantity(), p.wireName(), r.requestId());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code p}, or bad input when {@code --env} names another environment than the position's. */
    static Position inEnvironment(Position p, Optional<ExecutionEnvironment> only) {
        if (only.isPresent() && p.environment() != only.get()) {
            throw new IllegalArgumentException("position '" + p.id() + "' is a " + p.environment().wireName() + " position, not "
                    + only.get().wireName());
        }
        return p;
    }
}
