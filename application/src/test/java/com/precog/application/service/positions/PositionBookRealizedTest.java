package com.precog.application.service.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.InMemoryPositions;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The realized P&L the book saw booked, by time: what today's daily_loss weighs besides the open positions. */
class PositionBookRealizedTest {
    static final Instant T0 = Instant.parse("2026-12-06T18:00:00Z");

    @Test
    void partialExitsAndTheCloseAreCountedOnceEach_atTheTimeTheyWereBooked() {
        PositionBook book = new PositionBook(new InMemoryPositions(), 10_000);
        Position p = Position.open("p1", "KXNFLGAME-X-A", "KXNFLGAME-X", Side.NO, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER,
                "pre_game_entry@1.0", "fair@1.0", Price.of("0.60"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        book.open(p, T0);
        Position half = p.afterExit(Contracts.of(5), Dollars.of("-1.00"), 0, T0.plusSeconds(60));
        book.update(half, T0.plusSeconds(60));
        book.update(half.withMark(Price.of("0.55"), T0.plusSeconds(90)), T0.plusSeconds(90)); // a mark: nothing realized
        Position closed = half.afterExit(Contracts.of(5), Dollars.of("-0.50"), 0, T0.plusSeconds(120));
        book.update(closed, T0.plusSeconds(120));

        assertThat(book.realizedPnlSince(T0)).isEqualTo(Dollars.of("-1.50"));
        assertThat(book.realizedPnlSince(T0.plusSeconds(61))).isEqualTo(Dollars.of("-0.50"));
        assertThat(book.unrealizedPnl()).isEqualTo(Dollars.ZERO);
    }

    @Test
    void aRestartedBook_countsTheRealizedPnlItsStoreHolds_andKeepsCounting() {
        InMemoryPositions store = new InMemoryPositions();
        PositionBook before = new PositionBook(store, 10_000);
        Position p = Position.open("p1", "KXNFLGAME-X-A", "KXNFLGAME-X", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER,
                "pre_game_entry@1.0", "fair@1.0", Price.of("0.60"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), T0);
        before.open(p, T0);
        Position half = p.afterExit(Contracts.of(5), Dollars.of("-120.00"), 0, T0.plusSeconds(60));
        before.update(half, T0.plusSeconds(60));
        Position old = Position.open("p0", "KXNFLGAME-W-A", "KXNFLGAME-W", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER,
                "pre_game_entry@1.0", "fair@1.0", Price.of("0.60"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(),
                T0.minus(java.time.Duration.ofDays(3)));
        before.open(old, T0.minus(java.time.Duration.ofDays(3)));
        before.update(old.afterExit(Contracts.of(10), Dollars.of("-999.00"), 0, T0.minus(java.time.Duration.ofDays(3))),
                T0.minus(java.time.Duration.ofDays(3)));

        PositionBook after = new PositionBook(store, 10_000); // the daemon restarted
        after.load(T0.plusSeconds(300));
        assertThat(after.all()).extracting(Position::id).containsExactly("p1");
        assertThat(after.realizedPnlSince(T0)).as("the earlier run's exit").isEqualTo(Dollars.of("-120.00"));
        assertThat(after.realizedPnlSince(T0.minus(java.time.Duration.ofDays(10)))).as("kept two days back only").isEqualTo(Dollars.of("-120.00"));

        after.update(half.afterExit(Contracts.of(5), Dollars.of("-30.00"), 0, T0.plusSeconds(400)), T0.plusSeconds(400));
        assertThat(after.realizedPnlSince(T0)).isEqualTo(Dollars.of("-150.00"));
    }

    private static Position record(String id, String ticker, Instant opened) {
        return Position.open(id, ticker, ticker.substring(0, ticker.lastIndexOf('-')), Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER,
                "pre_game_entry@1.0", "fair@1.0", Price.of("0.50"), Dollars.ZERO, Contracts.of(10), TrailingStopConfig.balanced(), opened);
    }

    private static void closed(InMemoryPositions store, Position p, String pnl, Instant at) {
        store.save(p, p.openedAt());
        store.save(p.afterExit(p.currentQuantity(), Dollars.of(pnl), 0, at), at);
    }

    /**
     * A market's trade is its records from the first opening until none is left open: two records of A closed at −5 and
     * +2 are one trade of −3, ending at the second close; C's re-entry, still open, is no trade yet.
     */
    @Test
    void closedTrades_areMarketsRecordsUntilNoneIsOpen_oldestFirst() {
        InMemoryPositions store = new InMemoryPositions();
        closed(store, record("a1", "KXNFLGAME-A-A", T0), "-5.00", T0.plusSeconds(10));
        closed(store, record("a2", "KXNFLGAME-A-A", T0.plusSeconds(1)), "2.00", T0.plusSeconds(30));
        closed(store, record("b1", "KXNFLGAME-B-B", T0.plusSeconds(2)), "-1.00", T0.plusSeconds(20));
        closed(store, record("c1", "KXNFLGAME-C-C", T0.plusSeconds(3)), "-4.00", T0.plusSeconds(40));
        store.save(record("c2", "KXNFLGAME-C-C", T0.plusSeconds(50)), T0.plusSeconds(50));
        PositionBook book = new PositionBook(store, 10_000);

        assertThat(book.trades().closedPnlsAfter(Instant.EPOCH)).containsExactly(Dollars.of("-1.00"), Dollars.of("-3.00"), Dollars.of("-4.00"));
        assertThat(book.trades().closedPnlsAfter(T0.plusSeconds(20))).containsExactly(Dollars.of("-3.00"), Dollars.of("-4.00"));
        assertThat(book.trades().closedPnlsAfter(T0.plusSeconds(40))).isEmpty();
    }

    /** A record opened and closed in one millisecond is a trade of its own, not merged into the next (nor lost). */
    @Test
    void aRecordOpenedAndClosedInOneMillisecond_isATradeOfItsOwn() {
        InMemoryPositions store = new InMemoryPositions();
        closed(store, record("a1", "KXNFLGAME-A-A", T0), "-2.00", T0);
        closed(store, record("a2", "KXNFLGAME-A-A", T0), "-3.00", T0.plusSeconds(5));
        assertThat(new PositionBook(store, 10_000).trades().closedPnlsAfter(Instant.EPOCH)).containsExactly(Dollars.of("-2.00"), Dollars.of("-3.00"));
    }

    /** A market whose trade is still open reports what its closed records realized, for the trade to be reported whole. */
    @Test
    void anOpenTrade_carriesTheRealizedPnlOfItsClosedRecords() {
        InMemoryPositions store = new InMemoryPositions();
        closed(store, record("m1", "KXNFLGAME-M-M", T0), "-60.00", T0.plusSeconds(30));
        store.save(record("m2", "KXNFLGAME-M-M", T0.plusSeconds(1)), T0.plusSeconds(1));
        store.save(record("n1", "KXNFLGAME-N-N", T0.plusSeconds(2)), T0.plusSeconds(2));
        PositionBook.Trades t = new PositionBook(store, 10_000).trades();
        assertThat(t.closed()).isEmpty();
        assertThat(t.openByMarket()).containsEntry("KXNFLGAME-M-M", Dollars.of("-60.00")).containsEntry("KXNFLGAME-N-N", Dollars.ZERO);
    }
}
