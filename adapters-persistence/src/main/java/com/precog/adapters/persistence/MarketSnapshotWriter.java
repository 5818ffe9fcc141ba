package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.MARKET_SNAPSHOTS;

import com.precog.adapters.persistence.jooq.tables.records.MarketSnapshotsRecord;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * Writes {@code market_snapshots} as SCD2 history, only on material change. The current row of each
 * ticker is kept in memory; a batch becomes, in one transaction, one UPDATE closing the previous current
 * rows (by id, from the values in memory, checked: optimistic concurrency) and multi-row INSERTs of the new
 * rows, where every new row but the last of its ticker is inserted already closed. Not thread-safe: one
 * writer per thread; writers in other threads or processes are detected, not serialized.
 */
final class MarketSnapshotWriter {
    /** Rows per INSERT statement (15 bind values each, below PostgreSQL's 65,535 limit). */
    private static final int INSERT_CHUNK = 2_000;

    private static final List<Field<?>> COLUMNS = List.of(
            MARKET_SNAPSHOTS.TICKER, MARKET_SNAPSHOTS.STATUS, MARKET_SNAPSHOTS.YES_BID, MARKET_SNAPSHOTS.YES_ASK,
            MARKET_SNAPSHOTS.NO_BID, MARKET_SNAPSHOTS.NO_ASK, MARKET_SNAPSHOTS.LAST_PRICE, MARKET_SNAPSHOTS.VOLUME,
            MARKET_SNAPSHOTS.VOLUME_24H, MARKET_SNAPSHOTS.OPEN_INTEREST, MARKET_SNAPSHOTS.LIQUIDITY, MARKET_SNAPSHOTS.OBSERVED_AT,
            MARKET_SNAPSHOTS.ROW_CURRENT_IND, MARKET_SNAPSHOTS.ROW_START_TS, MARKET_SNAPSHOTS.ROW_END_TS);

    private record Current(long id, MarketSnapshotRow row) {}

    private final DSLContext dsl;
    private final Map<String, Current> current = new HashMap<>();

    MarketSnapshotWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Appends the material changes among {@code observations} (in time order per ticker) and returns how
     * many rows were inserted.
     *
     * @throws ConcurrentWriteException if another writer replaced a current row meanwhile (nothing written)
     */
    int write(Collection<MarketSnapshotRow> observations) {
        Map<String, List<MarketSnapshotRow>> byTicker = new LinkedHashMap<>();
        for (MarketSnapshotRow o : observations) {
            byTicker.computeIfAbsent(o.ticker(), t -> new ArrayList<>()).add(o);
        }
        try {
            return dsl.transactionResult(tx -> writeInTransaction(tx.dsl(), byTicker));
        } catch (ConcurrentWriteException | IntegrityConstraintViolationException e) {
            byTicker.keySet().forEach(current::remove);   // re-read on the next write
            if (e instanceof ConcurrentWriteException cwe) {
                throw cwe;
            }
            throw new ConcurrentWriteException("another writer inserted a current snapshot for one of " + byTicker.keySet()
                    + ": " + e.getMessage());
        }
    }

