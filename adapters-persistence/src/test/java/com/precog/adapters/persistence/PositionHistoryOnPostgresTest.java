package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.POSITIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.service.positions.PositionBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The daemon's position write policy on the real SCD2 table: few rows, each closed exactly where the next one starts. */
class PositionHistoryOnPostgresTest {
    private static final Instant T0 = Instant.parse("2026-01-04T18:00:00Z");

    @Test
    void aMonitoredPosition_leavesContiguousVersions_oneCurrent_andNoRowPerTick() {
        TestDatabase db = TestDatabase.freshSchema();
        try {
            PositionBook book = new PositionBook(new PersistenceAdapters(db.database(), Clock.systemUTC()).positions(ExecutionEnvironment.DEMO),
                    10_000, Duration.ofSeconds(10));
            Position p = Position.open("pos-pg", "KXNFLGAME-26JAN04DETGB-GB", "KXNFLGAME-26JAN04DETGB", Side.YES, ConfidenceLevel.HIGH,
                    ExecutionEnvironment.DEMO, "pre_game v1.0", "elo v1.0", Price.of("0.60"), Dollars.ZERO, Contracts.of(100),
                    TrailingStopConfig.balanced(), T0);
            book.open(p, T0);
            for (int s = 1; s <= 30; s++) { // 30 book ticks flickering a cent or two
                p = p.withMark(Price.of(s % 2 == 0 ? "0.60" : "0.58"), T0.plusSeconds(s));
                book.update(p, T0.plusSeconds(s));
            }
            p = p.withMark(Price.of("0.67"), T0.plusSeconds(31)); // the trailing stop arms: stored at once
            book.update(p, T0.plusSeconds(31));
            p = p.afterExit(Contracts.of(50), Dollars.of("3.50"), 0b01, T0.plusSeconds(32)); // a partial exit: stored at once
            book.update(p, T0.plusSeconds(32));

            var rows = db.dsl().selectFrom(POSITIONS).where(POSITIONS.POSITION_ID.eq("pos-pg")).orderBy(POSITIONS.VERSION).fetch();
            assertThat(rows).extracting(r -> r.getRowStartTs().toInstant())
                    .containsExactly(T0, T0.plusSeconds(11), T0.plusSeconds(22), T0.plusSeconds(31), T0.plusSeconds(32));
            assertThat(rows).extracting(r -> r.getVersion()).containsExactly(1, 2, 3, 4, 5);
            for (int i = 0; i + 1 < rows.size(); i++) {
                assertThat(rows.get(i).getRowCurrentInd()).isFalse();
                assertThat(rows.get(i).getRowEndTs()).isEqualTo(rows.get(i + 1).getRowStartTs());
            }
            var current = rows.get(rows.size() - 1);
            assertThat(current.getRowCurrentInd()).isTrue();
            assertThat(current.getRowEndTs()).isNull();
            assertThat(current.getQuantity()).isEqualByComparingTo("50");
            assertThat(current.getMarkedAt()).isEqualTo(T0.plusSeconds(31).atOffset(ZoneOffset.UTC));
            assertThat(JsonColumns.fromJsonb(rows.get(3).getTrailingStopState()).get("active").asBoolean()).isTrue();
        } finally {
            db.database().close();
        }
    }
}
