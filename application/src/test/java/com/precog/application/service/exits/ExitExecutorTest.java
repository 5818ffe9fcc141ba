package com.precog.application.service.exits;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.InMemoryExitJournal;
import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.service.positions.MarketBoard;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
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
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExitExecutorTest {
    private static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    private static final String M = "KXNFLGAME-25SEP07DETGB-GB";
    private MutableClock clock;
    private SimpleMatchingVenue venue;
    private InMemoryExitJournal journal;
    private PositionBook book;
    private MarketBoard board;
    private CircuitBreakerService breakers;
    private ExitExecutor executor;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        venue = new SimpleMatchingVenue(clock, FeeSchedule.standard());
        journal = new InMemoryExitJournal();
        book = new PositionBook(new InMemoryPositions(), 10_000);
        board = new MarketBoard();
        breakers = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
        executor = new ExitExecutor(clock, venue, journal, book, board, ExecutionPolicy.defaults(), Duration.ofMillis(250),
                new ApiBudget(clock, 1_000, 1_000), breakers);
        board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", MarketStatus.OPEN, T0.plus(Duration.ofHours(3)),
                TickLadder.cent(), FeeSchedule.standard(), true), T0);
        venue.setLevel(M, Side.YES, 500_000, 100_000);   // bid 0.50 (never reached by the walks below)
        venue.setLevel(M, Side.NO, 300_000, 100_000);    // YES ask 0.70
        board.updateBook(M, venue.top(M), T0);
    }

    private Position open(String id, String qty) {
        Position p = Position.open(id, M, "", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER, "", "", Price.of("0.60"),
                Dollars.ZERO, Contracts.of(qty), TrailingStopConfig.balanced(), T0);
        book.open(p, T0);
        return p;
    }

    private void run(Duration d) {
        for (long i = 0; i < d.toMillis() / 250; i++) {
            clock.advance(Duration.ofMillis(250));
            executor.poll();
        }
    }

    private ExitRequest request(String id, ExitConditionKind kind, String qty) {
        return new ExitRequest(id, kind, kind.priority(), Contracts.of(qty), 0, List.of(), clock.instant());
    }

    @Test
    void lowExit_startsAtAskMinusOneTick_walksTenTimes_thenCancels() {
        open("p", "10");
        assertThat(executor.submit(request("p", ExitConditionKind.EARLY_EXIT, "10"))).isTrue();
        executor.poll();
        run(Duration.ofSeconds(11 * 60 + 1));
        List<ExitAttempt> a = journal.attempts("p");
        assertThat(a).hasSize(11);
        assertThat(a.get(0).limitPrice()).isEqualTo(Price.of("0.69"));
        assertThat(a.get(10).limitPrice()).isEqualTo(Price.of("0.59"));
        assertThat(a).allMatch(x -> x.outcome() == AttemptOutcome.UNFILLED && x.timeout().equals(Duration.ofSeconds(60)));
        assertThat(a).extracting(ExitAttempt::attemptNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(executor.isExiting("p")).isFalse();
        assertThat(venue.openOrders()).isEmpty();
    }

    @Test
    void whileTheExchangeIsNotTrading_theExitWaits_withoutOrdersAttemptsOrWalks_thenStartsAtItsFirstPrice() {
        java.util.concurrent.atomic.AtomicBoolean trading = new java.util.concurrent.atomic.AtomicBoolean(false);
        executor.useVenueTrading(trading::get);
        open("p", "10");
        executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10"));
        executor.poll();
        run(Duration.ofMinutes(5));
        assertThat(journal.attempts("p")).isEmpty();
        assertThat(venue.openOrders()).isEmpty();
        assertThat(executor.isExiting("p")).isTrue();

        trading.set(true);
        executor.poll();

        assertThat(journal.attempts("p")).isEmpty(); // still resting: booked when it ends
        assertThat(venue.openOrders()).singleElement().satisfies(o -> assertThat(o.limitPrice()).isEqualTo(Price.of("0.60"))); // the mid, walk 0
    }

    @Test
    void inAPausedOrClosedMarket_theExitWaits_insteadOfBeingRefusedEveryPoll_andGoesOnWhenItReopens() {
        for (MarketStatus closed : new MarketStatus[] {MarketStatus.PAUSED, MarketStatus.CLOSED}) {
            board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", closed, T0.plus(Duration.ofHours(3)),
                    TickLadder.cent(), FeeSchedule.standard(), true), clock.instant());
            String id = "p-" + closed;
            open(id, "10");
            executor.submit(request(id, ExitConditionKind.STOP_LOSS, "10")); // CRITICAL: an IOC every 250 ms when it can
            run(Duration.ofMinutes(2));
            assertThat(journal.attempts(id)).as(closed.name()).isEmpty();
            assertThat(executor.isExiting(id)).isTrue();
            executor.cancelAll("next case");
        }
        board.putMarket(new Market(M, "KXNFLGAME-25SEP07DETGB", "KXNFLGAME", "", "", MarketStatus.OPEN, T0.plus(Duration.ofHours(3)),
                TickLadder.cent(), FeeSchedule.standard(), true), clock.instant());
        executor.submit(request("p-PAUSED", ExitConditionKind.STOP_LOSS, "10"));
        run(Duration.ofMillis(500));
        assertThat(journal.attempts("p-PAUSED")).isNotEmpty().first().satisfies(a -> assertThat(a.outcome()).isEqualTo(AttemptOutcome.FILLED));
    }

    @Test
    void mediumExit_startsAtTheMid_walksFiveTimes_thenCancelsForReevaluation() {
        open("p", "10");
        executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10"));
        executor.poll();
        run(Duration.ofSeconds(6 * 30 + 1));
        List<ExitAttempt> a = journal.attempts("p");
        assertThat(a).extracting(x -> x.limitPrice().toString()).containsExactly("0.6000", "0.5900", "0.5800", "0.5700", "0.5600", "0.5500");
        assertThat(executor.isExiting("p")).isFalse();
        assertThat(executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10"))).isFalse();  // not in the same cycle
        assertThat(executor.submit(request("p", ExitConditionKind.EARLY_EXIT, "10"))).isFalse();
        assertThat(executor.submit(request("p", ExitConditionKind.TRAILING_STOP, "10"))).isTrue();   // more urgent: always
        executor.cancelAll("test");
        clock.advance(Duration.ofSeconds(30));
        assertThat(executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10"))).isTrue();   // the next cycle may try again
    }

    @Test
    void partialFillsReduceTheRemainder_withFractionalContracts() {
        open("p", "10.55");
        executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10.55"));
        executor.poll();                                    // rests at 0.60
        venue.buyerArrives(M, Side.YES, 600_000, 333);      // 3.33 contracts lift it
        run(Duration.ofSeconds(30));                        // timeout: cancel, book the partial fill, walk
        assertThat(book.get("p").orElseThrow().currentQuantity()).isEqualTo(Contracts.of("7.22"));
        assertThat(journal.attempts("p")).singleElement().satisfies(first -> {
            assertThat(first.outcome()).isEqualTo(AttemptOutcome.PARTIALLY_FILLED);
            assertThat(first.filled()).isEqualTo(Contracts.of("3.33"));
        });
        assertThat(venue.openOrders()).singleElement().satisfies(walk -> {   // the walk is in flight for the rest
            assertThat(walk.requested()).isEqualTo(Contracts.of("7.22"));
            assertThat(walk.limitPrice()).isEqualTo(Price.of("0.59"));
        });
        assertThat(journal.exits("p")).singleElement().satisfies(e -> {
            assertThat(e.quantity()).isEqualTo(Contracts.of("3.33"));
            assertThat(e.realizedPnl()).isEqualTo(Dollars.ZERO); // 3.33 × (0.60 − 0.60), maker fee 0
            assertThat(e.remainingAfter()).isEqualTo(Contracts.of("7.22"));
        });
    }

    /** A sale across two price levels is booked at what it fetched, not at the average rounded to $0.000001. */
    @Test
    void aSaleAcrossPriceLevels_isBookedAtItsExactProceeds() {
        open("p", "3");
        venue.setLevel(M, Side.YES, 510_000, 100);             // 1 bid at 0.51 above the 0.50s
        board.updateBook(M, venue.top(M), clock.instant());
        executor.submit(request("p", ExitConditionKind.STOP_LOSS, "3"));
        executor.poll();                                         // critical: IOC at the worst acceptable price
        run(Duration.ofSeconds(2));
        assertThat(journal.exits("p")).singleElement().satisfies(e -> {
            assertThat(e.quantity()).isEqualTo(Contracts.of(3));
            // 1 @ 0.51 + 2 @ 0.50 = $1.51 (average 0.503333…); taker fees 0.0175 + 0.0350; cost 3 × 0.60
            assertThat(e.fees()).isEqualTo(Dollars.parse("0.0525"));
            assertThat(e.realizedPnl()).isEqualTo(Dollars.parse("1.51").minus(Dollars.parse("1.80")).minus(Dollars.parse("0.0525")));
        });
        assertThat(journal.exits("p").get(0).realizedPnl()).isEqualTo(Dollars.parse("-0.3425"));
    }

    @Test
    void fillsOfARestingExitOrder_areBookedAsTheyCome_onceEach_notWhenTheOrderEnds() {
        open("p", "10");
        executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10"));
        executor.poll();                                    // rests at the 0.60 mid
        venue.buyerArrives(M, Side.YES, 600_000, 388);
        clock.advance(Duration.ofSeconds(1));
        executor.poll();
        assertThat(book.get("p").orElseThrow().currentQuantity()).as("booked while the order still rests").isEqualTo(Contracts.of("6.12"));
        assertThat(venue.openOrders()).singleElement().satisfies(o -> assertThat(o.remaining()).isEqualTo(Contracts.of("6.12")));
        assertThat(journal.attempts("p")).as("the attempt is journaled when the order ends").isEmpty();
        executor.poll();
        assertThat(journal.exits("p")).as("a fill is booked once").hasSize(1);

        venue.buyerArrives(M, Side.YES, 600_000, 200);
        clock.advance(Duration.ofSeconds(1));
        executor.poll();
        assertThat(book.get("p").orElseThrow().currentQuantity()).isEqualTo(Contracts.of("4.12"));
        assertThat(journal.exits("p")).extracting(e -> e.quantity().toString(), e -> e.averagePrice().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.88", "0.6000"), org.assertj.core.groups.Tuple.tuple("2.00", "0.6000"));

        run(Duration.ofSeconds(30));                        // timeout: cancel; nothing booked twice, the walk sells the rest
        assertThat(journal.attempts("p").get(0)).satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AttemptOutcome.PARTIALLY_FILLED);
            assertThat(a.filled()).isEqualTo(Contracts.of("5.88"));
        });
        assertThat(journal.exits("p")).hasSize(2);
        assertThat(book.get("p").orElseThrow().currentQuantity()).isEqualTo(Contracts.of("4.12"));
        assertThat(venue.openOrders()).singleElement().satisfies(walk -> assertThat(walk.requested()).isEqualTo(Contracts.of("4.12")));
        assertThat(book.get("p").orElseThrow().realizedPnl()).as("5.88 sold at the 0.60 entry, maker fee 0").isEqualTo(Dollars.ZERO);
    }

    @Test
    void theRecordsOfOneMarketClosedByExits_areOneClosedTrade_forConsecutiveLosses() {
        BreakerConfig d = BreakerConfig.defaults();
        breakers = new CircuitBreakerService(clock, new InMemoryBreakerEvents(), new BreakerConfig(d.dailyLossLimit(), d.rapidLossLimit(),
                d.rapidLossWindow(), 2, d.apiErrorLimit(), d.apiErrorWindow(), d.apiHealthyReset(), d.priceStaleAfter(), d.gameStaleAfter(),
                d.edgeAnomalyMicros(), d.edgeAnomalyCount(), d.edgeAnomalyWindow(), d.unusualTradeCount(), d.unusualTradeWindow()), ZoneOffset.UTC);
        executor = new ExitExecutor(clock, venue, journal, book, board, ExecutionPolicy.defaults(), Duration.ofMillis(250),
                new ApiBudget(clock, 1_000, 1_000), breakers);
        open("p", "10"); // one entry filled at two levels: two records of the market
        open("q", "10");
        executor.submit(request("p", ExitConditionKind.STOP_LOSS, "10"));
        executor.submit(request("q", ExitConditionKind.STOP_LOSS, "10"));
        run(Duration.ofSeconds(30));
        assertThat(book.inMarket(M)).as("both sold at the 0.50 bid, below the 0.60 entry").isEmpty();
        assertThat(breakers.active()).as("one losing trade, not two").isEmpty();
        open("r", "10"); // the next trade in the market loses too: two in a row
        executor.submit(request("r", ExitConditionKind.STOP_LOSS, "10"));
        run(Duration.ofSeconds(30));
        assertThat(breakers.active()).extracting(e -> e.kind()).containsExactly(com.precog.domain.risk.BreakerKind.CONSECUTIVE_LOSSES);
    }

    @Test
    void theMarketSettling_endsItsExits_andBooksWhatTheRestingOrderSoldBeforeTheSettlementPaysTheRest() {
        open("p", "10");
        open("q", "4");
        executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10"));
        executor.submit(request("q", ExitConditionKind.EARLY_EXIT, "4"));
        executor.poll();                                    // p's exit rests at 0.60; q waits behind it
        venue.buyerArrives(M, Side.YES, 600_000, 388);      // 3.88 contracts lift it, the order keeps resting

        assertThat(executor.endExitsIn(M, "market settled")).isEqualTo(2);

        assertThat(book.get("p").orElseThrow().currentQuantity()).as("the partial fill is booked, not lost").isEqualTo(Contracts.of("6.12"));
        assertThat(journal.exits("p")).singleElement().satisfies(e -> assertThat(e.quantity()).isEqualTo(Contracts.of("3.88")));
        assertThat(journal.attempts("p")).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AttemptOutcome.PARTIALLY_FILLED);
            assertThat(a.reason()).isEqualTo("market settled");
        });
        assertThat(book.get("q").orElseThrow().currentQuantity()).isEqualTo(Contracts.of("4"));
        assertThat(venue.openOrders()).isEmpty();
        assertThat(executor.queued(M)).isZero();
        assertThat(executor.isExiting("p")).isFalse();
        assertThat(executor.isExiting("q")).isFalse();
        assertThat(executor.endExitsIn(M, "market settled")).as("nothing left to end").isZero();
    }

    @Test
    void aMoreUrgentExit_preemptsTheActiveExitOfAnotherPositionInTheSameMarket() {
        open("slow", "10");
        open("urgent", "10");
        executor.submit(request("slow", ExitConditionKind.EARLY_EXIT, "10"));
        executor.poll();
        assertThat(venue.openOrders()).hasSize(1);
        executor.submit(request("urgent", ExitConditionKind.STOP_LOSS, "10"));
        assertThat(executor.queue(M)).containsExactly("urgent", "slow");
        assertThat(journal.attempts("slow").get(0).outcome()).isEqualTo(AttemptOutcome.CANCELED);
        executor.poll();
        assertThat(book.get("urgent")).isEmpty();            // sold at the 0.50 bid by an IOC
        run(Duration.ofMillis(500));
        assertThat(venue.openOrders()).singleElement()          // resumed behind it, one walk lower
                .satisfies(o -> assertThat(o.limitPrice()).isEqualTo(Price.of("0.68")));
        assertThat(executor.queue(M)).containsExactly("slow");
    }

    @Test
    void samePriorityRequest_doesNotRestartARunningExit() {
        open("p", "10");
        assertThat(executor.submit(request("p", ExitConditionKind.EARLY_EXIT, "10"))).isTrue();
        assertThat(executor.submit(request("p", ExitConditionKind.EDGE_DISAPPEARED, "10"))).isFalse();
        assertThat(executor.submit(request("nobody", ExitConditionKind.STOP_LOSS, "10"))).isFalse();
        assertThat(executor.exitingPriority("p")).contains(ExitPriority.LOW);
    }

    @Test
    void venueErrors_areJournaled_countedByTheBreakers_andRetried() {
        open("p", "10");
        executor.submit(request("p", ExitConditionKind.STOP_LOSS, "10"));
        venue.failNext(5);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMillis(250));
            executor.poll();
        }
        assertThat(journal.attempts("p")).extracting(ExitAttempt::outcome).containsOnly(AttemptOutcome.ERROR);
        assertThat(breakers.active()).extracting(e -> e.kind().wireName()).containsExactly("api_failures");
        assertThat(breakers.flattenRequired()).isFalse();
        run(Duration.ofMillis(250));
        assertThat(book.get("p")).isEmpty(); // exits continue under an infrastructure breaker
    }

    @Test
    void anExitWhoseAcknowledgementIsLost_isLookedUp_notSentTwice_andWhatItSellsIsBooked() {
        open("p", "10");
        venue.loseNextAcks(1);
        executor.submit(request("p", ExitConditionKind.PROFIT_TARGET, "10"));
        executor.poll(); // the sell reaches the venue and rests at the mid 0.60; its answer is lost
        run(Duration.ofSeconds(5));
        assertThat(venue.openOrders()).hasSize(1);
        assertThat(journal.attempts("p")).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AttemptOutcome.ERROR);
            assertThat(a.reason()).contains("outcome unknown");
        });

        venue.buyerArrives(M, Side.YES, 600_000, 400); // 4 contracts lift the lost order
        run(Duration.ofSeconds(1));

        assertThat(book.get("p").orElseThrow().currentQuantity()).isEqualTo(Contracts.of(6));
        assertThat(venue.openOrders()).hasSize(1);
    }

    @Test
    void anOrderTheVenueForgot_isGivenUpAfterItsTimeout_andTheExitGoesOn() {
        open("p", "10");
        executor.submit(request("p", ExitConditionKind.EARLY_EXIT, "10"));
        executor.poll();
        venue.forgetOrders();
        run(Duration.ofSeconds(59));
        assertThat(journal.attempts("p")).isEmpty();
        run(Duration.ofSeconds(1));
        assertThat(journal.attempts("p")).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AttemptOutcome.ERROR);
            assertThat(a.reason()).contains("does not know");
        });
        assertThat(venue.openOrders()).singleElement().satisfies(o -> assertThat(o.limitPrice()).isEqualTo(Price.of("0.68")));
    }

    /**
     * Exits run serially per market (SPEC §9). A waiting exit that a more urgent request takes over goes to the head of its
     * market's queue: the exit working there must yield (its order canceled), as when a new urgent exit arrives. Before,
     * only a new request made the active one yield; a take-over did not, so two exit orders of one market rested at once and
     * the displaced one was left unwatched past its timeout.
     */
    @Test
    void aWaitingExitTakenOverByAMoreUrgentRequest_makesTheActiveExitOfItsMarketYield() {
        open("a", "10");
        open("b", "10");
        executor.submit(request("a", ExitConditionKind.EARLY_EXIT, "10"));
        executor.poll(); // a rests at 0.69
        executor.submit(request("b", ExitConditionKind.EARLY_EXIT, "10")); // waits behind a
        assertThat(executor.queue(M)).containsExactly("a", "b");

        assertThat(executor.submit(request("b", ExitConditionKind.LIQUIDITY_DRIED_UP, "10"))).isTrue(); // HIGH takes over b
        executor.poll();

        assertThat(executor.queue(M)).containsExactly("b", "a");
        assertThat(venue.openOrders()).as("one exit order in the market at a time").singleElement()
                .satisfies(o -> assertThat(o.limitPrice()).isEqualTo(Price.of("0.51"))); // b: HIGH at bid + 1 tick
        assertThat(journal.attempts("a")).singleElement().satisfies(x -> assertThat(x.outcome()).isEqualTo(AttemptOutcome.CANCELED));
    }
}
