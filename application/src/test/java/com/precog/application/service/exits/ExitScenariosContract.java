package com.precog.application.service.exits;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.InMemoryExitJournal;
import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.port.out.MarketQuotes;
import com.precog.application.service.positions.MarketBoard;
import com.precog.application.service.positions.MonitorConfig;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.positions.PositionMonitor;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.execution.ExitOrderType;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.exit.PositionExit;
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
import com.precog.domain.position.PositionStatus;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The four exit scenarios of issue 8, end to end: monitor → resolver → executor → venue →
 * journal and position history, on a hand-moved clock. Subclasses supply the venue
 * ({@link SimpleVenueExitScenariosTest}; the lead can add one over the Kalshi fake exchange).
 * The market uses the cent ladder and the standard fee schedule (taker 0.07, maker 0).
 */
public abstract class ExitScenariosContract {
    protected static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    protected static final FeeSchedule FEES = FeeSchedule.standard();
    protected static final String M1 = "KXNFLGAME-25SEP07DETGB-GB";
    protected static final String M2 = "KXNFLGAME-25SEP07HOULAR-HOU";

    protected MutableClock clock;
    protected ScenarioVenue venue;
    protected InMemoryPositions positions;
    protected InMemoryExitJournal journal;
    protected InMemoryBreakerEvents events;
    protected CircuitBreakerService breakers;
    protected MarketBoard board;
    protected PositionBook book;
    protected ExitExecutor executor;
    protected PositionMonitor monitor;
    private final Set<String> markets = new LinkedHashSet<>();
    private final Map<String, Integer> maxOpenOrders = new HashMap<>();

    protected abstract ScenarioVenue newVenue(MutableClock clock, FeeSchedule fees);

    @BeforeEach
    void wire() {
        clock = new MutableClock(T0);
        venue = newVenue(clock, FEES);
        positions = new InMemoryPositions();
        journal = new InMemoryExitJournal();
        events = new InMemoryBreakerEvents();
        breakers = new CircuitBreakerService(clock, events, BreakerConfig.defaults(), ZoneOffset.UTC);
        board = new MarketBoard();
        book = new PositionBook(positions, 10_000);
        ApiBudget budget = new ApiBudget(clock, 600, 600);
        executor = new ExitExecutor(clock, venue.gateway(), journal, book, board, ExecutionPolicy.defaults(), Duration.ofMillis(250),
                budget, breakers);
        MarketQuotes quotes = ticker -> Optional.of(venue.top(ticker));
        monitor = new PositionMonitor(clock, book, board, ExitResolver.defaults(), executor, breakers, quotes, budget,
                MonitorConfig.defaults());
    }

    // ---- helpers

    protected void market(String ticker) {
        board.putMarket(new Market(ticker, ticker.substring(0, ticker.lastIndexOf('-')), "KXNFLGAME", ticker, "", MarketStatus.OPEN,
                T0.plus(Duration.ofHours(3)), TickLadder.cent(), FEES, false), clock.instant());
        markets.add(ticker);
    }

    /** Replaces the whole book: YES bid and NO bid (micros) with quantities in whole contracts. */
    protected void setBook(String ticker, long yesBid, long yesQty, long noBid, long noQty) {
        venue.clearSide(ticker, Side.YES);
        venue.clearSide(ticker, Side.NO);
        if (yesBid > 0) venue.setLevel(ticker, Side.YES, yesBid, yesQty * 100);
        if (noBid > 0) venue.setLevel(ticker, Side.NO, noBid, noQty * 100);
        publish(ticker);
    }

    protected void publish(String ticker) {
        monitor.onBookUpdate(ticker, venue.top(ticker));
    }

    protected Position open(String id, String ticker, Side side, long contracts, String price, ConfidenceLevel confidence) {
        Position p = Position.open(id, ticker, "", side, confidence, ExecutionEnvironment.PAPER, "pre_game v1.0", "elo v1.0",
                Price.of(price), Dollars.ZERO, Contracts.of(contracts), TrailingStopConfig.balanced(), clock.instant());
        book.open(p, clock.instant());
        return p;
    }

