package com.precog.runner.report;

import com.precog.domain.evaluation.CalibrationMetrics;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Probability;
import com.precog.domain.position.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The figures and pictures of {@code precog report}: the recorded trading of one execution environment, one trade per
 * closed position. Money is summed exactly ({@link Dollars}); ratios are {@link BigDecimal}s rounded half-even to six
 * decimals; the charts alone draw with doubles. Built from values ({@link #of}), so it needs no database.
 *
 * <ul>
 *   <li>P&amp;L: the positions' realized P&amp;L (after every fee); a win is a positive one.</li>
 *   <li>Fees: entry fees, exit fees ({@code position_exits}) and settlement fees.</li>
 *   <li>Cost: what the entries cost, price × contracts + entry fees; ROI on cost = P&amp;L / cost.</li>
 *   <li>Equity: the running sum of realized P&amp;L in closing order; max drawdown: its largest fall from a running
 *       peak, the peak starting at zero.</li>
 *   <li>Calibration: the probability a position was entered on against whether its held side won, for the positions
 *       that have both.</li>
 * </ul>
 */
public final class TradingReport {
    /** Reliability bins of the calibration chart and table. */
    static final int BINS = 10;

    /**
     * One closed position and what the records add to it.
     *
     * @param position         the position, closed
     * @param exitAndSettlementFees the fees of its exits and of its settlement (its entry fees are in the position)
     * @param entryProbability the probability of the held side winning that its entry order was decided on, when linked
     * @param outcome          what one held contract was finally worth: 1 (won), 0 (lost) or 0.5 (a tie), when known
     */
    public record Trade(Position position, Dollars exitAndSettlementFees, Optional<Probability> entryProbability, OptionalDouble outcome) {
        public Trade {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(exitAndSettlementFees, "exitAndSettlementFees");
            Objects.requireNonNull(entryProbability, "entryProbability");
            Objects.requireNonNull(outcome, "outcome");
            if (position.isOpen()) throw new IllegalArgumentException("position " + position.id() + " is still open");
            if (outcome.isPresent() && outcome.getAsDouble() != 0 && outcome.getAsDouble() != 0.5 && outcome.getAsDouble() != 1) {
                throw new IllegalArgumentException("outcome must be 0, 0.5 or 1, was " + outcome.getAsDouble());
            }
        }

        public Dollars fees() {
            return position.entryFees().plus(exitAndSettlementFees);
        }

        /** {@return what the entry cost: contracts × price + entry fees} */
        public Dollars cost() {
            return position.originalQuantity().times(position.entryPrice()).plus(position.entryFees());
        }

        public Instant closedAt() {
            return position.closedAt().orElseThrow();
        }
    }

    /** The headline figures. {@code winRate} and {@code roi} are empty without trades (or without cost). */
    public record Summary(int trades, int wins, Optional<BigDecimal> winRate, Dollars pnl, Dollars fees, Dollars cost, Optional<BigDecimal> roi,
                          Dollars maxDrawdown, int withEntryProbability, int calibrated, OptionalDouble brier) {}

    private final String environment;
    private final Optional<LocalDate> from;
    private final Optional<LocalDate> to;
    private final List<Trade> trades;
    private final Summary summary;
    private final List<Dollars> equity;
    private final List<Dollars> drawdown;

    private TradingReport(String environment, Optional<LocalDate> from, Optional<LocalDate> to, List<Trade> trades) {
        this.environment = environment;
        this.from = from;
        this.to = to;
        this.trades = trades;
        List<Dollars> eq = new ArrayList<>();
        List<Dollars> dd = new ArrayList<>();
        Dollars pnl = Dollars.ZERO;
        Dollars fees = Dollars.ZERO;
        Dollars cost = Dollars.ZERO;
        Dollars peak = Dollars.ZERO;
        Dollars maxDrawdown = Dollars.ZERO;
        int wins = 0;
        for (Trade t : trades) {
            pnl = pnl.plus(t.position().realizedPnl());
            fees = fees.plus(t.fees());
            cost = cost.plus(t.cost());
            if (t.position().realizedPnl().isPositive()) wins++;
            peak = peak.max(pnl);
            Dollars down = peak.minus(pnl);
            maxDrawdown = maxDrawdown.max(down);
            eq.add(pnl);
            dd.add(down.negate());
        }
        this.equity = List.copyOf(eq);
        this.drawdown = List.copyOf(dd);
        int n = trades.size();
        double[][] pairs = calibrationPairs();
        this.summary = new Summary(n, wins, n == 0 ? Optional.empty() : Optional.of(ratio(BigDecimal.valueOf(wins), BigDecimal.valueOf(n))),
                pnl, fees, cost, cost.isPositive() ? Optional.of(ratio(pnl.toBigDecimal(), cost.toBigDecimal())) : Optional.empty(),
                maxDrawdown, (int) trades.stream().filter(t -> t.entryProbability().isPresent()).count(), pairs[0].length,
                pairs[0].length == 0 ? OptionalDouble.empty() : OptionalDouble.of(CalibrationMetrics.brier(pairs[0], pairs[1])));
    }

    /**
     * The report of {@code trades} (closed positions of {@code environment}, in any order; they are taken in closing
     * order) closed within {@code from .. to} (the dates as asked, for the title; the caller filters).
     */
    public static TradingReport of(String environment, Optional<LocalDate> from, Optional<LocalDate> to, List<Trade> trades) {
        List<Trade> sorted = new ArrayList<>(trades);
        sorted.sort(Comparator.comparing(Trade::closedAt).thenComparing(t -> t.position().id()));
        return new TradingReport(environment, from, to, List.copyOf(sorted));
    }

    public Summary summary() {
        return summary;
    }

    /** {@return the trades in closing order} */
    public List<Trade> trades() {
        return trades;
    }

    /** {@return realized P&amp;L summed after each trade, in closing order} */
    public List<Dollars> equity() {
        return equity;
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return a.divide(b, 6, RoundingMode.HALF_EVEN);
    }

    /** The (forecast, outcome) pairs of the trades that have both: two arrays of the same length. */
    private double[][] calibrationPairs() {
        List<Trade> both = trades.stream().filter(t -> t.entryProbability().isPresent() && t.outcome().isPresent()).toList();
        double[] f = new double[both.size()];
        double[] o = new double[both.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = both.get(i).entryProbability().orElseThrow().asDouble();
            o[i] = both.get(i).outcome().getAsDouble();
        }
        return new double[][] {f, o};
    }

    /** The period as asked: "all dates", "from 2025-09-01", "2025-09-01 to 2025-09-30"... */
    public String period() {
        if (from.isEmpty() && to.isEmpty()) return "all dates";
        if (to.isEmpty()) return "from " + from.get();
        if (from.isEmpty()) return "up to " + to.get();
        return from.get() + " to " + to.get();
    }

    /** The self-contained HTML page: summary, equity curve, drawdown, reliability diagram, the trades. */
    public HtmlReport html(String database, Instant generatedAt) {
        Summary s = summary;
        HtmlReport.Builder b = HtmlReport.builder("Precog report: " + environment + " trading")
                .subtitle("Positions of the " + environment + " environment closed (exited or settled), " + period() + " (UTC), as recorded in "
                        + database + ".")
                .generatedAt(generatedAt);
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("trades (closed positions)", Integer.toString(s.trades()));
        kv.put("wins / losses", s.wins() + " / " + (s.trades() - s.wins()));
        kv.put("win rate", s.winRate().map(TradingReport::percent).orElse("n/a"));
        kv.put("P&L (realized, after fees)", "$" + s.pnl());
        kv.put("fees (entry, exit, settlement)", "$" + s.fees());
        kv.put("cost of the entries", "$" + s.cost());
        kv.put("ROI on cost", s.roi().map(TradingReport::percent).orElse("n/a"));
        kv.put("max drawdown (from the running peak of realized P&L)", "$" + s.maxDrawdown());
        kv.put("Brier score of the entry probabilities", s.brier().isPresent()
                ? String.format(Locale.ROOT, "%.4f (%d trades)", s.brier().getAsDouble(), s.calibrated()) : "n/a");
        HtmlReport.Section summarySection = b.section("Summary").keyValues(kv);
        if (trades.isEmpty()) {
            summarySection.paragraph("No " + environment + " position was closed in this period: nothing to add up or draw.");
        }
        HtmlReport.Section equitySection = b.section("Equity curve");
        HtmlReport.Section drawdownSection = b.section("Drawdown");
        if (trades.isEmpty()) {
            equitySection.paragraph("No closed positions.");
            drawdownSection.paragraph("No closed positions.");
        } else {
            equitySection.chart(ReportCharts.lineChart("Realized P&L summed after each closed position", "closed positions", "dollars",
                    Map.of("realized P&L", series(equity))), 900, 360, "equity curve");
            drawdownSection.chart(ReportCharts.lineChart("Drawdown from the running peak", "closed positions", "dollars",
                    Map.of("drawdown", series(drawdown))), 900, 260, "drawdown");
        }
        reliability(b.section("Reliability diagram"));
        List<List<String>> rows = new ArrayList<>();
        for (Trade t : trades) {
            Position p = t.position();
            rows.add(List.of(t.closedAt().toString(), p.marketTicker(), p.side().wireName(), p.originalQuantity().toString(), p.entryPrice().toString(),
                    t.fees().toString(), p.realizedPnl().toString(), t.entryProbability().map(Probability::toString).orElse("-"),
                    t.outcome().isPresent() ? outcomeText(t.outcome().getAsDouble()) : "-", p.id()));
        }
        b.section("Trades").table(List.of("closed at", "market", "side", "contracts", "entry price", "fees", "realized P&L", "entry probability",
                "held side", "position"), rows);
        return b.build();
    }

    private void reliability(HtmlReport.Section section) {
        Summary s = summary;
        section.paragraph("The probability is the one each position's entry order was decided on (orders.win_probability: the held "
                + "side winning), found through the position's entry fill (the position id is its fill id: trades.fill_id, then "
                + "trades.client_order_id to the order). The outcome is its market's settlement in this environment (settlements): "
                + "1 when the held side won, 0 when it lost, 0.5 for a tie.");
        section.paragraph(String.format(Locale.ROOT, "%d of %d trades have an entry probability (the others have no recorded entry order, "
                + "e.g. positions adopted from the exchange at start-up); %d of those have a known outcome (a position exited before "
                + "its market settled has one only when the market's settlement was recorded; voided markets have none).",
                s.withEntryProbability(), s.trades(), s.calibrated()));
        double[][] pairs = calibrationPairs();
        if (pairs[0].length == 0) {
            section.paragraph("No trade has both an entry probability and a known outcome: there is no reliability diagram to draw.");
            return;
        }
        CalibrationMetrics.ReliabilityBin[] bins = CalibrationMetrics.reliability(pairs[0], pairs[1], BINS);
        section.chart(ReportCharts.reliabilityDiagram("Entry probability vs outcome", Map.of("entry probability", bins)), 520, 520,
                "reliability diagram");
        List<List<String>> rows = new ArrayList<>();
        for (CalibrationMetrics.ReliabilityBin bin : bins) {
            if (bin.count() == 0) continue;
            rows.add(List.of(String.format(Locale.ROOT, "%.1f-%.1f", bin.lower(), bin.upper()), Integer.toString(bin.count()),
                    String.format(Locale.ROOT, "%.3f", bin.meanForecast()), String.format(Locale.ROOT, "%.3f", bin.meanOutcome())));
        }
        section.table(List.of("probability", "trades", "mean probability", "held side won"), rows);
    }

    private static TreeMap<Integer, Double> series(List<Dollars> values) {
        TreeMap<Integer, Double> s = new TreeMap<>();
        s.put(0, 0.0);
        for (int i = 0; i < values.size(); i++) s.put(i + 1, values.get(i).toBigDecimal().doubleValue()); // drawing only
        return s;
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String outcomeText(double outcome) {
        return outcome == 1 ? "won" : outcome == 0 ? "lost" : "tie (0.5)";
    }
}
