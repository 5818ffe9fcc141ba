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
import com.precog.adapters.persistence.jooq.Tables;
import com.precog.adapters.persistence.jooq.tables.records.AppendMarketSnapshotsRecord;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Writes {@code market_snapshots} as SCD2 history, only on material change. The current row of each
 * ticker is kept in memory; a batch becomes, in one transaction, one UPDATE closing the previous current
 * rows (by id, from the values in memory, checked: optimistic concurrency) and one set-based INSERT of the new
 * rows, where every new row but the last of its ticker is inserted already closed — both inside the
 * migration-defined function {@code append_market_snapshots}, called through the generated jOOQ routine. Not thread-safe: one
 * writer per thread; writers in other threads or processes are detected, not serialized.
 */
final class MarketSnapshotWriter {
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
        List<Long> closeIds = new ArrayList<>();
        List<OffsetDateTime> closeEnds = new ArrayList<>();
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
                    closeIds.add(cur.id());                     // the stored current row ends here
                    closeEnds.add(start);
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
        int n = inserts.size();
        String[] tickers = new String[n];
        String[] statuses = new String[n];
        BigDecimal[] yesBids = new BigDecimal[n];
        BigDecimal[] yesAsks = new BigDecimal[n];
        BigDecimal[] noBids = new BigDecimal[n];
        BigDecimal[] noAsks = new BigDecimal[n];
        BigDecimal[] lastPrices = new BigDecimal[n];
        BigDecimal[] volumes = new BigDecimal[n];
        BigDecimal[] volumes24h = new BigDecimal[n];
        BigDecimal[] openInterests = new BigDecimal[n];
        BigDecimal[] liquidities = new BigDecimal[n];
        OffsetDateTime[] observedAts = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            MarketSnapshotRow o = inserts.get(i);
            tickers[i] = o.ticker();
            statuses[i] = status(o.status());
            yesBids[i] = decimal(o.yesBid());
            yesAsks[i] = decimal(o.yesAsk());
            noBids[i] = decimal(o.noBid());
            noAsks[i] = decimal(o.noAsk());
            lastPrices[i] = decimal(o.lastPrice());
            volumes[i] = decimal(o.volume());
            volumes24h[i] = decimal(o.volume24h());
            openInterests[i] = decimal(o.openInterest());
            liquidities[i] = o.liquidity() == null ? null : o.liquidity().toBigDecimal();
            observedAts[i] = utc(o.observedAt());
        }
        Map<String, Long> newIds = new HashMap<>();
        if (n > 0 || !closeIds.isEmpty()) {
            try {
                for (AppendMarketSnapshotsRecord r : Tables.APPEND_MARKET_SNAPSHOTS(t.configuration(),
                        closeIds.toArray(Long[]::new), closeEnds.toArray(OffsetDateTime[]::new), tickers, statuses, yesBids, yesAsks,
                        noBids, noAsks, lastPrices, volumes, volumes24h, openInterests, liquidities, observedAts,
                        endOfInserted.toArray(OffsetDateTime[]::new))) {
                    newIds.put(r.getSnapshotTicker(), r.getSnapshotId());
                }
            } catch (DataAccessException e) {
                if ("40001".equals(e.sqlState())) {
                    throw new ConcurrentWriteException(e.getMessage());
                }
                throw e;
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