    /** Runs the system for {@code d} in 250 ms steps: the executor polls, the feed republishes, the monitor ticks. */
    protected void run(Duration d) {
        long steps = d.toMillis() / 250;
        for (long i = 0; i < steps; i++) {
            clock.advance(Duration.ofMillis(250));
            executor.poll();
            for (String m : markets) {
                publish(m);
                int open = (int) venue.gateway().openOrders().stream().filter(o -> o.marketTicker().equals(m)).count();
                maxOpenOrders.merge(m, open, Math::max);
            }
            monitor.tick();
        }
    }

    protected int maxOpenOrders(String ticker) {
        return maxOpenOrders.getOrDefault(ticker, 0);
    }

    protected Position current(String id) {
        return positions.current(id).orElseThrow();
    }

    private static Dollars pnl(long contracts, String price, String entry, Liquidity liq) {
        Contracts c = Contracts.of(contracts);
        Dollars fee = liq == Liquidity.TAKER ? FEES.takerFee(Price.of(price), c) : FEES.makerFee(Price.of(price), c);
        return c.times(Price.of(price)).minus(fee).minus(c.times(Price.of(entry)));
    }

    private enum Liquidity { TAKER, MAKER }

    // ---- scenarios

    @Test
    void winningPosition_exitsHalfAtFifteenPercent_aQuarterAtTwentyFive_andRidesTheTrailingStop() {
        market(M1);
        setBook(M1, 590_000, 500, 400_000, 500);
        open("win", M1, Side.YES, 100, "0.60", ConfidenceLevel.HIGH);
        monitor.onModelUpdate(M1, Probability.of("0.90"));

        setBook(M1, 690_000, 1_000, 300_000, 1_000); // +15%
        run(Duration.ofSeconds(31));                  // mid 0.70 rests 30 s, walks to 0.69 and fills
        Position afterOne = current("win");
        assertThat(afterOne.currentQuantity()).isEqualTo(Contracts.of(50));
        assertThat(afterOne.partialStagesDone()).isEqualTo(0b01);
        assertThat(afterOne.trailingStop().active()).isTrue();

        setBook(M1, 750_000, 1_000, 240_000, 1_000); // +25%
        run(Duration.ofSeconds(31));
        Position afterTwo = current("win");
        assertThat(afterTwo.currentQuantity()).isEqualTo(Contracts.of(25));
        assertThat(afterTwo.partialStagesDone()).isEqualTo(0b11);
        assertThat(afterTwo.trailingStop().stopPriceMicros()).isEqualTo(723_750); // 0.75 × (1 − 0.035)

        setBook(M1, 720_000, 1_000, 270_000, 1_000); // below the stop
        run(Duration.ofSeconds(11));                  // bid + 1 tick rests 10 s, walks to 0.72 and fills

        List<PositionExit> exits = journal.exits("win");
        assertThat(exits).extracting(PositionExit::condition).containsExactly(ExitConditionKind.PARTIAL_EXIT_TARGET,
                ExitConditionKind.PARTIAL_EXIT_TARGET, ExitConditionKind.TRAILING_STOP);
        assertThat(exits).extracting(PositionExit::quantity).containsExactly(Contracts.of(50), Contracts.of(25), Contracts.of(25));
        assertThat(exits).extracting(e -> e.averagePrice().toString()).containsExactly("0.6900", "0.7500", "0.7200");
        Dollars expected = pnl(50, "0.69", "0.60", Liquidity.TAKER).plus(pnl(25, "0.75", "0.60", Liquidity.TAKER))
                .plus(pnl(25, "0.72", "0.60", Liquidity.TAKER));
        assertThat(expected).isEqualTo(Dollars.of("9.8203"));
        Position closed = current("win");
        assertThat(closed.status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(closed.realizedPnl()).isEqualTo(expected);
        assertThat(exits.stream().map(PositionExit::realizedPnl).reduce(Dollars.ZERO, Dollars::plus)).isEqualTo(expected);
        // stage 1: the mid rested and timed out, the walk filled
        List<ExitAttempt> attempts = journal.attempts("win");
        assertThat(attempts.get(0).limitPrice()).isEqualTo(Price.of("0.70"));
        assertThat(attempts.get(0).outcome()).isEqualTo(AttemptOutcome.UNFILLED);
        assertThat(attempts.get(1).limitPrice()).isEqualTo(Price.of("0.69"));
        assertThat(attempts.get(1).outcome()).isEqualTo(AttemptOutcome.FILLED);
        assertThat(attempts).allMatch(a -> a.orderType() == ExitOrderType.LIMIT);
        assertThat(positions.history("win").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void stopLossInAThinBook_sellsWhatIsThere_alertsAfterFiveSeconds_andFinishesWhenBidsReturn() {
        market(M1);
        setBook(M1, 590_000, 100, 400_000, 100);
        open("stop", M1, Side.YES, 100, "0.60", ConfidenceLevel.HIGH);
        venue.clearSide(M1, Side.YES);
        venue.setLevel(M1, Side.YES, 500_000, 1_000);
        venue.setLevel(M1, Side.YES, 480_000, 1_000);
        publish(M1);                                  // -16.7%: stop loss (and liquidity: spread 0.10)
        run(Duration.ofMillis(250));
        List<ExitAttempt> first = journal.attempts("stop");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).orderType()).isEqualTo(ExitOrderType.IOC);
        assertThat(first.get(0).limitPrice()).isEqualTo(Price.of("0.45"));
        assertThat(first.get(0).outcome()).isEqualTo(AttemptOutcome.PARTIALLY_FILLED);
        assertThat(first.get(0).filled()).isEqualTo(Contracts.of(20));
        assertThat(current("stop").currentQuantity()).isEqualTo(Contracts.of(80));

        run(Duration.ofSeconds(5));                   // no bids: nothing to send, the CRITICAL budget runs out
        assertThat(executor.alerted("stop")).isTrue();
        assertThat(executor.isExiting("stop")).isTrue();

        venue.setLevel(M1, Side.YES, 450_000, 20_000);
        publish(M1);
        run(Duration.ofMillis(500));
        Position closed = current("stop");
        assertThat(closed.status()).isEqualTo(PositionStatus.CLOSED);
        List<PositionExit> exits = journal.exits("stop");
        assertThat(exits).extracting(PositionExit::condition).containsOnly(ExitConditionKind.STOP_LOSS);
        assertThat(exits).extracting(e -> e.averagePrice().toString()).containsExactly("0.4900", "0.4500");
        assertThat(exits.get(0).conflictingTriggers()).contains(ExitConditionKind.LIQUIDITY_DRIED_UP);
        Dollars fees = FEES.takerFee(Price.of("0.50"), Contracts.of(10)).plus(FEES.takerFee(Price.of("0.48"), Contracts.of(10)))
                .plus(FEES.takerFee(Price.of("0.45"), Contracts.of(80)));
        Dollars expected = Dollars.of("9.80").plus(Dollars.of("36.00")).minus(fees).minus(Dollars.of("60.00"));
        assertThat(closed.realizedPnl()).isEqualTo(expected);
    }

    @Test
    void highExitInAThinBook_walksTwice_thenCrossesWithAnIoc() {
        market(M1);
        setBook(M1, 600_000, 100, 390_000, 100);
        open("thin", M1, Side.YES, 100, "0.60", ConfidenceLevel.HIGH);
        venue.clearSide(M1, Side.YES);
        venue.clearSide(M1, Side.NO);
        venue.setLevel(M1, Side.NO, 350_000, 10_000);  // YES ask 0.65
        venue.setLevel(M1, Side.YES, 600_000, 500);    // 5 contracts at 0.60
        venue.setLevel(M1, Side.YES, 570_000, 50_000);
        publish(M1);                                   // spread 0.05: liquidity dried up (HIGH)
        run(Duration.ofSeconds(31));
        List<ExitAttempt> a = journal.attempts("thin");
        assertThat(a).extracting(ExitAttempt::condition).containsOnly(ExitConditionKind.LIQUIDITY_DRIED_UP);
        assertThat(a).extracting(ExitAttempt::orderType)
                .containsExactly(ExitOrderType.LIMIT, ExitOrderType.LIMIT, ExitOrderType.LIMIT, ExitOrderType.IOC);
        assertThat(a).extracting(x -> x.limitPrice().toString()).containsExactly("0.6100", "0.6000", "0.5900", "0.5200");
        assertThat(a).extracting(ExitAttempt::outcome).containsExactly(AttemptOutcome.UNFILLED, AttemptOutcome.PARTIALLY_FILLED,
                AttemptOutcome.UNFILLED, AttemptOutcome.FILLED);
        assertThat(a.get(1).filled()).isEqualTo(Contracts.of(5));
        assertThat(a.get(3).quantity()).isEqualTo(Contracts.of(95));
        assertThat(a.get(0).timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(current("thin").status()).isEqualTo(PositionStatus.CLOSED);
    }

    @Test
    void breakerTripMidWalk_cancelsTheWalk_andFlattensEveryPositionWithinOneSecond() {
        market(M1);
        market(M2);
        setBook(M1, 600_000, 1_000, 370_000, 1_000);   // YES 0.60 / 0.63
        setBook(M2, 590_000, 1_000, 400_000, 1_000);   // NO 0.40 / 0.41
        open("a", M1, Side.YES, 100, "0.60", ConfidenceLevel.HIGH);
        open("b", M2, Side.NO, 50, "0.40", ConfidenceLevel.HIGH);
        monitor.onModelUpdate(M1, Probability.of("0.60")); // hold edge 0.0168 < 0.02: early exit (LOW)
        run(Duration.ofSeconds(20));
        assertThat(executor.exitingPriority("a")).contains(com.precog.domain.exit.ExitPriority.LOW);
        assertThat(venue.gateway().openOrders()).hasSize(1);

        Instant trip = clock.instant();
        breakers.recordPnl(Dollars.of("-300"), Dollars.of("-250"));  // daily loss 550 >= 500
        assertThat(breakers.flattenRequired()).isTrue();
        assertThat(breakers.entriesHalted(M1)).isTrue();
        run(Duration.ofSeconds(1));

        assertThat(events.all()).extracting(BreakerEvent::kind).containsExactly(BreakerKind.DAILY_LOSS);
        List<ExitAttempt> a = journal.attempts("a");
        assertThat(a.get(0).outcome()).isEqualTo(AttemptOutcome.CANCELED);
        assertThat(a.get(0).reason()).contains("preempted by circuit_breaker");
        assertThat(a.get(0).at()).isEqualTo(trip);
        ExitAttempt flattenA = a.get(a.size() - 1);
        assertThat(flattenA.condition()).isEqualTo(ExitConditionKind.CIRCUIT_BREAKER);
        assertThat(flattenA.orderType()).isEqualTo(ExitOrderType.IOC);
        assertThat(flattenA.at()).isBeforeOrEqualTo(trip.plusSeconds(1));
        ExitAttempt flattenB = journal.attempts("b").get(journal.attempts("b").size() - 1);
        assertThat(flattenB.condition()).isEqualTo(ExitConditionKind.CIRCUIT_BREAKER);
        assertThat(flattenB.at()).isBeforeOrEqualTo(trip.plusSeconds(1));
        assertThat(current("a").status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(current("b").status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(journal.exits("a").get(0).conflictingTriggers()).contains(ExitConditionKind.EARLY_EXIT);
        assertThat(venue.gateway().openOrders()).isEmpty();
    }

    @Test
    void twoExitsOnOneMarket_areWorkedSerially() {
        market(M1);
        setBook(M1, 590_000, 500, 400_000, 500);
        open("p1", M1, Side.YES, 100, "0.60", ConfidenceLevel.HIGH);
        open("p2", M1, Side.YES, 40, "0.60", ConfidenceLevel.HIGH);
        monitor.onModelUpdate(M1, Probability.of("0.90"));
        setBook(M1, 690_000, 1_000, 300_000, 1_000);
        assertThat(executor.queue(M1)).hasSize(2);
        run(Duration.ofSeconds(70));
        assertThat(maxOpenOrders(M1)).isEqualTo(1);
        List<ExitAttempt> p1 = journal.attempts("p1");
        List<ExitAttempt> p2 = journal.attempts("p2");
        assertThat(p1).isNotEmpty();
        assertThat(p2).isNotEmpty();
        String first = journal.allAttempts().get(0).positionId();
        List<ExitAttempt> firstAttempts = first.equals("p1") ? p1 : p2;
        List<ExitAttempt> secondAttempts = first.equals("p1") ? p2 : p1;
        assertThat(secondAttempts.get(0).at()).isAfterOrEqualTo(firstAttempts.get(firstAttempts.size() - 1).at());
        assertThat(current("p1").currentQuantity()).isEqualTo(Contracts.of(50));
        assertThat(current("p2").currentQuantity()).isEqualTo(Contracts.of(20));
    }
}
