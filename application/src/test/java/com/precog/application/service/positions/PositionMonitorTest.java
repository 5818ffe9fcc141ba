package com.precog.application.service.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.InMemoryExitJournal;
import com.precog.application.port.out.InMemoryMarketQuotes;
import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.service.exits.ExitExecutor;
import com.precog.application.service.exits.MutableClock;
import com.precog.application.service.exits.SimpleMatchingVenue;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.HealthScore;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PositionMonitorTest {
    private static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    private static final String M = "KXNFLGAME-25SEP07DETGB-GB";
    private MutableClock clock;
    private InMemoryPositions positions;
    private PositionBook book;
    private MarketBoard board;
    private InMemoryMarketQuotes quotes;
    private ApiBudget budget;
    private PositionMonitor monitor;
    private ExitExecutor executor;
    private CircuitBreakerService breakers;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        positions = new InMemoryPositions();
        book = new PositionBook(positions, 10_000);
        board = new MarketBoard();
        quotes = new InMemoryMarketQuotes();
        budget = new ApiBudget(clock, 2, 10);
        breakers = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
        executor = new ExitExecutor(clock, new SimpleMatchingVenue(clock, FeeSchedule.standard()), new InMemoryExitJournal(), book, board,
                ExecutionPolicy.defaults(), Duration.ofMillis(250), new ApiBudget(clock, 100, 100), breakers);
        monitor = new PositionMonitor(clock, book, board, ExitResolver.defaults(), executor, breakers, quotes, budget, MonitorConfig.defaults());
        board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", MarketStatus.OPEN, T0.plus(Duration.ofHours(3)),
                TickLadder.cent(), FeeSchedule.standard(), false), T0);
        book.open(Position.open("p", M, "", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER, "", "", Price.of("0.60"),
                Dollars.ZERO, Contracts.of(100), TrailingStopConfig.balanced(), T0), T0);
    }

    private static BookTop top(long yesBid) {
        return new BookTop(yesBid, 100_000, 1_000_000 - yesBid - 10_000, 100_000);
    }

    @Test
    void bookUpdate_marksThePosition_andSchedulesTheNormalCadence() {
        monitor.onBookUpdate(M, top(620_000));
        assertThat(book.get("p").orElseThrow().mark()).isEqualTo(Price.of("0.62"));
        assertThat(monitor.lastDecision("p")).contains(ExitDecision.Hold.INSTANCE);
        assertThat(monitor.isUrgent("p")).isFalse();
        assertThat(monitor.nextCheckAt("p")).contains(T0.plusSeconds(30));
    }

    @Test
    void nearAThreshold_switchesToTheUrgentCadence() {
        monitor.onBookUpdate(M, top(522_000)); // -13%: within 0.02 of the -15% stop
        assertThat(monitor.isUrgent("p")).isTrue();
        assertThat(monitor.nextCheckAt("p")).contains(T0.plusSeconds(5));
    }

    @Test
    void tick_reChecksOnlyWhenDue_andRefreshesAStaleBookThroughTheBudget() {
        monitor.onBookUpdate(M, top(620_000));
        quotes.set(M, top(630_000));
        clock.advance(Duration.ofSeconds(29));
        monitor.tick();
        assertThat(quotes.calls()).isZero();
        clock.advance(Duration.ofSeconds(1));
        monitor.tick(); // due, book 30 s old (> 10 s cache): one REST refresh
        assertThat(quotes.calls()).isEqualTo(1);
        assertThat(book.get("p").orElseThrow().mark()).isEqualTo(Price.of("0.63"));
    }

    @Test
    void freshBook_isServedFromTheCache_andAnEmptyBudgetSkipsTheRefresh() {
        monitor.onBookUpdate(M, top(620_000));
        clock.advance(Duration.ofSeconds(30));
        while (budget.tryAcquire(1)) { } // the rest of the system spent the shared budget
        quotes.set(M, top(630_000));
        monitor.tick();
        assertThat(quotes.calls()).isZero();
        assertThat(book.get("p").orElseThrow().mark()).isEqualTo(Price.of("0.62"));
        assertThat(monitor.nextCheckAt("p")).contains(T0.plusSeconds(60));
    }

    @Test
    void positionHistory_getsAVersionOnlyForMaterialChanges() {
        monitor.onBookUpdate(M, top(600_000));
        monitor.onBookUpdate(M, top(605_000)); // half a cent: memory only
        assertThat(positions.history("p")).hasSize(1);
        monitor.onBookUpdate(M, top(610_000));
        assertThat(positions.history("p")).hasSize(2);
        monitor.onBookUpdate(M, top(660_000)); // trailing stop arms: stored
        assertThat(positions.history("p")).hasSize(3);
        assertThat(positions.current("p").orElseThrow().trailingStop().active()).isTrue();
    }

    @Test
    void book_sumsUnrealizedPnlAtTheMarks() {
        monitor.onBookUpdate(M, top(620_000));
        assertThat(book.unrealizedPnl()).isEqualTo(Dollars.of("2.00")); // 100 × (0.62 − 0.60)
    }

    @Test
    void aLosingPosition_exitsUrgently_whenTheGameIsAboutToEnd_thoughTradingClosesDaysLater() {
        // Kalshi game markets: close_time days after the game, expected_expiration_time when the result is expected
        board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", MarketStatus.OPEN, T0.plus(Duration.ofDays(2)),
                TickLadder.cent(), FeeSchedule.standard(), false, T0.plus(Duration.ofMinutes(11))), T0);
        monitor.onBookUpdate(M, top(590_000)); // -1.7%: no other condition
        assertThat(monitor.lastDecision("p")).contains(ExitDecision.Hold.INSTANCE);
        clock.advance(Duration.ofMinutes(1)); // 10 minutes to the expected end
        monitor.onBookUpdate(M, top(590_000));
        assertThat(monitor.lastDecision("p").orElseThrow()).isInstanceOfSatisfying(ExitDecision.Exit.class,
                e -> assertThat(e.condition()).isEqualTo(com.precog.domain.exit.ExitConditionKind.TIME_BASED_URGENT));
    }

    @Test
    void aGameRunningPastKalshisExpectedExpiration_isNotAboutToEnd_whileItsClockShowsMoreThanTenMinutes() {
        board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", MarketStatus.OPEN, T0.plus(Duration.ofDays(2)),
                TickLadder.cent(), FeeSchedule.standard(), false, T0.plus(Duration.ofMinutes(5))), T0);
        java.util.concurrent.atomic.AtomicLong secondsLeft = new java.util.concurrent.atomic.AtomicLong(1_380); // e.g. Q3 8:00 after a delay
        monitor.useEventClock(t -> t.equals(M) ? java.util.OptionalLong.of(secondsLeft.get()) : java.util.OptionalLong.empty());
        monitor.onBookUpdate(M, top(590_000)); // -1.7%, 5 minutes to the expected expiration
        assertThat(monitor.lastDecision("p")).contains(ExitDecision.Hold.INSTANCE);
        assertThat(monitor.health("p", 116_800, Duration.ofHours(3), -150_000, 250_000).orElseThrow().timeRemaining())
                .isCloseTo(1_380 / 10_800.0, org.assertj.core.data.Offset.offset(1e-9));
        secondsLeft.set(540); // 9:00 of game clock left: the game can end within 10 minutes
        monitor.onBookUpdate(M, top(590_000));
        assertThat(monitor.lastDecision("p").orElseThrow()).isInstanceOfSatisfying(ExitDecision.Exit.class,
                e -> assertThat(e.condition()).isEqualTo(com.precog.domain.exit.ExitConditionKind.TIME_BASED_URGENT));
    }

    @Test
    void aMarketWithoutAnyTime_neverLooksAboutToClose() {
        board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", MarketStatus.OPEN, Instant.EPOCH,
                TickLadder.cent(), FeeSchedule.standard(), false), T0);
        monitor.onBookUpdate(M, top(590_000));
        assertThat(monitor.lastDecision("p")).contains(ExitDecision.Hold.INSTANCE);
        assertThat(monitor.health("p", 116_800, Duration.ofHours(3), -150_000, 250_000).orElseThrow().timeRemaining())
                .isEqualTo(1.0); // not "the event ended in 1970"
    }

    @Test
    void anExitDecision_reachesTheExecutor() {
        monitor.onBookUpdate(M, top(500_000));
        assertThat(monitor.lastDecision("p").orElseThrow()).isInstanceOf(ExitDecision.Exit.class);
        assertThat(executor.isExiting("p")).isTrue();
    }

    @Test
    void health_combinesEdgeTimeLiquidityAndPnl() {
        monitor.onModelUpdate(M, com.precog.domain.money.Probability.of("0.70"));
        monitor.onBookUpdate(M, top(600_000));
        HealthScore h = monitor.health("p", 116_800, Duration.ofHours(3), -150_000, 250_000).orElseThrow();
        assertThat(h.edgeRemaining()).isEqualTo(1.0);   // hold edge 0.70 - (0.60 - 0.0168) = 0.1168
        assertThat(h.timeRemaining()).isEqualTo(1.0);
        assertThat(h.liquidityDepth()).isEqualTo(1.0);  // 1000 contracts bid vs 100 held
        assertThat(h.unrealizedPnl()).isEqualTo(0.375); // pnl 0 on [-0.15, 0.25]
        assertThat(h.score()).isCloseTo(0.875, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(h.band()).isEqualTo(HealthScore.Band.EXCELLENT);
    }

    @Test
    void operatorCloseRequests_becomeManualExitsOnTheNextTick() {
        com.precog.application.port.out.InMemoryCloseRequests requests = new com.precog.application.port.out.InMemoryCloseRequests();
        monitor.useCloseRequests(requests);
        monitor.onBookUpdate(M, top(620_000));
        requests.request(new com.precog.application.port.out.CloseRequests.CloseRequest("r1", "p",
                com.precog.domain.exit.ExitPriority.HIGH, "alice", T0));
        monitor.tick();
        assertThat(executor.exitingPriority("p")).contains(com.precog.domain.exit.ExitPriority.HIGH);
        assertThat(requests.pending()).isEmpty();
    }

    /**
     * SPEC §8: a manual breaker halts "everything it names". One tripped with flatten for another market must not exit this
     * market's positions: before, any flattening trip — whatever its scope — made every position in every market a
     * CRITICAL circuit_breaker exit. One naming this market does.
     */
    @Test
    void aFlatteningManualBreakerScopedToAnotherMarket_leavesThisMarketsPositionsAlone_oneNamingItExitsThem() {
        monitor.onBookUpdate(M, top(620_000));
        breakers.trip(com.precog.domain.risk.BreakerKind.MANUAL, "KXNFLGAME-25SEP07DETGB-DET", true, "operator: that market only", "test");
        assertThat(monitor.lastDecision("p")).contains(ExitDecision.Hold.INSTANCE);
        assertThat(executor.isExiting("p")).isFalse();

        breakers.trip(com.precog.domain.risk.BreakerKind.MANUAL, M, true, "operator: this market", "test");
        assertThat(executor.exitingPriority("p")).contains(com.precog.domain.exit.ExitPriority.CRITICAL);
    }

    /**
     * An operator's close the executor cannot take now (an exit of the same priority is selling part of the position, or
     * one of that priority just gave up) is kept and retried on the next ticks, not marked handled: before, it was marked
     * handled and dropped, so `positions close --priority medium` during a 50% partial exit sold only that half.
     */
    @Test
    void anOperatorCloseTheExecutorRefusesNow_staysPending_andIsCarriedOutWhenItCan() {
        com.precog.application.port.out.InMemoryCloseRequests requests = new com.precog.application.port.out.InMemoryCloseRequests();
        monitor.useCloseRequests(requests);
        monitor.onBookUpdate(M, top(620_000));
        assertThat(executor.submit(new com.precog.application.service.exits.ExitRequest("p", com.precog.domain.exit.ExitConditionKind.PARTIAL_EXIT_TARGET,
                com.precog.domain.exit.ExitPriority.MEDIUM, Contracts.of(50), 1, java.util.List.of(), T0))).isTrue();
        requests.request(new com.precog.application.port.out.CloseRequests.CloseRequest("r1", "p",
                com.precog.domain.exit.ExitPriority.MEDIUM, "alice", T0));

        monitor.tick();
        assertThat(requests.pending()).as("refused now: kept").extracting(com.precog.application.port.out.CloseRequests.CloseRequest::requestId)
                .containsExactly("r1");

        executor.cancelAll("the partial exit ends");
        clock.advance(Duration.ofSeconds(1));
        monitor.tick();
        assertThat(requests.pending()).isEmpty();
        assertThat(executor.exitingPriority("p")).contains(com.precog.domain.exit.ExitPriority.MEDIUM);
    }
}
