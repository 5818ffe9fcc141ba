package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.service.session.LifecyclePoints;
import com.precog.application.service.session.TradingSession;
import com.precog.domain.order.ExecutionEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Restart safety (issue #9): a demo session trading on the fake Kalshi exchange is killed at a
 * point of the order lifecycle — the session thread dies mid-step and nothing graceful runs, as
 * after {@code kill -9} — then a new session starts on the same database, position store and
 * exchange account. After it reconciles and trades on, no order is lost (every order the exchange
 * has is in the journal), none is duplicated (one exchange order per client order id, no journaled
 * decision sent twice), every exchange fill of ours is recorded exactly once, and the open
 * positions equal the exchange's.
 */
class SessionRestartTest {
    private static final ExecutionEnvironment DEMO = ExecutionEnvironment.DEMO;
    private static final Duration TICK = Duration.ofMillis(25);

    /** A crash: thrown at the chosen point, and at every point after it (the process is dead). */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String point) {
            super("simulated crash at " + point, null, false, false);
        }
    }

    static final class CrashAt implements LifecyclePoints {
        final String point;
        final int nth;
        final AtomicInteger seen = new AtomicInteger();
        final CountDownLatch crashed = new CountDownLatch(1);

        CrashAt(String point, int nth) {
            this.point = point;
            this.nth = nth;
        }

        @Override
        public void reached(String p) {
            if (crashed.getCount() == 0) throw new SimulatedCrash(p);
            if (p.equals(point) && seen.incrementAndGet() == nth) {
                crashed.countDown();
                throw new SimulatedCrash(p);
            }
        }
    }

    /** 21 kill points: every lifecycle point the scenario reaches, at each of its occurrences (the fifth order is an exit's). */
    static Stream<Arguments> killPoints() {
        List<Arguments> out = new ArrayList<>();
        for (int n = 1; n <= 5; n++) out.add(Arguments.of(LifecyclePoints.ORDER_JOURNALED, n));
        for (int n = 1; n <= 5; n++) out.add(Arguments.of(LifecyclePoints.ORDER_SENT, n));
        for (int n = 1; n <= 4; n++) out.add(Arguments.of(LifecyclePoints.FILL_RECEIVED, n));
        for (int n = 1; n <= 3; n++) out.add(Arguments.of(LifecyclePoints.FILL_RECORDED, n));
        for (int n = 1; n <= 3; n++) out.add(Arguments.of(LifecyclePoints.POSITION_OPENED, n));
        out.add(Arguments.of(LifecyclePoints.RECONCILED, 1));
        return out.stream();
    }

    @ParameterizedTest(name = "kill at {0} #{1}")
    @MethodSource("killPoints")
    void killAtAnyLifecyclePointLosesAndDuplicatesNothing(String point, int nth, @TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 4, 0)) {
            widenOneMarketAfterTheEntries(f);
            if (point.equals(LifecyclePoints.RECONCILED)) {
                // something to reconcile: a first session trades, then the next one dies right after reconciling
                LiveSession.Handle first = LiveSession.start(f.options(DEMO, LifecyclePoints.NONE, TICK));
                awaitOrders(f, 4);
                first.stop();
            }
            CrashAt crash = new CrashAt(point, nth);
            LiveSession.Handle doomed = null;
            try {
                doomed = LiveSession.start(f.options(DEMO, crash, TICK));
            } catch (SimulatedCrash expected) {
                // died during start-up (reconciliation)
            }
            assertThat(crash.crashed.await(20, TimeUnit.SECONDS)).as("the session reached %s #%d", point, nth).isTrue();
            if (doomed != null) doomed.abandon();

            LiveSession.Handle restarted = LiveSession.start(f.options(DEMO, LifecyclePoints.NONE, TICK));
            TradingSession s = restarted.session();
            assertThat(s.reconciliation()).isPresent();
            Thread.sleep(TICK.toMillis() * 30); // trade on for 30 ticks
            restarted.stop();

            assertNothingLostOrDuplicated(f);
        }
    }

    /**
     * Once the four entries reached the exchange, the first market's sellers all leave but one at 0.80 (spread 0.27):
     * its position's liquidity exit (HIGH) sends the fifth order, so the kill points cover an exit's orders too.
     */
    static void widenOneMarketAfterTheEntries(SessionFixture f) {
        String ticker = f.tickers.get(0);
        Thread widen = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            try {
                while (f.exchange.orderCount() < 4) {
                    if (System.nanoTime() > deadline) return;
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                return;
            }
            f.leaveOneSellerAt80(ticker);
        }, "widen-" + ticker);
        widen.setDaemon(true);
        widen.start();
    }

    static void awaitOrders(SessionFixture f, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (f.exchange.orderCount() < n && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(f.exchange.orderCount()).as("orders at the exchange").isGreaterThanOrEqualTo(n);
    }

    static void assertNothingLostOrDuplicated(SessionFixture f) {
        List<String> atExchange = f.exchange.clientOrderIds();
        assertThat(atExchange).as("orders reached the exchange").isNotEmpty();
        assertThat(new HashSet<>(atExchange)).as("one exchange order per client order id").hasSameSizeAs(atExchange);

        List<OrderRecord> journaled = f.journaledOrders(DEMO);
        Set<String> journalIds = new HashSet<>();
        for (OrderRecord o : journaled) assertThat(journalIds.add(o.request().clientOrderId().value())).as("journaled once").isTrue();
        assertThat(journalIds).as("every exchange order is in the journal (none lost)").containsAll(atExchange);

        List<TradeRecord> trades = f.journaledTrades(DEMO);
        Set<String> fillIds = new HashSet<>();
        for (TradeRecord t : trades) assertThat(fillIds.add(t.fill().fillId())).as("fill recorded once").isTrue();
        long exchangeFills = f.exchange.fillCountOf(atExchange);
        assertThat(trades).as("every exchange fill of ours is recorded").hasSize((int) exchangeFills);

        assertThat(f.localNetPositions()).as("open positions equal the exchange's").isEqualTo(f.exchange.netPositions());
    }
}
