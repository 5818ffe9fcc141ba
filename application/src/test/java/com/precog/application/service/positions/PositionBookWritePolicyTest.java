package com.precog.application.service.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.InMemoryPositions;
import com.precog.application.port.out.Positions;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SCD2 write policy: structural changes at once, mark-only moves at most once per interval per position. */
class PositionBookWritePolicyTest {
    private static final Instant T0 = Instant.parse("2026-01-04T18:00:00Z");

    private static Position entry(String id) {
        return Position.open(id, "KXNFLGAME-26JAN04DETGB-GB", "KXNFLGAME-26JAN04DETGB", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER,
                "pre_game v1.0", "elo v1.0", Price.of("0.60"), Dollars.ZERO, Contracts.of(100), TrailingStopConfig.balanced(), T0);
    }

    /** A book flickering between 0.60 and 0.58 once a second for {@code seconds}. */
    private static Position flicker(PositionBook book, Position p, int seconds) {
        for (int s = 1; s <= seconds; s++) {
            p = p.withMark(Price.of(s % 2 == 0 ? "0.60" : "0.58"), T0.plusSeconds(s));
            book.update(p, T0.plusSeconds(s));
        }
        return p;
    }

    @Test
    void aFlickeringMark_isStoredAtMostOncePerInterval_notOncePerTick() {
        InMemoryPositions store = new InMemoryPositions();
        PositionBook book = new PositionBook(store, 10_000, Duration.ofSeconds(10));
        Position p = entry("pos-1");
        book.open(p, T0);
        flicker(book, p, 60);
        List<Positions.PositionVersion> h = store.history("pos-1");
        // entry + a mark version at t = 11, 22, 33, 44, 55: the first tick at least 10 s after the last stored version whose
        // mark differs from the stored one by a cent or more
        assertThat(h).hasSize(6);
        assertThat(h).extracting(Positions.PositionVersion::rowStart)
                .containsExactly(T0, T0.plusSeconds(11), T0.plusSeconds(22), T0.plusSeconds(33), T0.plusSeconds(44), T0.plusSeconds(55));

        InMemoryPositions unthrottled = new InMemoryPositions();
        PositionBook everyCent = new PositionBook(unthrottled, 10_000);
        everyCent.open(p, T0);
        flicker(everyCent, p, 60);
        assertThat(unthrottled.history("pos-1")).as("without the interval every tick is a row").hasSize(61);
    }

    @Test
    void quantityAndTrailingStopChanges_areStoredAtOnce_andHistoryStaysContiguous() {
        InMemoryPositions store = new InMemoryPositions();
        PositionBook book = new PositionBook(store, 10_000, Duration.ofSeconds(10));
        Position p = entry("pos-1");
        book.open(p, T0);
        p = p.withMark(Price.of("0.62"), T0.plusSeconds(1));
        book.update(p, T0.plusSeconds(1)); // mark only, too soon: memory only
        assertThat(store.history("pos-1")).hasSize(1);
        assertThat(book.get("pos-1")).contains(p);

        Position armed = p.withMark(Price.of("0.67"), T0.plusSeconds(2)); // +11.7 %: the trailing stop arms
        assertThat(armed.trailingStop().active()).isTrue();
        book.update(armed, T0.plusSeconds(2));
        Position half = armed.afterExit(Contracts.of(50), Dollars.of("3.50"), 0b01, T0.plusSeconds(3));
        book.update(half, T0.plusSeconds(3));
        Position raised = half.withMark(Price.of("0.70"), T0.plusSeconds(4)); // a new peak raises the stop
        assertThat(raised.trailingStop().stopPriceMicros()).isGreaterThan(half.trailingStop().stopPriceMicros());
        book.update(raised, T0.plusSeconds(4));

        List<Positions.PositionVersion> h = store.history("pos-1");
        assertThat(h).extracting(v -> v.position().currentQuantity()).containsExactly(Contracts.of(100), Contracts.of(100), Contracts.of(50),
                Contracts.of(50));
        assertThat(h).extracting(Positions.PositionVersion::rowStart)
                .containsExactly(T0, T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4));
        for (int i = 0; i + 1 < h.size(); i++) assertThat(h.get(i).rowEnd()).contains(h.get(i + 1).rowStart());
        assertThat(h.get(h.size() - 1).rowEnd()).isEmpty();
    }

    @Test
    void flush_storesMarksHeldBack_once() {
        InMemoryPositions store = new InMemoryPositions();
        PositionBook book = new PositionBook(store, 10_000, Duration.ofSeconds(10));
        Position p = entry("pos-1");
        book.open(p, T0);
        Position marked = p.withMark(Price.of("0.63"), T0.plusSeconds(3));
        book.update(marked, T0.plusSeconds(3));
        assertThat(store.current("pos-1")).contains(p);
        assertThat(book.flush(T0.plusSeconds(4))).isEqualTo(1);
        assertThat(store.current("pos-1")).contains(marked);
        assertThat(book.flush(T0.plusSeconds(5))).as("nothing new").isZero();
        assertThat(store.history("pos-1")).hasSize(2);
    }

    @Test
    void aLoadedPosition_storesItsFirstMarkMove_andClosedPositionsLeave() {
        InMemoryPositions store = new InMemoryPositions();
        Position p = entry("pos-1");
        store.save(p, T0);
        PositionBook book = new PositionBook(store, 10_000, Duration.ofSeconds(10));
        book.load(T0);
        book.update(p.withMark(Price.of("0.58"), T0.plusSeconds(1)), T0.plusSeconds(1));
        assertThat(store.history("pos-1")).as("stored time unknown after a restart: the move is stored").hasSize(2);
        Position closed = p.afterExit(Contracts.of(100), Dollars.of("1.00"), 0, T0.plusSeconds(2));
        book.update(closed, T0.plusSeconds(2));
        assertThat(book.get("pos-1")).isEqualTo(Optional.empty());
        assertThat(store.open()).isEmpty();
        assertThatThrownBy(() -> new PositionBook(store, 10_000, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