    private int writeInTransaction(DSLContext t, Map<String, List<MarketSnapshotRow>> byTicker) {
        loadMissing(t, byTicker.keySet());
        List<Row2<Long, OffsetDateTime>> closes = new ArrayList<>();
        List<MarketSnapshotRow> inserts = new ArrayList<>();
        List<OffsetDateTime> endOfInserted = new ArrayList<>();
        Map<String, MarketSnapshotRow> lastOfTicker = new HashMap<>();
        for (Map.Entry<String, List<MarketSnapshotRow>> e : byTicker.entrySet()) {
            Current cur = current.get(e.getKey());
            MarketSnapshotRow previous = cur == null ? null : cur.row();
            int lastInserted = -1;
            for (MarketSnapshotRow o : e.getValue()) {
                if (previous != null && o.observedAt().isBefore(previous.observedAt())) {
                    throw new IllegalArgumentException("snapshot of " + o.ticker() + " at " + o.observedAt()
                            + " is older than the stored one at " + previous.observedAt());
                }
                if (!o.isMaterialChangeFrom(previous)) {
                    continue;
                }
                OffsetDateTime start = utc(o.observedAt());
                if (lastInserted >= 0) {
                    endOfInserted.set(lastInserted, start);     // the previous new row of this ticker ends here
                } else if (cur != null) {
                    closes.add(DSL.row(cur.id(), start));       // the stored current row ends here
                }
                inserts.add(o);
                endOfInserted.add(null);
                lastInserted = inserts.size() - 1;
                previous = o;
            }
            if (lastInserted >= 0) {
                lastOfTicker.put(e.getKey(), previous);
            }
        }
        if (!closes.isEmpty()) {
            Table<Record2<Long, OffsetDateTime>> v = DSL.values(closes.toArray(Row2[]::new)).as("v", "id", "end_ts");
            Field<Long> vId = v.field("id", Long.class);
            Field<OffsetDateTime> vEnd = v.field("end_ts", OffsetDateTime.class);
            int closed = t.update(MARKET_SNAPSHOTS)
                    .set(MARKET_SNAPSHOTS.ROW_CURRENT_IND, false)
                    .set(MARKET_SNAPSHOTS.ROW_END_TS, vEnd)
                    .from(v)
                    .where(MARKET_SNAPSHOTS.ID.eq(vId), MARKET_SNAPSHOTS.ROW_CURRENT_IND.isTrue())
                    .execute();
            if (closed != closes.size()) {
                throw new ConcurrentWriteException("expected to close " + closes.size() + " current market snapshots, closed "
                        + closed + ": another writer changed them");
            }
        }
        Map<String, Long> newIds = new HashMap<>();
        for (int from = 0; from < inserts.size(); from += INSERT_CHUNK) {
            int to = Math.min(inserts.size(), from + INSERT_CHUNK);
            InsertValuesStepN<MarketSnapshotsRecord> insert = t.insertInto(MARKET_SNAPSHOTS, COLUMNS);
            for (int i = from; i < to; i++) {
                MarketSnapshotRow o = inserts.get(i);
                OffsetDateTime end = endOfInserted.get(i);
                insert = insert.values(o.ticker(), status(o.status()), decimal(o.yesBid()), decimal(o.yesAsk()), decimal(o.noBid()),
                        decimal(o.noAsk()), decimal(o.lastPrice()), decimal(o.volume()), decimal(o.volume24h()),
                        decimal(o.openInterest()), o.liquidity() == null ? null : o.liquidity().toBigDecimal(),
                        utc(o.observedAt()), end == null, utc(o.observedAt()), end);
            }
            for (var r : insert.returningResult(MARKET_SNAPSHOTS.ID, MARKET_SNAPSHOTS.TICKER, MARKET_SNAPSHOTS.ROW_CURRENT_IND).fetch()) {
                if (r.value3()) {
                    newIds.put(r.value2(), r.value1());
                }
            }
        }
        // commit the in-memory view only once the statements succeeded (a rollback throws before this point)
        lastOfTicker.forEach((ticker, row) -> current.put(ticker, new Current(newIds.get(ticker), row)));
        return inserts.size();
    }

    private void loadMissing(DSLContext t, Set<String> tickers) {
        List<String> missing = tickers.stream().filter(k -> !current.containsKey(k)).toList();
        if (missing.isEmpty()) {
            return;
        }
        for (MarketSnapshotsRecord r : t.selectFrom(MARKET_SNAPSHOTS)
                .where(MARKET_SNAPSHOTS.TICKER.in(missing), MARKET_SNAPSHOTS.ROW_CURRENT_IND.isTrue()).fetch()) {
            current.put(r.getTicker(), new Current(r.getId(), toRow(r)));
        }
    }

    static MarketSnapshotRow toRow(MarketSnapshotsRecord r) {
        return new MarketSnapshotRow(r.getTicker(), MarketStatus.valueOf(r.getStatus().toUpperCase(Locale.ROOT)),
                price(r.getYesBid()), price(r.getYesAsk()), price(r.getNoBid()), price(r.getNoAsk()), price(r.getLastPrice()),
                contracts(r.getVolume()), contracts(r.getVolume_24h()), contracts(r.getOpenInterest()),
                r.getLiquidity() == null ? null : Dollars.of(r.getLiquidity()), r.getObservedAt().toInstant());
    }

    private static String status(MarketStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal decimal(Price p) {
        return p == null ? null : p.toBigDecimal();
    }

    private static BigDecimal decimal(Contracts c) {
        return c == null ? null : c.toBigDecimal();
    }

    private static Price price(BigDecimal d) {
        return d == null || d.signum() == 0 ? null : Price.of(d);
    }

    private static Contracts contracts(BigDecimal d) {
        return d == null ? null : Contracts.of(d);
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
