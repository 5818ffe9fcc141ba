package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.MARKET_SNAPSHOTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.adapters.persistence.jooq.tables.records.MarketSnapshotsRecord;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarketSnapshotWriterTest {
    private static final Instant T0 = Instant.parse("2026-09-13T16:00:00Z");
    private static TestDatabase db;
    private static DSLContext dsl;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.freshSchema();
        dsl = db.dsl();
    }

    static MarketSnapshotRow snap(String ticker, String yesBid, long volume, MarketStatus status, int secondsAfterT0) {
        return new MarketSnapshotRow(ticker, status, Price.of(yesBid), Price.of(yesBid).complement().isBelow(Price.of("0.99"))
                ? Price.ofMicros(Price.of(yesBid).micros() + 10_000) : null, Price.of(yesBid).complement(), null, null,
                Contracts.of(volume), Contracts.of(volume), Contracts.of(volume / 2), Dollars.of("1234.56789012"),
                T0.plusSeconds(secondsAfterT0));
    }

    private static Result<MarketSnapshotsRecord> history(String ticker) {
        return dsl.selectFrom(MARKET_SNAPSHOTS).where(MARKET_SNAPSHOTS.TICKER.eq(ticker)).orderBy(MARKET_SNAPSHOTS.ROW_START_TS).fetch();
    }

    @Test
    void givenSuccessiveMaterialChanges_write_closesEachPreviousRowAndKeepsOneCurrent() {
        String t = "KX-SCD2";
        DbFixtures.market(dsl, t);
        MarketSnapshotWriter w = new MarketSnapshotWriter(dsl);
        assertThat(w.write(List.of(snap(t, "0.40", 100, MarketStatus.OPEN, 0)))).isEqualTo(1);
        assertThat(w.write(List.of(snap(t, "0.45", 100, MarketStatus.OPEN, 10), snap(t, "0.50", 100, MarketStatus.OPEN, 20)))).isEqualTo(2);

        Result<MarketSnapshotsRecord> rows = history(t);
        assertThat(rows).hasSize(3);
        assertThat(rows.getValues(MARKET_SNAPSHOTS.ROW_CURRENT_IND)).containsExactly(false, false, true);
        assertThat(rows.get(0).getRowEndTs()).isEqualTo(rows.get(1).getRowStartTs());
        assertThat(rows.get(1).getRowEndTs()).isEqualTo(rows.get(2).getRowStartTs());
        assertThat(rows.get(2).getRowEndTs()).isNull();
        assertThat(rows.get(2).getYesBid()).isEqualByComparingTo("0.50");
        assertThat(rows.get(2).getLiquidity()).isEqualTo(new java.math.BigDecimal("1234.56789012"));

        // a fresh writer (e.g. after a restart) reads the current row and continues the history
        MarketSnapshotWriter restarted = new MarketSnapshotWriter(dsl);
        assertThat(restarted.write(List.of(snap(t, "0.60", 100, MarketStatus.OPEN, 30)))).isEqualTo(1);
        assertThat(history(t).getValues(MARKET_SNAPSHOTS.ROW_CURRENT_IND)).containsExactly(false, false, false, true);
        assertThat(MarketSnapshotWriter.toRow(history(t).get(3))).isEqualTo(snap(t, "0.60", 100, MarketStatus.OPEN, 30));
    }

    @Test
    void givenChangesBelowTheMaterialThresholds_write_storesNothing() {
        String t = "KX-MATERIAL";
        DbFixtures.market(dsl, t);
        MarketSnapshotWriter w = new MarketSnapshotWriter(dsl);
        w.write(List.of(snap(t, "0.60", 100, MarketStatus.OPEN, 0)));
        assertThat(w.write(List.of(snap(t, "0.605", 105, MarketStatus.OPEN, 1)))).isZero();      // 0.005 and 0.8%; volume +5
        assertThat(w.write(List.of(snap(t, "0.60", 110, MarketStatus.OPEN, 2)))).isEqualTo(1);   // volume +10
        assertThat(w.write(List.of(snap(t, "0.60", 110, MarketStatus.PAUSED, 3)))).isEqualTo(1); // status
        assertThat(w.write(List.of(snap(t, "0.61", 110, MarketStatus.PAUSED, 4)))).isEqualTo(1); // +0.01
        assertThat(history(t)).hasSize(4);
    }

    @Test
    void relativeChangeOfTwoPercentIsMaterialOnLowPrices() {
        MarketSnapshotRow low = snap("X", "0.05", 0, MarketStatus.OPEN, 0);
        assertThat(snap("X", "0.0510", 0, MarketStatus.OPEN, 1).isMaterialChangeFrom(low)).isTrue();    // +2%
        assertThat(snap("X", "0.0509", 0, MarketStatus.OPEN, 1).isMaterialChangeFrom(low)).isFalse();   // +1.8%
    }

    @Test
    void givenTwoWritersRacingOnOneMarket_exactlyOneWins_andTheLoserCanRetry() throws Exception {
        String t = "KX-RACE";
        DbFixtures.market(dsl, t);
        new MarketSnapshotWriter(dsl).write(List.of(snap(t, "0.40", 100, MarketStatus.OPEN, 0)));
        MarketSnapshotWriter a = new MarketSnapshotWriter(dsl);
        MarketSnapshotWriter b = new MarketSnapshotWriter(dsl);
        a.write(List.of(snap(t, "0.40", 100, MarketStatus.OPEN, 1)));   // not material: only loads the current row
        b.write(List.of(snap(t, "0.40", 100, MarketStatus.OPEN, 1)));

        CyclicBarrier start = new CyclicBarrier(2);
        MarketSnapshotWriter loser;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            results.add(pool.submit(() -> { start.await(); return a.write(List.of(snap(t, "0.50", 100, MarketStatus.OPEN, 5))); }));
            results.add(pool.submit(() -> { start.await(); return b.write(List.of(snap(t, "0.55", 100, MarketStatus.OPEN, 6))); }));
            int wins = 0;
            List<MarketSnapshotWriter> losers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                try {
                    assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(1);
                    wins++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConcurrentWriteException.class);
                    losers.add(i == 0 ? a : b);
                }
            }
            assertThat(wins).isEqualTo(1);
            assertThat(losers).hasSize(1);
            loser = losers.get(0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history(t)).hasSize(2);
        assertThat(dsl.fetchCount(MARKET_SNAPSHOTS, MARKET_SNAPSHOTS.TICKER.eq(t).and(MARKET_SNAPSHOTS.ROW_CURRENT_IND.isTrue()))).isEqualTo(1);

        // the loser re-read the current row after its conflict: its retry continues the history
        assertThat(loser.write(List.of(snap(t, "0.80", 100, MarketStatus.OPEN, 11)))).isEqualTo(1);
        assertThat(history(t)).hasSize(3).last().satisfies(r -> assertThat(r.getYesBid()).isEqualByComparingTo("0.80"));
    }

    @Test
    void aStaleWriterIsDetected_andNothingOfItsBatchIsWritten() {
        String t = "KX-STALE";
        String other = "KX-STALE-2";
        DbFixtures.market(dsl, t);
        DbFixtures.market(dsl, other);
        MarketSnapshotWriter a = new MarketSnapshotWriter(dsl);
        a.write(List.of(snap(t, "0.40", 100, MarketStatus.OPEN, 0), snap(other, "0.40", 100, MarketStatus.OPEN, 0)));
        new MarketSnapshotWriter(dsl).write(List.of(snap(t, "0.30", 100, MarketStatus.OPEN, 1)));

        assertThatThrownBy(() -> a.write(List.of(snap(other, "0.50", 100, MarketStatus.OPEN, 2), snap(t, "0.50", 100, MarketStatus.OPEN, 2))))
                .isInstanceOf(ConcurrentWriteException.class);
        assertThat(history(other)).hasSize(1);   // rolled back together
        assertThat(history(t)).hasSize(2);
    }
}
