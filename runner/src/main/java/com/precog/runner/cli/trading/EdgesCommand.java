package com.precog.runner.cli.trading;

import com.precog.application.port.out.EdgeJournal;
import com.precog.domain.edge.EdgeObservation;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precog edges list}: recorded edges (file-backed journal under {@code $PRECOG_HOME/trading} until PostgreSQL is wired). */
@Command(name = "edges", mixinStandardHelpOptions = true, description = "Recorded edges.", subcommands = EdgesCommand.ListEdges.class)
final class EdgesCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Newest recorded edges first (every edge above 'ignore', with its inputs).")
    static final class ListEdges implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--limit", defaultValue = "50", description = "at most this many (default ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--market", description = "only this market ticker")
        String market;

        @Option(names = "--json", description = "one JSON object per line")
        boolean json;

        @Override
        public Integer call() {
            if (limit < 0) throw new IllegalArgumentException("--limit must not be negative, was " + limit);
            List<EdgeObservation> rows;
            // the edges table, where the daemon records every edge above `ignore` (embedded database or PRECOG_DB_URL)
            try (com.precog.adapters.persistence.Database db = com.precog.runner.cli.db.SharedDatabase.open()) { // a running daemon's too
                EdgeJournal journal = new com.precog.adapters.persistence.PersistenceAdapters(db, java.time.Clock.systemUTC()).edgeJournal();
                rows = journal.recent(market == null ? limit : Integer.MAX_VALUE).stream()
                        .filter(o -> market == null || o.marketTicker().equals(market)).limit(limit).toList();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                rows.forEach(o -> out.println(TradingJson.edge(o).toString()));
            } else if (rows.isEmpty()) {
                out.println("no edges recorded");
            } else {
                out.printf("%-24s %-8s %-32s %-4s %-6s %-8s %-8s %-8s %-6s %-12s %s%n", "observed_at", "env", "market", "side", "liq", "price", "fee",
                        "edge", "conf", "model", "action");
                for (EdgeObservation o : rows) {
                    out.printf("%-24s %-8s %-32s %-4s %-6s %-8s %-8s %-8s %-6s %-12s %s%n", o.observedAt(), o.environment().wireName(), o.marketTicker(),
                            o.edge().side(), o.edge().liquidity().name().toLowerCase(java.util.Locale.ROOT), o.edge().price(), o.edge().feePerContract(),
                            o.edge().value(), o.confidence(), o.modelVersion(), o.action().wireName());
                }
            }
            out.flush();
            return 0;
        }
    }
}
