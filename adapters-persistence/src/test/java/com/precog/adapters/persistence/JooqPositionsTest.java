package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.POSITIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.application.port.out.Positions;
import com.precog.application.port.out.PositionsContract;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.position.Position;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqPositionsTest extends PositionsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    /** positions reject DELETE (SCD2 history); TRUNCATE fires no row trigger and empties the table between tests. */
    @Override
    protected Positions newPositions() {
        db.dsl().truncate(POSITIONS).restartIdentity().cascade().execute();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).positions();
    }

    @Test
    void theRowHoldsTheVersionTextsTheStageMaskAndTheTrailingStopAsDecimalText() {
        Position p = position("pos-row", "KX-ROW").withMark(Price.of("0.80"), T0.plusSeconds(5));
        Position sold = p.afterExit(Contracts.of(25), Dollars.of("2.10"), 0b11, T0.plusSeconds(6));
        positions.save(p, T0.plusSeconds(5));
        positions.save(sold, T0.plusSeconds(6));
        var rows = db.dsl().selectFrom(POSITIONS).where(POSITIONS.POSITION_ID.eq("pos-row")).orderBy(POSITIONS.VERSION).fetch();
        assertThat(rows).extracting(r -> r.getVersion()).containsExactly(1, 2);
        var current = rows.get(1);
        assertThat(current.getPartialExitsDone()).isEqualTo((short) 3);
        assertThat(current.getStrategyVersion()).isEqualTo("pre_game v1.0");
        assertThat(current.getModelVersion()).isEqualTo("elo v1.0");
        assertThat(current.getConviction()).isEqualTo("high");
        assertThat(current.getExecutionEnvironment()).isEqualTo("paper");
        assertThat(current.getEntryCostPerContract()).isEqualByComparingTo(p.entryCostPerContract().toBigDecimal());
        JsonNode ts = JsonColumns.fromJsonb(current.getTrailingStopState());
        assertThat(ts.get("active").asBoolean()).isTrue();
        assertThat(ts.get("peak_price").isTextual()).isTrue();
        assertThat(ts.get("peak_price").asText()).isEqualTo("0.800000");
        assertThat(rows.get(0).getRowEndTs()).isEqualTo(current.getRowStartTs());
    }

    @Test
    void closedHistoryCannotBeRewrittenInTheDatabase() {
        Position p = position("pos-h", "KX-H");
        positions.save(p, T0);
        positions.save(p.withMark(Price.of("0.65"), T0.plusSeconds(1)), T0.plusSeconds(1));
        assertThatThrownBy(() -> db.dsl().update(POSITIONS).set(POSITIONS.REALIZED_PNL, java.math.BigDecimal.TEN)
                .where(POSITIONS.POSITION_ID.eq("pos-h"), POSITIONS.VERSION.eq(1)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("closed history");
    }

    @Test
    void twoWritersRacingOnOnePosition_bothSucceed_andTheHistoryStaysOneChain() throws Exception {
        Position p = position("pos-race", "KX-RACE");
        positions.save(p, T0);
        int perThread = 15;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                Positions writer = new PersistenceAdapters(db.database(), Clock.systemUTC()).positions();
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        Instant at = T0.plusSeconds(1);   // same instant: order between the threads is free
                        writer.save(p.withMark(Price.of("0." + (61 + thread * 20 + i)), at), at);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        var history = positions.history("pos-race");
        assertThat(history).hasSize(1 + 2 * perThread);
        assertThat(history.stream().filter(Positions.PositionVersion::isCurrent)).hasSize(1);
        assertThat(history.get(history.size() - 1).isCurrent()).isTrue();
        assertThat(db.dsl().select(POSITIONS.VERSION).from(POSITIONS).where(POSITIONS.POSITION_ID.eq("pos-race"))
                .orderBy(POSITIONS.VERSION).fetch(POSITIONS.VERSION))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1 + 2 * perThread).boxed().toList());
    }
}
