package com.precog.runner.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import com.precog.runner.cli.CliDatabase;
import com.precog.runner.cli.CliRunner;
import com.precog.runner.cli.positions.ExitStores;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precog report} on a real PostgreSQL (a database of this test's own), with the records a paper session writes:
 * positions (SCD2), the entry orders and fills they were opened from, exits and settlements. The figures are worked out
 * by hand below.
 */
class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    private static final String M1 = "KXNFLGAME-25SEP07DETGB-GB";
    private static final String M2 = "KXNFLGAME-25SEP07KCLAC-KC";
    private static final String M4 = "KXNFLGAME-25SEP08CHIMIN-MIN";

    @TempDir
    Path dir;
    private String previousHome;

    @BeforeEach
    void setUp() {
        previousHome = System.getProperty("precog.home");
        System.setProperty("precog.home", dir.resolve("home").toString());
        CliDatabase.create().use(); // an empty PostgreSQL database of this test's own
    }

    @AfterEach
    void tearDown() {
        CliDatabase.clear();
        if (previousHome == null) System.clearProperty("precog.home");
        else System.setProperty("precog.home", previousHome);
    }

    /**
     * Paper: four closed positions and one open, plus a closed demo position.
     * <pre>
     * P1 YES 10 @ 0.60, fees 0.10 (cost 6.10), settled YES: +3.90, entered at p = 0.70           T0+1h
     * P2 NO  20 @ 0.45, fees 0.20 (cost 9.20), stop loss 20 @ 0.30, exit fees 0.15: -3.35, p = 0.60; M2 settled YES later: lost  T0+2h
     * P3 YES  5 @ 0.50, fees 0.05 (cost 2.55), settled YES in M2: +2.45, adopted (no entry order)   T0+3h
     * P4 YES 10 @ 0.40, fees 0.10 (cost 4.10), settled NO: -4.10, p = 0.55                         next day
     * trades 4, wins 2, P&L -1.10, fees 0.60, cost 21.95, ROI -1.10/21.95 = -0.050114
     * equity 3.90, 0.55, 3.00, -1.10: max drawdown 3.90 - (-1.10) = 5.00
     * Brier of (0.70, 1), (0.60, 0), (0.55, 0) = (0.09 + 0.36 + 0.3025) / 3 = 0.250833
     * </pre>
     */
    private void recordTrading() {
        try (ExitStores store = ExitStores.open()) {
            var positions = store.positions();
            var settlements = store.settlements(ExecutionEnvironment.PAPER);
            Position p1 = entry(store, "fill-1", M1, Side.YES, "0.60", "0.10", 10, "0.70", T0);
            settle(store, p1, MarketOutcome.won(Side.YES), T0.plusSeconds(3600));

            Position p2 = entry(store, "fill-2", M2, Side.NO, "0.45", "0.20", 20, "0.60", T0);
            Dollars pnl2 = p2.realizedPnlOf(Contracts.of(20), Contracts.of(20).times(Price.of("0.30")), Dollars.of("0.15"));
            assertThat(pnl2).isEqualTo(Dollars.of("-3.35"));
            positions.save(p2.afterExit(Contracts.of(20), pnl2, 0, T0.plusSeconds(7200)), T0.plusSeconds(7200));
            store.journal().recordExit(new PositionExit("x-2", p2.id(), M2, ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, Contracts.of(20),
                    Price.of("0.30"), Dollars.of("0.15"), pnl2, Contracts.ZERO, List.of(), ExecutionEnvironment.PAPER, T0.plusSeconds(7200)));

            Position p3 = Position.open("rc-" + M2 + "-yes-1", M2, "", Side.YES, ConfidenceLevel.MEDIUM, ExecutionEnvironment.PAPER, "", "",
                    Price.of("0.50"), Dollars.of("0.05"), Contracts.of(5), TrailingStopConfig.balanced(), T0);
            positions.save(p3, T0);
            settle(store, p3, MarketOutcome.won(Side.YES), T0.plusSeconds(3 * 3600));

            Position p4 = entry(store, "fill-4", M4, Side.YES, "0.40", "0.10", 10, "0.55", T0.plusSeconds(20 * 3600));
            settle(store, p4, MarketOutcome.won(Side.NO), T0.plusSeconds(22 * 3600));

            entry(store, "fill-5", M4, Side.YES, "0.41", "0.10", 3, "0.60", T0.plusSeconds(20 * 3600)); // still open: no trade
            Position demo = Position.open("demo-1", M1, "", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.DEMO, "", "",
                    Price.of("0.50"), Dollars.ZERO, Contracts.of(100), TrailingStopConfig.balanced(), T0);
            positions.save(demo, T0);
            positions.save(demo.settle(MarketOutcome.won(Side.YES), T0.plusSeconds(3600)), T0.plusSeconds(3600)); // demo: +50.00
            assertThat(settlements.all()).hasSize(3);
        }
    }

    /** A paper entry as the session records it: the order with its probability, its fill, and the position named by the fill. */
    private static Position entry(ExitStores store, String fillId, String ticker, Side side, String price, String fee, long count,
            String probability, Instant at) {
        Attribution a = new Attribution(StrategyKey.of("pre_game_entry", "v1.0"), "elo_nfl@v1.0", ExecutionEnvironment.PAPER);
        ClientOrderId id = ClientOrderId.of("order-" + fillId);
        store.orderJournal().recordOrder(new OrderRecord(OrderRequest.limit(id, ticker, side, OrderAction.BUY, Contracts.of(count), Price.of(price)),
                a, at, Dollars.of("0.05"), Probability.of(probability)));
        store.orderJournal().recordTrade(new TradeRecord(new Fill(fillId, id, "", ticker, side, OrderAction.BUY, Price.of(price),
                Contracts.of(count), Liquidity.TAKER, Dollars.of(fee), at), a, at));
        Position p = Position.open(fillId, ticker, "", side, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER, a.strategy().toString(),
                a.modelVersion(), Price.of(price), Dollars.of(fee), Contracts.of(count), TrailingStopConfig.balanced(), at);
        store.positions().save(p, at);
        return p;
    }

    private static void settle(ExitStores store, Position p, MarketOutcome outcome, Instant at) {
        Position settled = p.settle(outcome, at);
        store.settlements(ExecutionEnvironment.PAPER).record(Settlements.Settlement.of(p, settled, outcome));
        store.positions().save(settled, at);
    }

    @Test
    void report_json_addsUpTheClosedPaperPositions_andWritesTheHtml() throws Exception {
        recordTrading();
        Path out = dir.resolve("paper.html");
        CliRunner.Result r = CliRunner.run("report", "--json", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("environment").asText()).isEqualTo("paper");
        assertThat(j.get("trades").asInt()).isEqualTo(4);
        assertThat(j.get("wins").asInt()).isEqualTo(2);
        assertThat(j.get("losses").asInt()).isEqualTo(2);
        assertThat(j.get("win_rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(j.get("pnl").decimalValue()).isEqualByComparingTo("-1.10");
        assertThat(j.get("fees").decimalValue()).isEqualByComparingTo("0.60");
        assertThat(j.get("cost").decimalValue()).isEqualByComparingTo("21.95");
        assertThat(j.get("roi").decimalValue()).isEqualByComparingTo("-0.050114");
        assertThat(j.get("max_drawdown").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(j.get("calibration").get("with_entry_probability").asInt()).isEqualTo(3);
        assertThat(j.get("calibration").get("with_outcome").asInt()).isEqualTo(3);
        assertThat(j.get("calibration").get("brier").asDouble()).isCloseTo(0.7525 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(j.get("report").asText()).isEqualTo(out.toAbsolutePath().toString());

        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Equity curve").contains("Drawdown").contains("Reliability diagram")
                .contains("alt=\"equity curve\"").contains("alt=\"drawdown\"").contains("alt=\"reliability diagram\"")
                .contains("data:image/png;base64,").contains("-1.10").contains("fill-4").doesNotContain("demo-1").doesNotContain("fill-5")
                .contains("3 of 4 trades have an entry probability");
        assertThat(html).as("self-contained: nothing fetched").doesNotContain("src=\"http").doesNotContain("<script src");
    }

    @Test
    void report_text_thePeriod_andAnotherEnvironment() throws Exception {
        recordTrading();
        CliRunner.Result text = CliRunner.run("report", "--out", dir.resolve("t.html").toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("trades (closed positions)  4").contains("win rate                   50.00%")
                .contains("P&L                        $-1.10 (fees $0.60)").contains("ROI on cost                -5.01% (cost $21.95)")
                .contains("max drawdown               $5.00").contains("report: " + dir.resolve("t.html").toAbsolutePath());

        // closed on 2025-09-07 (UTC) only: P1, P2, P3
        JsonNode day = JSON.readTree(CliRunner.run("report", "--json", "--from", "2025-09-07", "--to", "2025-09-07",
                "--out", dir.resolve("d.html").toString()).out());
        assertThat(day.get("trades").asInt()).isEqualTo(3);
        assertThat(day.get("pnl").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(day.get("max_drawdown").decimalValue()).isEqualByComparingTo("3.35");
        assertThat(day.get("from").asText()).isEqualTo("2025-09-07");

        JsonNode demo = JSON.readTree(CliRunner.run("report", "--env", "demo", "--json", "--out", dir.resolve("demo.html").toString()).out());
        assertThat(demo.get("trades").asInt()).isEqualTo(1);
        assertThat(demo.get("pnl").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(demo.get("calibration").get("with_entry_probability").asInt()).isZero();
        assertThat(demo.get("calibration").get("brier").isNull()).isTrue();
        assertThat(Files.readString(dir.resolve("demo.html"))).contains("there is no reliability diagram to draw");
    }

    @Test
    void report_emptyDatabase_zeroTrades_exit0_withAClearMessage_andTheDefaultFile() throws Exception {
        CliRunner.Result r = CliRunner.run("report", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("trades").asInt()).isZero();
        assertThat(j.get("pnl").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(j.get("win_rate").isNull()).isTrue();
        assertThat(j.get("roi").isNull()).isTrue();
        Path file = dir.resolve("home").resolve("reports").resolve("paper-report.html").toAbsolutePath();
        assertThat(j.get("report").asText()).isEqualTo(file.toString());
        assertThat(Files.readString(file)).contains("No paper position was closed in this period");
        assertThat(r.err()).contains("precog: no paper position closed (all dates)");

        CliRunner.Result text = CliRunner.run("report", "--env", "live");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("no live position closed (all dates)").contains("trades (closed positions)  0");
    }

    @Test
    void report_badInput_exit2_andNoDatabase_exit1() {
        CliRunner.Result env = CliRunner.run("report", "--env", "backtest");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).contains("--env must be paper, demo or live, was 'backtest'");
        CliRunner.Result date = CliRunner.run("report", "--from", "07/09/2025");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--from '07/09/2025' is not a date");
        CliRunner.Result order = CliRunner.run("report", "--from", "2025-09-08", "--to", "2025-09-07");
        assertThat(order.exitCode()).isEqualTo(2);

        System.setProperty("PRECOG_DB_URL", "jdbc:postgresql://127.0.0.1:1/none"); // nothing listens on port 1
        CliRunner.Result none = CliRunner.run("report");
        assertThat(none.exitCode()).as(none.err()).isEqualTo(1);
        assertThat(none.err()).startsWith("precog: ");
    }
}
