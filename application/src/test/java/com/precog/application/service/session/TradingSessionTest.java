package com.precog.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.InMemoryEdgeJournal;
import com.precog.application.port.out.InMemoryExitJournal;
import com.precog.application.port.out.InMemoryMarketCatalog;
import com.precog.application.port.out.InMemoryMarketDataFeed;
import com.precog.application.port.out.InMemoryOrderJournal;
import com.precog.application.port.out.InMemoryPortfolio;
import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.port.out.InMemorySettlements;
import com.precog.application.port.out.InMemoryProbabilities;
import com.precog.application.port.out.InMemoryStrategies;
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.SessionHealth;
import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.service.exits.ExitExecutor;
import com.precog.application.service.positions.MarketBoard;
import com.precog.application.service.positions.MonitorConfig;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.positions.PositionMonitor;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.application.service.trading.EntryService;
import com.precog.application.service.trading.PaperBroker;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerKind;
import com.precog.domain.strategy.EntryContext;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A paper session on in-memory ports with the real services: discovery, entry, position, settlement, health, stop. */
class TradingSessionTest {
    static final String M = "KXNFLGAME-27JAN10AAABBB-BBB";
    static final ExecutionEnvironment PAPER = ExecutionEnvironment.PAPER;

    final Clock clock = Clock.systemUTC();
    final InMemoryMarketCatalog catalog = new InMemoryMarketCatalog();
    final InMemoryMarketDataFeed feed = new InMemoryMarketDataFeed();
    final InMemoryOrderJournal journal = new InMemoryOrderJournal();
    final InMemoryPositions positions = new InMemoryPositions();
    final InMemoryProbabilities probabilities = new InMemoryProbabilities();
    final InMemoryStrategies strategies = new InMemoryStrategies();
    final List<SessionHealth> published = new CopyOnWriteArrayList<>();
    final ConcurrentHashMap<String, Side> results = new ConcurrentHashMap<>();
    final InMemorySettlements settlements = new InMemorySettlements();
    CircuitBreakerService breakers;
    PositionBook book;
    TradingSession session;
    TradingSession.Parts parts;
    SessionSettings settings;
    Market market;
    com.precog.application.service.trading.MakerEntryPolicy maker = com.precog.application.service.trading.MakerEntryPolicy.defaults();
    BreakerConfig breakerConfig = BreakerConfig.defaults();

    static final StrategyKey KEY = StrategyKey.of("pre_game_entry", "1.0");

