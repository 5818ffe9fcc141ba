package com.precog.application.bench;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.InMemoryExitJournal;
import com.precog.application.port.out.InMemoryMarketQuotes;
import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.service.exits.ExitExecutor;
import com.precog.application.service.exits.SimpleMatchingVenue;
import com.precog.application.service.positions.MarketBoard;
import com.precog.application.service.positions.MonitorConfig;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.positions.PositionMonitor;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.execution.ExecutionPolicy;
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
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 8 target: 1,000 open positions re-evaluated on one book update ≤ 2 ms. All 1,000 sit
 * in the updated market (the worst case); each update moves the bid by a tenth of a cent, so
 * every position is re-marked (a new value), evaluated against all ten conditions with a model
 * probability, and held (no exit, no SCD2 write: the move is below the 1-cent material step).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MonitorBench {
    private static final String M = "KXNFLGAME-25SEP07DETGB-GB";
    private PositionMonitor monitor;
    private final BookTop[] tops = {new BookTop(600_000, 100_000, 390_000, 100_000), new BookTop(601_000, 100_000, 390_000, 100_000)};
    private int i;

    @Setup
    public void setUp() {
        Instant t0 = Instant.parse("2025-09-07T17:00:00Z");
        Clock clock = Clock.fixed(t0, ZoneOffset.UTC);
        PositionBook book = new PositionBook(new InMemoryPositions(), 10_000);
        MarketBoard board = new MarketBoard();
        CircuitBreakerService breakers = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
        ApiBudget budget = new ApiBudget(clock, 600, 600);
        ExitExecutor executor = new ExitExecutor(clock, new SimpleMatchingVenue(clock, FeeSchedule.standard()), new InMemoryExitJournal(),
                book, board, ExecutionPolicy.defaults(), Duration.ofMillis(250), budget, breakers);
        monitor = new PositionMonitor(clock, book, board, ExitResolver.defaults(), executor, breakers, new InMemoryMarketQuotes(), budget,
                MonitorConfig.defaults());
        // a live game's clock bounds the event's end, as in the daemon (one lookup per market and update)
        monitor.useEventClock(ticker -> java.util.OptionalLong.of(1_800));
        board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", MarketStatus.OPEN, t0.plus(Duration.ofHours(3)),
                TickLadder.uniform(1_000), FeeSchedule.standard(), false), t0);
        for (int k = 0; k < 1_000; k++) {
            book.open(Position.open("p" + k, M, "", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER, "", "",
                    Price.of("0.60"), Dollars.ZERO, Contracts.of(10 + k % 7), TrailingStopConfig.balanced(), t0), t0);
        }
        monitor.onModelUpdate(M, Probability.of("0.75"));
    }

    @Benchmark
    public void bookUpdateThousandPositions() {
        monitor.onBookUpdate(M, tops[i++ & 1]);
    }
}
