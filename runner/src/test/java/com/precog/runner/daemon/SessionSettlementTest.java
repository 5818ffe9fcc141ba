package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.AccountBalances;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.Settlements;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A market the daemon holds settles at the (fake) exchange: the position is closed by the result and
 * one {@code settlements} row per position lands in PostgreSQL; the account's balance history is
 * kept in {@code account_balance}.
 */
class SessionSettlementTest {
    @Test
    void aSettledMarketIsRecordedOncePerPosition_andTheBalanceHistoryIsKept(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String ticker = f.tickers.get(0);
            try (LiveSession.Handle h = f.start(ExecutionEnvironment.DEMO)) {
                await(() -> !f.exchange.netPositions().isEmpty() && !f.localNetPositions().isEmpty(), "an entry");
                // the ask side empty after the entry is no reason to exit (the YES bid 0.53 still stands); the only sellers
                // left now ask 0.80: spread 0.27 > 0.03, so the liquidity exit (HIGH) rests a sell one tick over the bid.
                // That order is now the book's best ask, under the fair 0.70; the session must not buy it back from itself.
                Thread.sleep(600); // many monitor ticks (25 ms) over the book our entry left
                assertThat(f.exchange.clientOrderIds()).as("our own entry emptying the ask is not a dried-up market")
                        .noneMatch(id -> id.startsWith("exit-"));
                f.leaveOneSellerAt80(ticker);
                await(() -> f.exchange.clientOrderIds().stream().anyMatch(id -> id.startsWith("exit-")), "the liquidity exit's order");
                Thread.sleep(500); // book updates of the exit's own order reach the entry service
                assertThat(f.journaledOrders(ExecutionEnvironment.DEMO)).as("no entry while the market's exit is worked")
                        .extracting(o -> o.request().clientOrderId().value()).filteredOn(id -> !id.startsWith("exit-")).hasSize(1);
                h.injector().getInstance(CircuitBreakerService.class)
                        .trip(BreakerKind.MANUAL, BreakerEvent.ALL, false, "test: no new entries", "test");
                Thread.sleep(300); // entries halted; in-flight fills recorded

                f.exchange.determineMarket(ticker, "yes", "1"); // cancels every resting order: no fill after this
                Map<String, Long> held = f.exchange.netPositions();
                long heldHundredths = held.get(ticker);
                assertThat(heldHundredths).as("YES bought (asks at 0.55, fair 0.70)").isPositive();
                f.exchange.settleMarket(ticker);
                Settlements settlements = f.adapters().settlements(ExecutionEnvironment.DEMO);
                await(() -> f.localNetPositions().isEmpty(), "positions closed by the result");
                List<Settlements.Settlement> rows = settlements.all();
                assertThat(rows).isNotEmpty().allSatisfy(s -> {
                    assertThat(s.marketTicker()).isEqualTo(ticker);
                    assertThat(s.result()).isEqualTo(Settlements.MarketResult.YES);
                    assertThat(s.settlementPrice()).isEqualTo(Dollars.of(1));
                    assertThat(s.realizedPnl().isPositive()).as("YES paid $1 on a 0.55 entry").isTrue();
                });
                assertThat(rows).extracting(Settlements.Settlement::positionId).doesNotHaveDuplicates();
                long settledHundredths = rows.stream().map(Settlements.Settlement::quantity).mapToLong(Contracts::hundredths).sum();
                assertThat(settledHundredths).as("every contract held at the exchange is settled once").isEqualTo(heldHundredths);
                assertThat(f.adapters().settlements(ExecutionEnvironment.PAPER).all()).as("per environment").isEmpty();
                // the resting exit ended with the market (canceled by the determination or by the settlement, whichever the
                // session saw first), its attempt journaled; it never traded, so the settlement paid every contract held
                assertThat(rows).flatExtracting(s -> f.adapters().exitJournal(ExecutionEnvironment.DEMO).attempts(s.positionId()))
                        .isNotEmpty().allSatisfy(a -> assertThat(a.filled().isPositive()).isFalse())
                        .anySatisfy(a -> assertThat(a.reason()).isIn("market settled", "order ended on the venue"));

                AccountBalances balances = f.adapters().accountBalances(ExecutionEnvironment.DEMO);
                assertThat(balances.current()).as("the session records the account's balance").isPresent();
            }
        }
    }

    @Test
    void aDeterminationTheStreamNeverDelivered_settlesPaperPositionsFromTheMarketsRestResult(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String ticker = f.tickers.get(0);
            EffectiveConfig config = EffectiveConfig.resolve(Map.of(ConfigSchema.MARKETS + ":discovery.interval", "10s"), List.of());
            try (LiveSession.Handle h = LiveSession.start(f.paperOptions(config, Duration.ofMillis(25)))) {
                long held = enterThenHaltEntries(f, h).get(ticker);
                assertThat(held).as("YES bought on paper (asks at 0.55, fair 0.70)").isPositive();
                // REST says determined, YES won; no market_lifecycle_v2 message ever comes (as after a restart or a reconnect)
                f.exchange.determineMarketUnannounced(ticker, "yes", "1");
                await(() -> f.localNetPositions().isEmpty(), "positions closed by the REST result at the next discovery", 40);
                List<Settlements.Settlement> rows = settledOnce(f, ExecutionEnvironment.PAPER, Settlements.MarketResult.YES, held);
                assertThat(rows).allSatisfy(s -> {
                    assertThat(s.marketTicker()).isEqualTo(ticker);
                    assertThat(s.realizedPnl().isPositive()).as("YES paid $1 on a 0.55 entry").isTrue();
                });
            }
        }
    }

    @Test
    void aPositionWhoseMarketWasDeterminedWhileTheDaemonWasDown_settlesAtTheNextStart(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String ticker = f.tickers.get(0);
            long held;
            try (LiveSession.Handle first = f.start(ExecutionEnvironment.PAPER)) {
                held = enterThenHaltEntries(f, first).get(ticker);
            }
            f.exchange.determineMarketUnannounced(ticker, "no", "0"); // while no daemon runs: the market is no longer listed as open
            try (LiveSession.Handle second = f.start(ExecutionEnvironment.PAPER)) {
                await(() -> f.localNetPositions().isEmpty(), "the held position settled by the start's discovery");
                List<Settlements.Settlement> rows = settledOnce(f, ExecutionEnvironment.PAPER, Settlements.MarketResult.NO, held);
                assertThat(rows).allSatisfy(s -> {
                    assertThat(s.realizedPnl().isNegative()).as("YES bought at 0.55 paid nothing").isTrue();
                });
            }
        }
    }

    @Test
    void paperSettlementPaysThePaperAccount_andARestartDoesNotReopenTheSettledPosition(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String ticker = f.tickers.get(0);
            Settlements settlements = f.adapters().settlements(ExecutionEnvironment.PAPER);
            try (LiveSession.Handle first = f.start(ExecutionEnvironment.PAPER)) {
                enterThenHaltEntries(f, first);
                f.exchange.determineMarket(ticker, "yes", "1");
                await(() -> f.localNetPositions().isEmpty(), "the paper position settled");
                Portfolio paper = first.injector().getInstance(Portfolio.class);
                // cash = bankroll − what the entries cost (price and fees) + what the settlement paid, each change to the cent
                long spent = 0;
                for (var t : f.adapters().orderJournal().trades()) {
                    if (t.attribution().environment() != ExecutionEnvironment.PAPER) continue;
                    long exact = t.fill().count().times(t.fill().price()).units() + t.fill().fee().units();
                    spent += Dollars.ofUnits(exact).ceilTo(Dollars.CENT).units(); // a debit rounds away from zero
                }
                long paid = settlements.all().stream().mapToLong(x -> x.revenue().floorToCent().units()).sum();
                assertThat(paid).as("YES paid $1 a contract").isPositive();
                assertThat(paper.cashBalance()).isEqualTo(Dollars.ofUnits(Dollars.of(10_000).units() - spent + paid));
                assertThat(paper.holdings()).as("nothing is held in a settled market").isEmpty();
            }
            int rows = settlements.all().size();
            try (LiveSession.Handle second = f.start(ExecutionEnvironment.PAPER)) {
                Thread.sleep(1_000); // reconciliation and the first discovery have run
                assertThat(f.localNetPositions()).as("the settled position is not adopted again from the paper journal").isEmpty();
                assertThat(settlements.all()).hasSize(rows);
            }
        }
    }

    @Test
    void aTiedGameSettlesEachPositionAtHalfADollar(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String ticker = f.tickers.get(0);
            try (LiveSession.Handle h = f.start(ExecutionEnvironment.PAPER)) {
                long held = enterThenHaltEntries(f, h).get(ticker);
                // KXNFLGAME rules: "If the game ends in a tie, the market will resolve to $0.50 for each team."
                f.exchange.determineMarket(ticker, "scalar", "0.5000");
                await(() -> f.localNetPositions().isEmpty(), "positions closed at the tie's value");
                List<Settlements.Settlement> rows = settledOnce(f, ExecutionEnvironment.PAPER, Settlements.MarketResult.SCALAR, held);
                assertThat(rows).allSatisfy(s -> {
                    assertThat(s.settlementPrice()).isEqualTo(Dollars.of("0.50"));
                    assertThat(s.revenue()).isEqualTo(Dollars.of("0.50").times(s.quantity()));
                    assertThat(s.realizedPnl().isNegative()).as("YES bought at 0.55 paid 0.50").isTrue();
                });
            }
        }
    }

    @Test
    void demo_aMarketPaidOutWhileTheDaemonWasDown_isSettledAtItsResultAfterTheRestart_notClosedAtAnUnknownPnl(@TempDir Path dir)
            throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            String ticker = f.tickers.get(0);
            long held;
            try (LiveSession.Handle first = f.start(ExecutionEnvironment.DEMO)) {
                await(() -> !f.exchange.netPositions().isEmpty() && !f.localNetPositions().isEmpty(), "an entry");
                first.injector().getInstance(CircuitBreakerService.class)
                        .trip(BreakerKind.MANUAL, BreakerEvent.ALL, false, "test: no new entries", "test");
                Thread.sleep(300);
                held = f.exchange.netPositions().get(ticker);
                await(() -> Long.valueOf(held).equals(f.localNetPositions().get(ticker)), "local positions equal to the exchange's");
            }
            // while no daemon runs, the market is determined and paid out: the exchange no longer holds the contracts
            f.exchange.determineMarket(ticker, "yes", "1");
            f.exchange.settleMarket(ticker);
            assertThat(f.exchange.netPositions()).doesNotContainKey(ticker);
            try (LiveSession.Handle second = f.start(ExecutionEnvironment.DEMO)) {
                await(() -> f.localNetPositions().isEmpty(), "the position settled");
                List<Settlements.Settlement> rows = settledOnce(f, ExecutionEnvironment.DEMO, Settlements.MarketResult.YES, held);
                assertThat(rows).as("settled at the result with its P&L, not closed at an unknown one").allSatisfy(s -> {
                    assertThat(s.realizedPnl().isPositive()).isTrue();
                });
            }
        }
    }

    /** The environment's settlement rows, asserted: at least one, every one with {@code result}, together exactly {@code held}. */
    private static List<Settlements.Settlement> settledOnce(SessionFixture f, ExecutionEnvironment env, Settlements.MarketResult result, long held) {
        List<Settlements.Settlement> rows = f.adapters().settlements(env).all();
        assertThat(rows).isNotEmpty().allSatisfy(s -> assertThat(s.result()).isEqualTo(result));
        assertThat(rows.stream().map(Settlements.Settlement::quantity).mapToLong(Contracts::hundredths).sum())
                .as("every contract held is settled once").isEqualTo(held);
        return rows;
    }

    /** Waits for the session's first paper entry, then halts entries (manual breaker) and lets in-flight fills land; the local net positions. */
    private static Map<String, Long> enterThenHaltEntries(SessionFixture f, LiveSession.Handle h) throws InterruptedException {
        await(() -> !f.localNetPositions().isEmpty(), "a paper entry");
        h.injector().getInstance(CircuitBreakerService.class).trip(BreakerKind.MANUAL, BreakerEvent.ALL, false, "test: no new entries", "test");
        Thread.sleep(300);
        return f.localNetPositions();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, what, 30);
    }

    private static void await(BooleanSupplier condition, String what, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }
}
