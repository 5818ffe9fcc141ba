package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Positions} implementation passes (the in-memory fake here, the
 * PostgreSQL adapter through the application test-jar). Subclasses supply a fresh, empty store
 * and may override {@link #position} to use tickers that exist in their database.
 */
public abstract class PositionsContract {
    protected static final Instant T0 = Instant.parse("2025-09-07T17:00:00Z");
    protected Positions positions;

    protected abstract Positions newPositions();

    /** A fresh position; adapters whose schema needs foreign keys override it. */
    protected Position position(String id, String ticker) {
        return Position.open(id, ticker, "KXNFLGAME-25SEP07DETGB", Side.YES, ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER,
                "pre_game v1.0", "elo v1.0", Price.of("0.60"), Dollars.of("1.68"), Contracts.of(100), TrailingStopConfig.balanced(), T0);
    }

    @BeforeEach
    void setUpStore() {
        positions = newPositions();
    }

    @Test
    void save_thenCurrent_returnsTheSameValue() {
        Position p = position("pos-a", "KXNFLGAME-25SEP07DETGB-GB");
        positions.save(p, T0);
        assertThat(positions.current("pos-a")).contains(p);
        assertThat(positions.current("nope")).isEmpty();
    }

    @Test
    void secondSave_closesTheFirstVersionAtItsStart() {
        Position p = position("pos-a", "KXNFLGAME-25SEP07DETGB-GB");
        positions.save(p, T0);
        Position marked = p.withMark(Price.of("0.70"), T0.plusSeconds(30));
        positions.save(marked, T0.plusSeconds(30));
        var history = positions.history("pos-a");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).rowEnd()).contains(T0.plusSeconds(30));
        assertThat(history.get(0).position()).isEqualTo(p);
        assertThat(history.get(1).isCurrent()).isTrue();
        assertThat(history.get(1).position()).isEqualTo(marked);
        assertThat(positions.current("pos-a")).contains(marked);
    }

    @Test
    void trailingStopStateAndStagesRoundTrip() {
        Position p = position("pos-t", "KXNFLGAME-25SEP07DETGB-GB").withMark(Price.of("0.75"), T0.plusSeconds(10));
        Position sold = p.afterExit(Contracts.of(50), Dollars.of("4.50"), 0b01, T0.plusSeconds(20));
        positions.save(sold, T0.plusSeconds(20));
        Position back = positions.current("pos-t").orElseThrow();
        assertThat(back.trailingStop()).isEqualTo(sold.trailingStop());
        assertThat(back.partialStagesDone()).isEqualTo(1);
        assertThat(back.realizedPnl()).isEqualTo(Dollars.of("4.50"));
        assertThat(back).isEqualTo(sold);
    }

    @Test
    void open_excludesClosedPositions_allIncludesThem() {
        Position a = position("pos-a", "KXNFLGAME-25SEP07DETGB-GB");
        Position b = position("pos-b", "KXNFLGAME-25SEP07DETGB-GB");
        positions.save(a, T0);
        positions.save(b, T0);
        positions.save(b.afterExit(Contracts.of(100), Dollars.ZERO, 0, T0.plusSeconds(5)), T0.plusSeconds(5));
        assertThat(positions.open()).extracting(Position::id).containsExactly("pos-a");
        assertThat(positions.all()).extracting(Position::id).containsExactlyInAnyOrder("pos-a", "pos-b");
    }

    @Test
    void saveBeforeTheCurrentVersion_isRejected() {
        Position p = position("pos-a", "KXNFLGAME-25SEP07DETGB-GB");
        positions.save(p, T0.plusSeconds(60));
        assertThatThrownBy(() -> positions.save(p.withMark(Price.of("0.61"), T0), T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(positions.history("pos-a")).hasSize(1);
    }

    @Test
    void realizedChangesSince_areTheVersionsWhoseRealizedPnlMoved_oldestFirst() {
        Position a = position("pos-a", "KXNFLGAME-25SEP07DETGB-GB");
        positions.save(a, T0);
        Position half = a.afterExit(Contracts.of(40), Dollars.of("-1.25"), 0b01, T0.plusSeconds(60));
        positions.save(half, T0.plusSeconds(60));
        positions.save(half.withMark(Price.of("0.50"), T0.plusSeconds(90)), T0.plusSeconds(90)); // a mark: nothing realized
        Position b = position("pos-b", "KXNFLGAME-25SEP07DETGB-GB");
        positions.save(b, T0.plusSeconds(10));
        positions.save(b.settle(true, T0.plusSeconds(100)), T0.plusSeconds(100)); // 100 × ($1 − $0.60) − $1.68 fee
        Position closed = half.withMark(Price.of("0.50"), T0.plusSeconds(90)).afterExit(Contracts.of(60), Dollars.of("-0.0075"), 0,
                T0.plusSeconds(120));
        positions.save(closed, T0.plusSeconds(120));

        assertThat(positions.realizedChangesSince(T0)).containsExactly(
                new Positions.RealizedChange("pos-a", T0.plusSeconds(60), Dollars.of("-1.25")),
                new Positions.RealizedChange("pos-b", T0.plusSeconds(100), Dollars.of("38.32")),
                new Positions.RealizedChange("pos-a", T0.plusSeconds(120), Dollars.of("-0.0075")));
        assertThat(positions.realizedChangesSince(T0.plusSeconds(100))).as("a change before `since` is left out, even of a position changed since")
                .extracting(Positions.RealizedChange::amount).containsExactly(Dollars.of("38.32"), Dollars.of("-0.0075"));
        assertThat(positions.realizedChangesSince(T0.plusSeconds(121))).isEmpty();
    }

    @Test
    void realizedChangesSince_countNothingForAPositionsFirstVersion() {
        Position adopted = position("pos-a", "KXNFLGAME-25SEP07DETGB-GB").afterExit(Contracts.of(10), Dollars.of("7.00"), 0, T0);
        positions.save(adopted, T0); // stored first with P&L realized before it was tracked
        assertThat(positions.realizedChangesSince(T0.minusSeconds(1))).isEmpty();
        positions.save(adopted.afterExit(Contracts.of(90), Dollars.of("2.00"), 0, T0.plusSeconds(5)), T0.plusSeconds(5));
        assertThat(positions.realizedChangesSince(T0.minusSeconds(1)))
                .containsExactly(new Positions.RealizedChange("pos-a", T0.plusSeconds(5), Dollars.of("2.00")));
    }
}
