package com.precog.runner.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.market.OrderAction;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.Position;
import com.precog.runner.PrecogHome;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.cli.positions.ExitStores;
import com.precog.runner.report.TradingReport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog report} (SPEC §13): a self-contained HTML report of the trading recorded in PostgreSQL for one execution
 * environment: the closed positions (current rows of {@code positions}: realized P&amp;L, fees, closed_at) as trades, with
 * win rate, P&amp;L, fees, ROI on cost, max drawdown, the equity curve, the drawdown and a reliability diagram of the
 * probabilities the entries were decided on ({@link TradingReport}). {@code --json} prints the figures as one JSON
 * document on stdout and still writes the file.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "HTML report of recorded trading (closed positions of one environment): trades, win rate, P&L, fees, ROI, "
                + "max drawdown, equity curve, drawdown and reliability diagram.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--env", paramLabel = "ENV", defaultValue = "paper", description = "paper|demo|live: whose trading (default: ${DEFAULT-VALUE}).")
    String env;

    @Option(names = "--from", paramLabel = "DATE", description = "Only positions closed on or after this day (YYYY-MM-DD, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only positions closed on or before this day (YYYY-MM-DD, UTC).")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "HTML file to write (default: $PRECOG_HOME/reports/ENV-report.html).")
    Path out;

    @Option(names = "--json", description = "Print the figures as one JSON document on stdout (the file is still written).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ExecutionEnvironment environment = ExecutionEnvironment.parse(env);
        if (environment == ExecutionEnvironment.BACKTEST) {
            throw new IllegalArgumentException("--env must be paper, demo or live, was '" + env
                    + "' (a backtest keeps no positions: precog backtest writes its own report)");
        }
        Optional<LocalDate> first = date("--from", from);
        Optional<LocalDate> last = date("--to", to);
        if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
            throw new IllegalArgumentException("--from " + first.get() + " is after --to " + last.get());
        }
        String database;
        List<TradingReport.Trade> trades;
        try (ExitStores store = ExitStores.open()) { // the daemon's PostgreSQL, attached to when a daemon owns it
            database = store.description();
            trades = trades(store, environment, first, last);
        }
        TradingReport report = TradingReport.of(environment.wireName(), first, last, trades);
        Path file = (out != null ? out : PrecogHome.path().resolve("reports").resolve(environment.wireName() + "-report.html")).toAbsolutePath();
        report.html(database, Instant.now()).write(file);
        print(report, environment, file, database, first, last);
        return ExitCodes.OK;
    }

    private static Optional<LocalDate> date(String option, String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date like 2025-09-07");
        }
    }

    /** The closed positions of {@code environment} closed within the days asked, with their fees, entry probability and outcome. */
    static List<TradingReport.Trade> trades(ExitStores store, ExecutionEnvironment environment, Optional<LocalDate> first, Optional<LocalDate> last) {
        Optional<Instant> since = first.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
        Optional<Instant> until = last.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<Position> closed = new ArrayList<>();
        for (Position p : store.positions(environment).all()) {
            if (p.isOpen()) continue;
            Instant at = p.closedAt().orElseThrow();
            if (since.isPresent() && at.isBefore(since.get()) || until.isPresent() && !at.isBefore(until.get())) continue;
            closed.add(p);
        }
        if (closed.isEmpty()) return List.of();
        // exit fees: position_exits (reads cover every environment: keep this one's)
        Map<String, Dollars> exitFees = new HashMap<>();
        for (PositionExit e : store.journal().exitsSince(Instant.EPOCH)) {
            if (e.environment() == environment) exitFees.merge(e.positionId(), e.fees(), Dollars::plus);
        }
        // settlements: a position's own (fees, outcome), and its market's result for a position exited before the settlement
        Map<String, Settlements.Settlement> settledPosition = new HashMap<>();
        Map<String, Settlements.Settlement> settledMarket = new HashMap<>();
        for (Settlements.Settlement s : store.settlements(environment).all()) {
            settledPosition.put(s.positionId(), s);
            settledMarket.putIfAbsent(s.marketTicker(), s);
        }
        // the entry: a position's id is its entry fill's id (TradingSession.openPosition); the fill names the order
        OrderJournal journal = store.orderJournal();
        Map<String, TradeRecord> entryFills = new HashMap<>();
        for (TradeRecord t : journal.trades()) {
            if (t.attribution().environment() == environment && t.fill().action() == OrderAction.BUY) entryFills.put(t.fill().fillId(), t);
        }
        List<TradingReport.Trade> trades = new ArrayList<>();
        for (Position p : closed) {
            Settlements.Settlement own = settledPosition.get(p.id());
            Dollars fees = exitFees.getOrDefault(p.id(), Dollars.ZERO).plus(own == null ? Dollars.ZERO : own.fees());
            Optional<Probability> probability = Optional.ofNullable(entryFills.get(p.id()))
                    .flatMap(t -> journal.order(t.fill().clientOrderId()))
                    .filter(o -> o.request().side() == p.side() && o.request().marketTicker().equals(p.marketTicker()))
                    .map(OrderRecord::winProbability);
            trades.add(new TradingReport.Trade(p, fees, probability, outcome(p, own != null ? own : settledMarket.get(p.marketTicker()))));
        }
        return trades;
    }

    /**
     * What one contract of {@code p}'s held side was worth at {@code s}, its market's settlement: 1 or 0 for a yes/no
     * result, the settled value when that is 0, 0.5 or 1 (a tie pays 0.5), nothing for a void or another value.
     */
    static OptionalDouble outcome(Position p, Settlements.Settlement s) {
        if (s == null) return OptionalDouble.empty();
        return switch (s.result()) {
            case YES -> OptionalDouble.of(p.side() == com.precog.domain.market.Side.YES ? 1 : 0);
            case NO -> OptionalDouble.of(p.side() == com.precog.domain.market.Side.NO ? 1 : 0);
            case VOID -> OptionalDouble.empty();
            case SCALAR -> {
                BigDecimal held = s.side() == p.side() ? s.settlementPrice().toBigDecimal() : BigDecimal.ONE.subtract(s.settlementPrice().toBigDecimal());
                double v = held.doubleValue();
                yield v == 0 || v == 0.5 || v == 1 ? OptionalDouble.of(v) : OptionalDouble.empty();
            }
        };
    }

    private void print(TradingReport report, ExecutionEnvironment environment, Path file, String database, Optional<LocalDate> first,
                       Optional<LocalDate> last) throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        TradingReport.Summary s = report.summary();
        String none = "no " + environment.wireName() + " position closed (" + report.period() + ") in " + database;
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode n = m.createObjectNode();
            n.put("environment", environment.wireName());
            n.put("from", first.map(LocalDate::toString).orElse(null));
            n.put("to", last.map(LocalDate::toString).orElse(null));
            n.put("trades", s.trades());
            n.put("wins", s.wins());
            n.put("losses", s.trades() - s.wins());
            n.put("win_rate", s.winRate().orElse(null));
            n.put("pnl", s.pnl().toBigDecimal());
            n.put("fees", s.fees().toBigDecimal());
            n.put("cost", s.cost().toBigDecimal());
            n.put("roi", s.roi().orElse(null));
            n.put("max_drawdown", s.maxDrawdown().toBigDecimal());
            ObjectNode c = n.putObject("calibration");
            c.put("with_entry_probability", s.withEntryProbability());
            c.put("with_outcome", s.calibrated());
            if (s.brier().isPresent()) c.put("brier", s.brier().getAsDouble());
            else c.putNull("brier");
            n.put("report", file.toString());
            n.put("database", database);
            stdout.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(n));
            if (s.trades() == 0) com.precog.runner.cli.PrecogCommand.infoLines(spec).println("precog: " + none);
        } else {
            stdout.println("Precog report — " + environment.wireName() + " trading, positions closed " + report.period());
            if (s.trades() == 0) stdout.println("  " + none);
            stdout.printf(Locale.ROOT, "  trades (closed positions)  %d%n", s.trades());
            stdout.printf(Locale.ROOT, "  win rate                   %s%n", s.winRate().map(ReportCommand::percent).orElse("n/a"));
            stdout.printf(Locale.ROOT, "  P&L                        $%s (fees $%s)%n", s.pnl(), s.fees());
            stdout.printf(Locale.ROOT, "  ROI on cost                %s (cost $%s)%n", s.roi().map(ReportCommand::percent).orElse("n/a"), s.cost());
            stdout.printf(Locale.ROOT, "  max drawdown               $%s%n", s.maxDrawdown());
            stdout.printf(Locale.ROOT, "  entry probability known    %d of %d; with an outcome %d%s%n", s.withEntryProbability(), s.trades(), s.calibrated(),
                    s.brier().isPresent() ? String.format(Locale.ROOT, " (Brier %.4f)", s.brier().getAsDouble()) : "");
            stdout.println("  report: " + file);
        }
        stdout.flush();
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
