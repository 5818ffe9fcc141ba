package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.MarketResults;
import com.precog.application.port.out.InMemoryBooks;
import com.precog.application.port.out.InMemoryOrderJournal;
import com.precog.application.port.out.InMemoryPortfolio;
import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.trading.PaperBroker;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StartupReconciliationTest {
    static final Instant T0 = Instant.parse("2026-10-08T18:00:00Z");
    static final ExecutionEnvironment PAPER = ExecutionEnvironment.PAPER;
    static final String M = "KXNFLGAME-26OCT08TBDAL-DAL";

    MutableClock clock;
    InMemoryBooks books;
    PaperBroker venue;
    InMemoryOrderJournal journal;
    InMemoryPositions positions;
    PositionBook book;
    InMemoryPortfolio portfolio;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        books = new InMemoryBooks();
        OrderBook b = new OrderBook(M);
        b.setLevel(Side.YES, 530_000, 10_000);
        b.setLevel(Side.NO, 450_000, 10_000); // YES ask 0.55 x 100
        books.put(b);
        venue = new PaperBroker(PAPER, books, t -> FeeSchedule.standard(), clock);
        journal = new InMemoryOrderJournal();
        positions = new InMemoryPositions();
        book = new PositionBook(positions, 10_000);
        portfolio = new InMemoryPortfolio(Dollars.of(1000));
    }

    StartupReconciliation reconciliation() {
        return new StartupReconciliation(PAPER, venue, journal, portfolio, book, TrailingStopConfig.balanced(), Duration.ofDays(1), clock);
    }

    OrderRecord journaled(String id, String price, long contracts) {
        OrderRequest r = OrderRequest.limit(ClientOrderId.of(id), M, Side.YES, OrderAction.BUY, Contracts.of(contracts), Price.of(price));
        OrderRecord o = new OrderRecord(r, new Attribution(StrategyKey.of("pre_game_entry", "1.0"), "elo@1.0", PAPER), clock.instant(),
                Dollars.of("0.10"), Probability.of("0.70"));
        journal.recordOrder(o);
        return o;
    }

    @Test
    void recordsFillsTheCrashLostCancelsOurRestingOrdersAndLeavesForeignOnes() {
        OrderRecord filled = journaled("pp-1", "0.55", 40);
        venue.place(filled.request()); // filled at the venue; the crash lost the fill record
        OrderRecord resting = journaled("pp-2", "0.50", 10);
        venue.place(resting.request()); // rests below the ask
        venue.place(OrderRequest.limit(ClientOrderId.of("manual-1"), M, Side.YES, OrderAction.BUY, Contracts.of(5), Price.of("0.40")));
        portfolio.add(new Portfolio.Holding(M, Side.YES, Contracts.of(40), Dollars.of("22.00"), Dollars.ZERO, Dollars.of("0.70")));
        clock.advance(Duration.ofSeconds(1));

        StartupReconciliation.Report r = reconciliation().reconcile();

        assertThat(r.fillsRecovered()).isEqualTo(1);
        assertThat(journal.trades()).extracting(t -> t.fill().clientOrderId().value()).containsExactly("pp-1");
        assertThat(r.ordersCanceled()).isEqualTo(1);
        assertThat(venue.find(ClientOrderId.of("pp-2")).orElseThrow().isOpen()).isFalse();
        assertThat(r.foreignOrders()).isEqualTo(1);
        assertThat(venue.find(ClientOrderId.of("manual-1")).orElseThrow().isOpen()).as("not ours: left alone").isTrue();
        assertThat(r.positionsAdopted()).isEqualTo(1);
        Position adopted = book.all().get(0);
        assertThat(adopted.currentQuantity()).isEqualTo(Contracts.of(40));
        assertThat(adopted.entryPrice()).isEqualTo(Price.of("0.55"));
        assertThat(adopted.strategyVersion()).isEqualTo("pre_game_entry@v1.0");
        assertThat(r.venueFillIds()).hasSize(1);

        StartupReconciliation.Report again = reconciliation().reconcile();
        assertThat(again.fillsRecovered()).as("idempotent").isZero();
        assertThat(again.ordersCanceled()).isZero();
        assertThat(again.positionsAdopted()).isZero();
        assertThat(again.positionsKept()).isEqualTo(1);
        assertThat(again.summary()).contains("positions adopted 0");
    }

    @Test
    void aPositionTheVenuePaidOutWhileWeWereAway_isKeptForTheSessionToSettle_otherMissingOnesAreClosed() {
        Position paidOut = Position.open("p-paid", M, "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH, PAPER, "s@1.0", "m",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        String open = "KXNFLGAME-26OCT08TBDAL-TB";
        Position vanished = Position.open("p-vanished", open, "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH, PAPER, "s@1.0", "m",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        positions.save(paidOut, T0);
        positions.save(vanished, T0);
        MarketResults results = ticker -> ticker.equals(M) ? java.util.Optional.of(Side.YES) : java.util.Optional.empty();
        StartupReconciliation.Report r = new StartupReconciliation(PAPER, venue, journal, portfolio, book, TrailingStopConfig.balanced(),
                Duration.ofDays(1), clock, results).reconcile();
        assertThat(r.positionsKept()).isEqualTo(1);
        assertThat(r.positionsClosed()).isEqualTo(1);
        assertThat(book.all()).extracting(Position::id).containsExactly("p-paid");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("the market resolved (YES)"));
        MarketResults failing = ticker -> {
            throw new IllegalStateException("venue down");
        };
        StartupReconciliation.Report unknown = new StartupReconciliation(PAPER, venue, journal, portfolio, book, TrailingStopConfig.balanced(),
                Duration.ofDays(1), clock, failing).reconcile();
        assertThat(unknown.positionsClosed()).as("no result readable: closed as before").isEqualTo(1);
    }

    @Test
    void closesPositionsTheVenueNoLongerHoldsAndReplacesWrongQuantities() {
        Position gone = Position.open("p-gone", M, "KXNFLGAME-26OCT08TBDAL", Side.NO, ConfidenceLevel.HIGH, PAPER, "s@1.0", "m", Price.of("0.40"),
                Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        String other = "KXNFLGAME-26OCT08TBDAL-TB";
        Position wrong = Position.open("p-wrong", other, "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH, PAPER, "s@1.0", "m",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        positions.save(gone, T0);
        positions.save(wrong, T0);
        portfolio.add(new Portfolio.Holding(other, Side.YES, Contracts.of(6), Dollars.of("2.40"), Dollars.ZERO, Dollars.ZERO));

        StartupReconciliation.Report r = reconciliation().reconcile();

        assertThat(r.positionsClosed()).isEqualTo(2);
        assertThat(r.positionsAdopted()).isEqualTo(1);
        assertThat(positions.current("p-gone").orElseThrow().isOpen()).isFalse();
        assertThat(book.all()).singleElement().satisfies(p -> {
            assertThat(p.marketTicker()).isEqualTo(other);
            assertThat(p.currentQuantity()).isEqualTo(Contracts.of(6));
            assertThat(p.entryPrice()).isEqualTo(Price.of("0.40"));
        });
        assertThat(r.notes()).anyMatch(n -> n.contains("closed position p-gone"));
    }

    @Test
    void fillsAreReadInTheTermsOfTheOrderSent() {
        OrderRequest sellYes = OrderRequest.limit(ClientOrderId.of("x-1"), M, Side.YES, OrderAction.SELL, Contracts.of(3), Price.of("0.60"));
        Fill venueView = new Fill("f-1", sellYes.clientOrderId(), "e-1", M, Side.NO, OrderAction.BUY, Price.of("0.40"), Contracts.of(3),
                com.precog.domain.money.Liquidity.MAKER, Dollars.ZERO, T0);
        Fill ours = JournalingGateway.asOrdered(venueView, sellYes);
        assertThat(ours.side()).isEqualTo(Side.YES);
        assertThat(ours.action()).isEqualTo(OrderAction.SELL);
        assertThat(ours.price()).isEqualTo(Price.of("0.60"));
        assertThat(JournalingGateway.asOrdered(ours, sellYes)).isSameAs(ours);
        OrderState st = venue.place(sellYes);
        assertThat(st).isNotNull();
    }

    @Test
    void recoveredTradesKeepTheirAttribution() {
        OrderRecord filled = journaled("pp-9", "0.55", 5);
        venue.place(filled.request());
        reconciliation().reconcile();
        TradeRecord t = journal.trades().get(0);
        assertThat(t.attribution()).isEqualTo(filled.attribution());
        assertThat(t.fill().count()).isEqualTo(Contracts.of(5));
    }

    /**
     * A restart mid-exit: the exit order sold 4 of the position's 10 at the venue and the daemon died before booking them.
     * The venue holds 6. Before, the position was closed with a realized P&L "unknown, recorded as 0" and the 6 adopted as
     * a new position at the venue's cost: the exit's profit vanished from P&L and the position lost its identity. The
     * recovered sell fills of our exit are booked against it instead (realized P&L after their fees), and it is kept.
     */
    @Test
    void aRestartMidExit_booksTheExitFillsTheCrashLost_againstThePosition() {
        Position held = Position.open("p-1", M, "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "elo@1.0",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        positions.save(held, T0);
        OrderRequest exit = OrderRequest.limit(com.precog.application.service.exits.ExitExecutorIds.of(com.precog.domain.exit.ExitConditionKind.PROFIT_TARGET),
                M, Side.YES, OrderAction.SELL, Contracts.of(4), Price.of("0.53"));
        journal.recordOrder(new OrderRecord(exit, new Attribution(StrategyKey.of("pre_game_entry", "1.0"), "elo@1.0", PAPER), clock.instant(),
                Dollars.ZERO, Probability.HALF));
        OrderState sold = venue.place(exit);
        assertThat(sold.filled()).isEqualTo(Contracts.of(4));
        portfolio.add(new Portfolio.Holding(M, Side.YES, Contracts.of(6), Dollars.of("2.40"), Dollars.ZERO, Dollars.ZERO));
        clock.advance(Duration.ofSeconds(5));

        com.precog.application.port.out.InMemoryExitJournal exits = new com.precog.application.port.out.InMemoryExitJournal();
        StartupReconciliation.Report r = reconciliation().useExitJournal(exits).reconcile();

        Dollars expected = held.realizedPnlOf(Contracts.of(4), Dollars.of("2.12"), sold.feesPaid());
        assertThat(expected.isPositive()).isTrue();
        assertThat(r.positionsClosed()).isZero();
        assertThat(r.positionsAdopted()).isZero();
        assertThat(book.all()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("p-1");
            assertThat(p.currentQuantity()).isEqualTo(Contracts.of(6));
            assertThat(p.realizedPnl()).isEqualTo(expected);
        });
        assertThat(reconciliation().useExitJournal(exits).reconcile().positionsKept()).as("idempotent").isEqualTo(1);
        assertThat(book.all().get(0).realizedPnl()).isEqualTo(expected);
    }

    /**
     * The exit fills a crash kept from being booked get their exit row too, with the condition the order's id names:
     * before, they were booked against the position only, missing from every report by exit condition.
     */
    @Test
    void aRestartMidExit_recordsTheExitRow_withTheConditionTheOrderNamed() {
        Position held = Position.open("p-1", M, "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "elo@1.0",
                Price.of("0.60"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        positions.save(held, T0);
        ClientOrderId id = com.precog.application.service.exits.ExitExecutorIds.of(com.precog.domain.exit.ExitConditionKind.STOP_LOSS);
        OrderRequest exit = OrderRequest.limit(id, M, Side.YES, OrderAction.SELL, Contracts.of(4), Price.of("0.53"));
        journal.recordOrder(new OrderRecord(exit, new Attribution(StrategyKey.of("pre_game_entry", "1.0"), "elo@1.0", PAPER), clock.instant(),
                Dollars.ZERO, Probability.HALF));
        OrderState sold = venue.place(exit);
        portfolio.add(new Portfolio.Holding(M, Side.YES, Contracts.of(6), Dollars.of("3.60"), Dollars.ZERO, Dollars.ZERO));
        clock.advance(Duration.ofSeconds(5));
        com.precog.application.port.out.InMemoryExitJournal exits = new com.precog.application.port.out.InMemoryExitJournal();

        reconciliation().useExitJournal(exits).reconcile();

        assertThat(exits.exits("p-1")).singleElement().satisfies(e -> {
            assertThat(e.condition()).isEqualTo(com.precog.domain.exit.ExitConditionKind.STOP_LOSS);
            assertThat(e.priority()).isEqualTo(com.precog.domain.exit.ExitPriority.CRITICAL);
            assertThat(e.quantity()).isEqualTo(Contracts.of(4));
            assertThat(e.remainingAfter()).isEqualTo(Contracts.of(6));
            assertThat(e.realizedPnl()).isEqualTo(held.realizedPnlOf(Contracts.of(4), Dollars.of("2.12"), sold.feesPaid()));
        });
        assertThat(reconciliation().useExitJournal(exits).reconcile().positionsKept()).as("idempotent").isEqualTo(1);
        assertThat(exits.exits("p-1")).hasSize(1);
    }

    /**
     * A sale booked while running is never booked again: a stop's 4 of 10 sold and booked (its exit row names the order),
     * the daemon stopped, the market settled NO and the venue holds nothing. Before, the start booked the 4 again (a second
     * P&amp;L and exit row) and a second restart failed on the duplicate exit row; the position is kept for settlement.
     */
    @Test
    void aSaleAlreadyBooked_isNotBookedAgain_whenTheVenueHoldsLessForAnotherReason() {
        Position held = Position.open("p-1", M, "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "elo@1.0",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        ClientOrderId id = com.precog.application.service.exits.ExitExecutorIds.of(com.precog.domain.exit.ExitConditionKind.PROFIT_TARGET);
        OrderRequest exit = OrderRequest.limit(id, M, Side.YES, OrderAction.SELL, Contracts.of(4), Price.of("0.53"));
        journal.recordOrder(new OrderRecord(exit, new Attribution(StrategyKey.of("pre_game_entry", "1.0"), "elo@1.0", PAPER), clock.instant(),
                Dollars.ZERO, Probability.HALF));
        OrderState sold = venue.place(exit);
        Position after = held.afterExit(Contracts.of(4), held.realizedPnlOf(Contracts.of(4), Dollars.of("2.12"), sold.feesPaid()), 0, T0.plusSeconds(1));
        positions.save(held, T0);
        positions.save(after, T0.plusSeconds(1));
        com.precog.application.port.out.InMemoryExitJournal exits = new com.precog.application.port.out.InMemoryExitJournal();
        exits.recordExit(new com.precog.domain.exit.PositionExit(com.precog.application.service.exits.ExitExecutor.exitIdPrefix(id) + "1", "p-1", M,
                com.precog.domain.exit.ExitConditionKind.PROFIT_TARGET, com.precog.domain.exit.ExitPriority.MEDIUM, Contracts.of(4), Price.of("0.53"),
                sold.feesPaid(), after.realizedPnl(), Contracts.of(6), java.util.List.of(), PAPER, T0.plusSeconds(1)));
        clock.advance(Duration.ofSeconds(5)); // the venue holds nothing: the market settled NO while the daemon was down
        MarketResults results = ticker -> ticker.equals(M) ? java.util.Optional.of(Side.NO) : java.util.Optional.empty();

        for (int restart = 0; restart < 2; restart++) {
            new StartupReconciliation(PAPER, venue, journal, portfolio, book, TrailingStopConfig.balanced(), Duration.ofDays(1), clock, results)
                    .useExitJournal(exits).reconcile();
        }
        assertThat(book.all()).singleElement().satisfies(p -> {
            assertThat(p.currentQuantity()).as("kept for settlement").isEqualTo(Contracts.of(6));
            assertThat(p.realizedPnl()).as("the sale counted once").isEqualTo(after.realizedPnl());
        });
        assertThat(exits.exits("p-1")).hasSize(1);
    }

    /** A partial exit's stage booked by reconciliation is marked done, so the stage does not sell again. */
    @Test
    void aPartialExitFillBookedAtStart_marksItsStageDone() {
        Position held = Position.open("p-1", M, "KXNFLGAME-26OCT08TBDAL", Side.YES, ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "elo@1.0",
                Price.of("0.40"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        positions.save(held, T0);
        ClientOrderId id = com.precog.application.service.exits.ExitExecutorIds.of(com.precog.domain.exit.ExitConditionKind.PARTIAL_EXIT_TARGET, 1);
        OrderRequest exit = OrderRequest.limit(id, M, Side.YES, OrderAction.SELL, Contracts.of(5), Price.of("0.53"));
        journal.recordOrder(new OrderRecord(exit, new Attribution(StrategyKey.of("pre_game_entry", "1.0"), "elo@1.0", PAPER), clock.instant(),
                Dollars.ZERO, Probability.HALF));
        venue.place(exit);
        portfolio.add(new Portfolio.Holding(M, Side.YES, Contracts.of(5), Dollars.of("2.00"), Dollars.ZERO, Dollars.ZERO));
        clock.advance(Duration.ofSeconds(5));
        reconciliation().useExitJournal(new com.precog.application.port.out.InMemoryExitJournal()).reconcile();
        assertThat(book.all()).singleElement().satisfies(p -> {
            assertThat(p.currentQuantity()).isEqualTo(Contracts.of(5));
            assertThat(p.partialStagesDone()).isEqualTo(1);
        });
    }
}