    @BeforeEach
    void wire() {
        market = new Market(M, "KXNFLGAME-27JAN10AAABBB", "KXNFLGAME", "test", "", MarketStatus.OPEN, Instant.now().plus(Duration.ofDays(1)),
                TickLadder.cent(), FeeSchedule.standard(), false);
        catalog.put(market, book(530_000, 450_000));
        probabilities.put(M, ProbabilityEstimate.point(Probability.of("0.70"), Probability.of("0.85"), "fair@1.0", Instant.now()));
        strategies.create(StrategyVersion.draft(KEY, StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY), "", Instant.now()));
        strategies.changeStatus(KEY, StrategyStatus.TESTING, Instant.now());
        strategies.changeStatus(KEY, StrategyStatus.ACTIVE, Instant.now());
        wire(clock);
    }

    /** Wires the session on the stores above; the paper venue stamps its fills with {@code venueClock}. */
    void wire(Clock venueClock) {
        StrategyKey key = KEY;
        PaperBroker broker = new PaperBroker(PAPER, feed::book, t -> FeeSchedule.standard(), venueClock);
        breakers = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), breakerConfig, ZoneOffset.UTC);
        ApiBudget budget = new ApiBudget(clock, 600, 600);
        MarketBoard board = new MarketBoard();
        book = new PositionBook(positions, 10_000);
        LiveMarkets markets = new LiveMarkets((gameId, league, now) -> Optional.of(EntryContext.pregame(league, 7_200)));
        JournalingGateway gateway = new JournalingGateway(broker, journal,
                r -> new com.precog.domain.strategy.Attribution(key, "fair@1.0", PAPER), LifecyclePoints.NONE, clock);
        TradingSession[] self = new TradingSession[1];
        AccountExposures exposures = new AccountExposures(book, markets, () -> Dollars.of(10_000),
                () -> self[0] == null ? List.of() : self[0].restingEntryExposure(), clock, ZoneOffset.UTC);
        EntryService entries = new EntryService(EntryService.Settings.defaults(PAPER).withMaker(maker), markets, feed::book, probabilities, strategies, breakers,
                exposures, gateway, new InMemoryEdgeJournal(), journal, clock);
        ExitExecutor exits = new ExitExecutor(clock, gateway, new InMemoryExitJournal(), book, board, ExecutionPolicy.defaults(),
                Duration.ofMillis(100), budget, breakers);
        PositionMonitor monitor = new PositionMonitor(clock, book, board, ExitResolver.defaults(), exits, breakers,
                t -> feed.top(t), budget, MonitorConfig.defaults());
        StartupReconciliation reconciliation = new StartupReconciliation(PAPER, broker, journal, new InMemoryPortfolio(Dollars.of(10_000)), book,
                TrailingStopConfig.balanced(), Duration.ofDays(1), clock);
        TradingSession.Parts parts = new TradingSession.Parts(catalog, feed, gateway, journal, markets, entries, exposures, book, board, monitor,
                exits, breakers, budget, probabilities, t -> Optional.ofNullable(results.get(t)), reconciliation, published::add, LifecyclePoints.NONE,
                TrailingStopConfig.balanced(), m -> Optional.of(new TradableMarket(m, "NFL", m.eventTicker(), 5_000, 1_000_000, 1_000_000)),
                broker::onBookChanged, null, settlements);
        SessionSettings settings = SessionSettings.defaults(PAPER, List.of("KXNFLGAME")).withTick(Duration.ofMillis(20))
                .withDiscovery(Duration.ofMillis(100)).withEntryTimeout(Duration.ofMillis(500));
        this.parts = parts;
        this.settings = settings;
        session = new TradingSession(settings, parts, clock);
        self[0] = session;
    }

    @AfterEach
    void stop() {
        session.stop();
    }

    static OrderBook book(long yesBid, long noBid) {
        OrderBook b = new OrderBook(M);
        b.setLevel(Side.YES, yesBid, 20_000);
        b.setLevel(Side.NO, noBid, 50_000);
        return b;
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void entersOnABookChangeOpensThePositionAndSettlesItWhenTheMarketPays() throws Exception {
        session.start();
        assertThat(session.state()).isEqualTo(TradingSession.State.RUNNING);
        assertThat(session.reconciliation()).isPresent();

        feed.publish(book(530_000, 450_000)); // YES ask 0.55 against a fair 0.70
        session.bookChanged(M);
        await(() -> book.size() >= 1, "a position");
        Position p = book.all().get(0);
        assertThat(p.side()).isEqualTo(Side.YES);
        assertThat(p.strategyVersion()).isEqualTo("pre_game_entry@v1.0");
        assertThat(journal.trades()).extracting(t -> t.fill().fillId()).contains(p.id());

        await(() -> !published.isEmpty() && published.get(published.size() - 1).openPositions() >= 1, "health with the position");
        SessionHealth h = session.health();
        assertThat(h.state()).isEqualTo("RUNNING");
        assertThat(h.marketsTracked()).isEqualTo(1);
        assertThat(h.ordersPlaced()).isGreaterThanOrEqualTo(1);
        assertThat(h.fillsRecorded()).as("the entry loop records its own immediate fill").isGreaterThanOrEqualTo(0);
        // the immediate fill the entry loop recorded counts too (health: fills recorded since start)
        await(() -> session.health().fillsRecorded() == journal.trades().size() && !journal.trades().isEmpty(), "every fill counted");
        assertThat(h.lastBookUpdate()).isPresent();
        assertThat(h.status()).isIn("UP", "DEGRADED");

        results.put(M, Side.YES);
        catalog.put(market.withStatus(MarketStatus.SETTLED), book(530_000, 450_000));
        await(() -> book.size() == 0, "settlement");
        Position settled = positions.current(p.id()).orElseThrow();
        assertThat(settled.isOpen()).isFalse();
        assertThat(settled.realizedPnl().isPositive()).as("YES paid $1 on a 0.55 entry").isTrue();
        assertThat(settlements.all()).extracting(Settlements.Settlement::positionId).doesNotHaveDuplicates().contains(p.id());
        assertThat(settlements.all()).allSatisfy(s -> {
            Position closed = positions.current(s.positionId()).orElseThrow();
            assertThat(closed.isOpen()).isFalse();
            assertThat(s.result()).isEqualTo(Settlements.MarketResult.YES);
            assertThat(s.side()).isEqualTo(Side.YES);
            assertThat(s.quantity()).isEqualTo(closed.originalQuantity());
            assertThat(s.settlementPrice()).isEqualTo(Dollars.of(1));
            assertThat(s.revenue()).isEqualTo(Dollars.of(1).times(closed.originalQuantity()));
            assertThat(s.realizedPnl()).as("the settlement realizes the whole P&L of an unexited position").isEqualTo(closed.realizedPnl());
        });
    }

    @Test
    void aPausedMarketThatReopens_isOpenAgainForEntriesAndExitsAtOnce_notAtTheNextDiscovery() throws Exception {
        session = new TradingSession(settings.withDiscovery(Duration.ofHours(1)), parts, clock);
        session.start();
        java.util.function.Supplier<MarketStatus> tracked = () -> parts.markets().find(M).orElseThrow().market().status();
        java.util.function.Supplier<MarketStatus> onBoard = () -> parts.board().view(M).orElseThrow().market().status();
        assertThat(tracked.get()).isEqualTo(MarketStatus.OPEN);

        catalog.put(market.withStatus(MarketStatus.PAUSED), book(530_000, 450_000));
        session.marketChanged(M);
        await(() -> tracked.get() == MarketStatus.PAUSED && onBoard.get() == MarketStatus.PAUSED, "paused");

        catalog.put(market, book(530_000, 450_000));
        session.marketChanged(M);
        await(() -> tracked.get() == MarketStatus.OPEN && onBoard.get() == MarketStatus.OPEN, "open again before the next discovery");
    }

    @Test
    void resolvingTheLastMarketWideBreaker_entersWhatItHeldBack_withoutWaitingForTheBookToMove() throws Exception {
        breakers.trip(BreakerKind.MANUAL, com.precog.domain.risk.BreakerEvent.ALL, false, "operator", "test");
        breakers.trip(BreakerKind.EDGE_ANOMALY, com.precog.domain.risk.BreakerEvent.ALL, false, "edges", "test");
        session.start();
        feed.publish(book(530_000, 450_000)); // YES ask 0.55 against a fair 0.70
        session.bookChanged(M);
        Thread.sleep(200);
        assertThat(journal.orders()).as("halted").isEmpty();
        breakers.resolve(BreakerKind.MANUAL, com.precog.domain.risk.BreakerEvent.ALL, "ops", "done");
        Thread.sleep(200);
        assertThat(journal.orders()).as("another market-wide breaker still halts").isEmpty();

        breakers.resolve(BreakerKind.EDGE_ANOMALY, com.precog.domain.risk.BreakerEvent.ALL, "ops", "done"); // no book change after this

        await(() -> !journal.orders().isEmpty(), "the held-back entry");
        assertThat(journal.orders().get(0).request().marketTicker()).isEqualTo(M);
    }

    @Test
    void aFillStampedByAVenueClockThirtySecondsBehindOurs_stillOpensItsPosition() throws Exception {
        session.stop();
        wire(Clock.offset(clock, Duration.ofSeconds(-30)));
        session.start();
        feed.publish(book(530_000, 450_000)); // YES ask 0.55 against a fair 0.70
        session.bookChanged(M);
        await(() -> book.size() >= 1, "the position of the entry's fill");
        assertThat(book.all().get(0).openedAt()).isBefore(Instant.now().minusSeconds(25));
    }

    @Test
    void aTrippedBreakerHaltsEntriesAndShowsInHealth() throws Exception {
        breakers.trip(BreakerKind.MANUAL, com.precog.domain.risk.BreakerEvent.ALL, false, "operator", "test");
        session.start();
        feed.publish(book(530_000, 450_000));
        session.bookChanged(M);
        Thread.sleep(200);
        assertThat(journal.orders()).as("no entry while halted").isEmpty();
        SessionHealth h = session.health();
        assertThat(h.breakers()).hasSize(1);
        assertThat(h.components()).anyMatch(c -> c.name().equals("breakers") && c.status().equals("DEGRADED"));
    }

    @Test
    void stopIsGracefulAndIdempotentAndASessionStartsOnce() throws Exception {
        session.start();
        assertThatThrownBy(session::start).isInstanceOf(IllegalStateException.class);
        session.stop();
        session.stop();
        assertThat(session.state()).isEqualTo(TradingSession.State.STOPPED);
        assertThat(published.get(published.size() - 1).state()).isEqualTo("STOPPED");
        assertThat(session.health().components()).anyMatch(c -> c.name().equals("trading_loop") && c.status().equals("DOWN"));
    }

    @Test
    void aSessionWhoseReconciliationFailsNeverTrades() {
        TradingSession.Parts p = parts;
        StartupReconciliation failing = new StartupReconciliation(PAPER, p.gateway(), journal, new com.precog.application.port.out.Portfolio() {
            @Override
            public Dollars cashBalance() {
                return Dollars.ZERO;
            }

            @Override
            public List<Holding> holdings() {
                throw new IllegalStateException("venue unreachable");
            }
        }, book, TrailingStopConfig.balanced(), Duration.ofDays(1), clock);
        TradingSession broken = new TradingSession(settings, new TradingSession.Parts(p.catalog(), p.feed(), p.gateway(), p.journal(), p.markets(),
                p.entries(), p.exposures(), p.book(), p.board(), p.monitor(), p.exits(), p.breakers(), p.budget(), p.probabilities(), p.results(),
                failing, p.health(), p.points(), p.trailing(), p.tradable(), p.onBookChange(), p.onTick(), p.settlements()), clock);
        assertThatThrownBy(broken::start).hasMessageContaining("venue unreachable");
        assertThat(broken.state()).isEqualTo(TradingSession.State.STOPPED);
        assertThat(journal.orders()).isEmpty();
        broken.stop();
    }

    @Test
    void aFeedServingBelowItsNormalService_degradesMarketData_withItsReason() throws Exception {
        session.start();
        feed.publish(book(530_000, 450_000));
        await(() -> session.health().components().stream().anyMatch(c -> c.name().equals("market_data") && c.status().equals("UP")), "books live");
        feed.degrade(Optional.of("stream down, books polled"));
        SessionHealth.Component md = session.health().components().stream().filter(c -> c.name().equals("market_data")).findFirst().orElseThrow();
        assertThat(md.status()).isEqualTo("DEGRADED");
        assertThat(md.detail()).startsWith("1 of 1 books live, ").endsWith(" book events; stream down, books polled");
        feed.degrade(Optional.empty());
        assertThat(session.health().components()).filteredOn(c -> c.name().equals("market_data")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo("UP"));
    }

    @Test
    void aStopThatComesBeforeTheInitialScanRuns_sendsNoEntry() throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        TradingSession.Parts p = parts;
        // the session thread's first health report while running is queued ahead of the initial scan: hold it there
        com.precog.application.port.out.SessionHealthReports holding = h -> {
            published.add(h);
            if (h.state().equals("RUNNING") && first.getAndSet(false)) {
                held.countDown();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        TradingSession s2 = new TradingSession(settings, new TradingSession.Parts(p.catalog(), p.feed(), p.gateway(), p.journal(), p.markets(),
                p.entries(), p.exposures(), p.book(), p.board(), p.monitor(), p.exits(), p.breakers(), p.budget(), p.probabilities(), p.results(),
                p.reconciliation(), holding, p.points(), p.trailing(), p.tradable(), p.onBookChange(), p.onTick(), p.settlements()), clock);
        s2.start();
        assertThat(held.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        feed.publish(book(530_000, 450_000)); // YES ask 0.55 against a fair 0.70: the initial scan, queued behind the report, would enter
        Thread stopper = new Thread(s2::stop); // SIGTERM right after start: entries are halted at once, the stop's work waits for the loop
        stopper.start();
        await(() -> s2.state() == TradingSession.State.STOPPING, "stop begun");
        release.countDown();
        stopper.join(15_000);
        assertThat(s2.state()).isEqualTo(TradingSession.State.STOPPED);
        assertThat(journal.orders()).as("no entry after entries were halted").isEmpty();
    }

    @Test
    void heldPositionsInMarketsNoLongerListed_settleAtDiscovery_evenWhenAnotherMarketsResultCannotBeRead() throws Exception {
        String a = "KXNFLGAME-27JAN03CCCDDD-DDD";
        String b = "KXNFLGAME-27JAN03EEEFFF-FFF";
        for (String t : List.of(a, b)) {
            positions.save(Position.open("pos-" + t, t, t.substring(0, t.lastIndexOf('-')), Side.YES, com.precog.domain.position.ConfidenceLevel.HIGH,
                    PAPER, "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.40"), Dollars.ZERO,
                    com.precog.domain.money.Contracts.of(10), TrailingStopConfig.balanced(), Instant.now()), Instant.now());
        }
        InMemoryPortfolio venue = new InMemoryPortfolio(Dollars.of(10_000));
        for (String t : List.of(a, b)) {
            venue.add(new com.precog.application.port.out.Portfolio.Holding(t, Side.YES, com.precog.domain.money.Contracts.of(10), Dollars.of(4),
                    Dollars.ZERO, Dollars.ZERO));
        }
        results.put(b, Side.YES);
        TradingSession.Parts p = parts;
        com.precog.application.port.out.MarketResults flaky = t -> {
            if (t.equals(a)) throw new IllegalStateException("REST down for " + t);
            return Optional.ofNullable(results.get(t));
        };
        TradingSession s2 = new TradingSession(settings, new TradingSession.Parts(p.catalog(), p.feed(), p.gateway(), p.journal(), p.markets(),
                p.entries(), p.exposures(), p.book(), p.board(), p.monitor(), p.exits(), p.breakers(), p.budget(), p.probabilities(), flaky,
                new StartupReconciliation(PAPER, p.gateway(), journal, venue, book, TrailingStopConfig.balanced(), Duration.ofDays(1), clock),
                p.health(), p.points(), p.trailing(), p.tradable(), p.onBookChange(), p.onTick(), p.settlements()), clock);
        try {
            s2.start();
            await(() -> !settlements.all().isEmpty(), "the readable market's position settled");
            assertThat(settlements.all()).singleElement().satisfies(r -> {
                assertThat(r.marketTicker()).isEqualTo(b);
                assertThat(r.realizedPnl()).isEqualTo(Dollars.of(6)); // 10 × (1 − 0.40)
            });
            assertThat(book.all()).extracting(Position::marketTicker).containsExactly(a); // waits for its result
        } finally {
            s2.stop();
        }
    }

    /**
     * SPEC §8 unusual_activity counts our trades (an order of ours that filled, once): with its limit at 1, the second
     * filled order trips it. Before, nothing in the session told the breakers of a trade, so it could never trip.
     */
    @Test
    void ourTrades_countTowardUnusualActivity() throws Exception {
        session.stop();
        BreakerConfig d = BreakerConfig.defaults();
        breakerConfig = new BreakerConfig(d.dailyLossLimit(), d.rapidLossLimit(), d.rapidLossWindow(), d.consecutiveLosses(), d.apiErrorLimit(),
                d.apiErrorWindow(), d.apiHealthyReset(), d.priceStaleAfter(), d.gameStaleAfter(), d.edgeAnomalyMicros(), d.edgeAnomalyCount(),
                d.edgeAnomalyWindow(), 1, d.unusualTradeWindow());
        wire(clock);
        session.start();
        feed.publish(book(530_000, 450_000));
        session.bookChanged(M);
        await(() -> breakers.active().stream().anyMatch(e -> e.kind() == BreakerKind.UNUSUAL_ACTIVITY), "unusual_activity");
        assertThat(breakers.active()).filteredOn(e -> e.kind() == BreakerKind.UNUSUAL_ACTIVITY).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("2 trades within 5 min"));
        assertThat(journal.trades().stream().map(t -> t.fill().clientOrderId()).distinct().count()).isGreaterThanOrEqualTo(2);
    }

    /**
     * An entry's cost — the spread to the bid it is marked at and the fee, $18.66 here — shows as unrealized loss at once.
     * With rapid_loss at $15 that is no rapid loss: before, the session's first mark of a new position tripped it and
     * flattened everything, selling at the bid what it had just bought at the ask. A fall after entry still trips it.
     */
    @Test
    void whatAnEntryCosts_isNoRapidLoss_aFallAfterItIs() throws Exception {
        session.stop();
        BreakerConfig d = BreakerConfig.defaults();
        breakerConfig = new BreakerConfig(d.dailyLossLimit(), Dollars.of(15), d.rapidLossWindow(), d.consecutiveLosses(), d.apiErrorLimit(),
                d.apiErrorWindow(), d.apiHealthyReset(), d.priceStaleAfter(), d.gameStaleAfter(), d.edgeAnomalyMicros(), d.edgeAnomalyCount(),
                d.edgeAnomalyWindow(), d.unusualTradeCount(), d.unusualTradeWindow());
        wire(clock);
        session.start();
        Thread.sleep(200); // ticks (20 ms) report a flat account first: the window holds samples before the entry
        feed.publish(book(530_000, 450_000)); // YES ask 0.55 against a fair 0.70; marked at the 0.53 bid
        session.bookChanged(M);
        await(() -> book.size() >= 1 && book.all().get(0).markedAt().isAfter(book.all().get(0).openedAt()), "a position marked at the bid");
        assertThat(book.unrealizedPnl()).as("the spread and the fee").isLessThan(Dollars.of(-15));
        Thread.sleep(300); // several ticks (20 ms) report the P&L to the breakers
        assertThat(breakers.active()).extracting(e -> e.kind()).doesNotContain(BreakerKind.RAPID_LOSS);
        feed.publish(book(500_000, 450_000)); // the bid falls 3 cents: 500 × 0.03 = $15 after entry
        session.bookChanged(M);
        await(() -> breakers.active().stream().anyMatch(e -> e.kind() == BreakerKind.RAPID_LOSS), "rapid_loss on the fall after entry");
    }

    /**
     * SPEC §8: daily_loss trips at a realized + unrealized loss today of $500 (halt entries, exit all, CRITICAL). The session
     * never reported P&L to the breakers: a held position marked $740 under water left every breaker quiet, entries went on
     * and nothing was flattened.
     */
    @Test
    void anUnrealizedLossTodayOfTheDailyLimit_tripsDailyLoss_andFlattens() throws Exception {
        positions.save(Position.open("pos-loss", M, "KXNFLGAME-27JAN10AAABBB", Side.YES, com.precog.domain.position.ConfidenceLevel.HIGH, PAPER,
                "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.90"), Dollars.ZERO,
                com.precog.domain.money.Contracts.of(2_000), TrailingStopConfig.balanced(), Instant.now()), Instant.now());
        InMemoryPortfolio venue = new InMemoryPortfolio(Dollars.of(10_000));
        venue.add(new com.precog.application.port.out.Portfolio.Holding(M, Side.YES, com.precog.domain.money.Contracts.of(2_000), Dollars.of(1_800),
                Dollars.ZERO, Dollars.ZERO));
        TradingSession s2 = restartedOn(venue);
        try {
            s2.start();
            feed.publish(book(530_000, 450_000)); // YES bid 0.53 against a 0.90 entry: 2,000 × −0.37 = −$740
            s2.bookChanged(M);
            await(() -> breakers.active().stream().anyMatch(e -> e.kind() == BreakerKind.DAILY_LOSS), "daily_loss tripped");
            assertThat(breakers.flattenRequired()).isTrue();
        } finally {
            s2.stop();
        }
    }

    /**
     * The daily_loss breaker weighs today's realized P&amp;L of earlier runs too: $400 lost by an exit before a restart and
     * $150 unrealized after it are $550 today, over the $500 limit. Before, a restart started today's realized P&amp;L at
     * zero, so a trader who restarted the daemon could lose the daily limit again.
     */
    @Test
    void aLossRealizedBeforeARestartToday_stillCountsTowardDailyLoss() throws Exception {
        Instant earlier = Instant.now().minusMillis(500);
        Position lost = Position.open("pos-earlier", "KXNFLGAME-27JAN03AAABBB-BBB", "KXNFLGAME-27JAN03AAABBB", Side.YES,
                com.precog.domain.position.ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.80"),
                Dollars.ZERO, com.precog.domain.money.Contracts.of(1_000), TrailingStopConfig.balanced(), earlier);
        positions.save(lost, earlier);
        positions.save(lost.afterExit(com.precog.domain.money.Contracts.of(1_000), Dollars.of("-400.00"), 0, earlier.plusMillis(100)),
                earlier.plusMillis(100));
        positions.save(Position.open("pos-held", M, "KXNFLGAME-27JAN10AAABBB", Side.YES, com.precog.domain.position.ConfidenceLevel.HIGH, PAPER,
                "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.68"), Dollars.ZERO,
                com.precog.domain.money.Contracts.of(1_000), TrailingStopConfig.balanced(), earlier), earlier);
        InMemoryPortfolio venue = new InMemoryPortfolio(Dollars.of(10_000));
        venue.add(new com.precog.application.port.out.Portfolio.Holding(M, Side.YES, com.precog.domain.money.Contracts.of(1_000), Dollars.of(680),
                Dollars.ZERO, Dollars.ZERO));
        TradingSession s2 = restartedOn(venue);
        try {
            s2.start();
            feed.publish(book(530_000, 450_000)); // YES bid 0.53 against a 0.68 entry: 1,000 × −0.15 = −$150
            s2.bookChanged(M);
            await(() -> breakers.active().stream().anyMatch(e -> e.kind() == BreakerKind.DAILY_LOSS), "daily_loss tripped");
            assertThat(book.realizedPnlSince(breakers.tradingDayStart(Instant.now()))).as("the earlier run's loss, and the flatten's if done")
                    .isLessThanOrEqualTo(Dollars.of("-400.00"));
        } finally {
            s2.stop();
        }
    }

    /**
     * A maker entry that walked (canceled, re-posted a tick higher under a new client order id) is still a resting entry of
     * the session: before, only the first order was tracked, so the walked one was missing from the exposure the limits see
     * and a graceful stop left it resting at the venue, free to fill while the daemon was down.
     */
    @Test
    void aWalkedMakerEntry_countsAsRestingExposure_andIsCanceledByAGracefulStop() throws Exception {
        session.stop();
        maker = new com.precog.application.service.trading.MakerEntryPolicy(true, Duration.ofSeconds(2), 10, Duration.ofSeconds(60));
        wire(clock);
        // required 0.08 + 0.05 efficiency add-on = 0.13: the taker edge 0.78 − 0.65 − fee falls short, the maker edge at the
        // passive 0.63 (0.15) clears it: a post-only buy rests, then walks to 0.64 (0.14)
        probabilities.put(M, ProbabilityEstimate.point(Probability.of("0.78"), Probability.of("0.85"), "fair@1.0", Instant.now()));
        session.start();
        feed.publish(book(620_000, 350_000));
        session.bookChanged(M);
        await(() -> journal.orders().size() >= 2, "the maker entry walked once");
        com.precog.domain.order.ClientOrderId walked = journal.orders().get(journal.orders().size() - 1).request().clientOrderId();
        JournalingGateway gateway = parts.gateway();
        await(() -> gateway.find(walked).map(com.precog.domain.order.OrderState::isOpen).orElse(false), "the walked order resting");
        await(() -> session.restingEntryExposure().stream().anyMatch(r -> r.priceMicros() == gateway.find(walked).orElseThrow().limitPrice().micros()),
                "the walked order in the resting exposure");

        session.stop();

        assertThat(gateway.venue().openOrders()).as("nothing of ours left resting at the venue").isEmpty();
    }

    /**
     * SPEC §8 consecutive_losses: 5 losing closed trades in a row halt entries. A position closed by its market's
     * settlement is a closed trade like one closed by an exit: before, only exits were counted, so five positions that
     * expired worthless left the breaker untouched.
     */
    @Test
    void positionsClosedAtALossBySettlement_countAsLosingTrades_forConsecutiveLosses() throws Exception {
        List<String> lost = List.of("KXNFLGAME-27JAN03AAABBB-BBB", "KXNFLGAME-27JAN03CCCDDD-DDD", "KXNFLGAME-27JAN03EEEFFF-FFF",
                "KXNFLGAME-27JAN03GGGHHH-HHH", "KXNFLGAME-27JAN03IIIJJJ-JJJ");
        TradingSession s2 = sessionHolding(lost, 1);
        try {
            s2.start(); // the five markets are no longer listed: discovery settles each held position at its result
            await(() -> book.size() == 0, "settlement");
            await(() -> breakers.active().stream().anyMatch(e -> e.kind() == BreakerKind.CONSECUTIVE_LOSSES), "consecutive_losses tripped");
        } finally {
            s2.stop();
        }
    }

    /**
     * consecutive_losses counts on across a restart: four trades lost by an earlier run and one lost at this run's first
     * settlement are five in a row. Before, a restart started the streak at zero.
     */
    @Test
    void losingTradesOfAnEarlierRun_countTowardConsecutiveLosses() throws Exception {
        Instant earlier = Instant.now().minusSeconds(3_600);
        for (int i = 0; i < 4; i++) {
            String t = "KXNFLGAME-26DEC0" + (i + 1) + "AAABBB-BBB";
            Position p = Position.open("pos-before-" + i, t, t.substring(0, t.lastIndexOf('-')), Side.YES,
                    com.precog.domain.position.ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.40"),
                    Dollars.ZERO, com.precog.domain.money.Contracts.of(10), TrailingStopConfig.balanced(), earlier.plusSeconds(i * 60L));
            positions.save(p, p.openedAt());
            positions.save(p.afterExit(p.currentQuantity(), Dollars.of("-1.50"), 0, p.openedAt().plusSeconds(30)), p.openedAt().plusSeconds(30));
        }
        TradingSession s2 = sessionHolding(List.of("KXNFLGAME-27JAN03AAABBB-BBB"), 1);
        try {
            s2.start(); // the market is no longer listed: discovery settles the held position at a loss
            await(() -> book.size() == 0, "settlement");
            await(() -> breakers.active().stream().anyMatch(e -> e.kind() == BreakerKind.CONSECUTIVE_LOSSES), "consecutive_losses tripped");
        } finally {
            s2.stop();
        }
    }

    /**
     * A trade split by a restart is reported whole: one record of market X lost $60 to an exit before the restart, the
     * other settles at +$6 after it — a $54 losing trade, the fifth in a row. Before, the settlement reported +$6, a
     * "win" that reset the streak.
     */
    @Test
    void aTradeSplitByARestart_isReportedWhole_asALoss() throws Exception {
        Instant earlier = Instant.now().minusSeconds(3_600);
        for (int i = 0; i < 4; i++) {
            String t = "KXNFLGAME-26DEC0" + (i + 1) + "AAABBB-BBB";
            Position p = Position.open("pos-before-" + i, t, t.substring(0, t.lastIndexOf('-')), Side.YES,
                    com.precog.domain.position.ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.40"),
                    Dollars.ZERO, com.precog.domain.money.Contracts.of(10), TrailingStopConfig.balanced(), earlier.plusSeconds(i * 60L));
            positions.save(p, p.openedAt());
            positions.save(p.afterExit(p.currentQuantity(), Dollars.of("-1.50"), 0, p.openedAt().plusSeconds(30)), p.openedAt().plusSeconds(30));
        }
        String x = "KXNFLGAME-27JAN03XXXYYY-YYY";
        Instant opened = earlier.plusSeconds(600);
        Position sold = Position.open("pos-x-1", x, "KXNFLGAME-27JAN03XXXYYY", Side.YES, com.precog.domain.position.ConfidenceLevel.HIGH, PAPER,
                "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.40"), Dollars.ZERO, com.precog.domain.money.Contracts.of(150),
                TrailingStopConfig.balanced(), opened);
        positions.save(sold, opened);
        positions.save(sold.afterExit(sold.currentQuantity(), Dollars.of("-60.00"), 0, opened.plusSeconds(120)), opened.plusSeconds(120));
        Position held = Position.open("pos-x-2", x, "KXNFLGAME-27JAN03XXXYYY", Side.YES, com.precog.domain.position.ConfidenceLevel.HIGH, PAPER,
                "pre_game_entry@v1.0", "fair@1.0", com.precog.domain.money.Price.of("0.40"), Dollars.ZERO, com.precog.domain.money.Contracts.of(10),
                TrailingStopConfig.balanced(), opened.plusSeconds(1));
        positions.save(held, held.openedAt());
        InMemoryPortfolio venue = new InMemoryPortfolio(Dollars.of(10_000));
        venue.add(new com.precog.application.port.out.Portfolio.Holding(x, Side.YES, com.precog.domain.money.Contracts.of(10), Dollars.of(4),
                Dollars.ZERO, Dollars.ZERO));
        results.put(x, Side.YES); // the held record wins: +$6
        TradingSession s2 = restartedOn(venue);
        try {
            s2.start(); // X is no longer listed: discovery settles the held record
            await(() -> book.size() == 0, "settlement");
            await(() -> breakers.active().stream().anyMatch(e -> e.kind() == BreakerKind.CONSECUTIVE_LOSSES), "consecutive_losses tripped");
        } finally {
            s2.stop();
        }
    }

    /**
     * A losing entry that filled at several price levels is several position records (one per fill) but one losing
     * trade: five records of one market lost at its settlement do not trip consecutive_losses by themselves.
     */
    @Test
    void severalFillRecordsOfOneMarketLostAtSettlement_areOneLosingTrade() throws Exception {
        TradingSession s2 = sessionHolding(List.of("KXNFLGAME-27JAN03AAABBB-BBB"), 5);
        try {
            s2.start();
            await(() -> book.size() == 0 && settlements.all().size() == 5, "settlement of the five records");
            Thread.sleep(100);
            assertThat(breakers.active()).extracting(e -> e.kind()).doesNotContain(BreakerKind.CONSECUTIVE_LOSSES);
        } finally {
            s2.stop();
        }
    }

    /** A session that holds {@code records} YES position records of 10 at 0.40 in each market, every market settled NO. */
    private TradingSession sessionHolding(List<String> markets, int records) {
        InMemoryPortfolio venue = new InMemoryPortfolio(Dollars.of(10_000));
        for (String t : markets) {
            for (int i = 1; i <= records; i++) {
                positions.save(Position.open("pos-" + t + "-" + i, t, t.substring(0, t.lastIndexOf('-')), Side.YES,
                        com.precog.domain.position.ConfidenceLevel.HIGH, PAPER, "pre_game_entry@v1.0", "fair@1.0",
                        com.precog.domain.money.Price.of("0.40"), Dollars.ZERO, com.precog.domain.money.Contracts.of(10), TrailingStopConfig.balanced(),
                        Instant.now()), Instant.now());
            }
            venue.add(new com.precog.application.port.out.Portfolio.Holding(t, Side.YES, com.precog.domain.money.Contracts.of(10L * records),
                    Dollars.of(4L * records), Dollars.ZERO, Dollars.ZERO));
            results.put(t, Side.NO);
        }
        return restartedOn(venue);
    }

    /** A second session on the same stores and services, reconciling with {@code venue}'s holdings: a restart. */
    private TradingSession restartedOn(InMemoryPortfolio venue) {
        TradingSession.Parts p = parts;
        return new TradingSession(settings, new TradingSession.Parts(p.catalog(), p.feed(), p.gateway(), p.journal(), p.markets(),
                p.entries(), p.exposures(), p.book(), p.board(), p.monitor(), p.exits(), p.breakers(), p.budget(), p.probabilities(), p.results(),
                new StartupReconciliation(PAPER, p.gateway(), journal, venue, book, TrailingStopConfig.balanced(), Duration.ofDays(1), clock),
                p.health(), p.points(), p.trailing(), p.tradable(), p.onBookChange(), p.onTick(), p.settlements()), clock);
    }
}
