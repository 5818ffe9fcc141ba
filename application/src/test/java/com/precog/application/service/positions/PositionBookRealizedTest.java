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
}
