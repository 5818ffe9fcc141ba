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
import com.precog.adapters.persistence.jooq.Routines;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Writes {@code market_snapshots} as SCD2 history, only on material change. The current row of each
 * ticker is kept in memory; a batch becomes, in one transaction: one call of the migration-defined
 * {@code close_market_snapshots} closing the previous current rows (by id, from the values in memory, checked:
 * optimistic concurrency), one {@code COPY ... FROM STDIN} of the new rows — every new row but the last of its
 * ticker already closed — and one indexed read of the new current rows' ids. Not thread-safe: one writer per
 * thread; writers in other threads or processes are detected (SQLSTATE 40001 from the close, or the partial
 * unique index on current rows failing the COPY), not serialized.
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
        } catch (ConcurrentWriteException | IntegrityConstraintViolationException e) {   // nothing was written
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
        if (!closeIds.isEmpty()) {
            try {
                Routines.closeMarketSnapshots(t.configuration(), closeIds.toArray(Long[]::new), closeEnds.toArray(OffsetDateTime[]::new));
            } catch (DataAccessException e) {
                if ("40001".equals(e.sqlState())) {
                    throw new ConcurrentWriteException(e.getMessage());
                }
                throw e;
            }
        }
        Map<String, Long> newIds = new HashMap<>();
        if (!inserts.isEmpty()) {
            copyIn(t, inserts, endOfInserted);
            List<String> tickers = new ArrayList<>(lastOfTicker.keySet());
            t.select(MARKET_SNAPSHOTS.ID, MARKET_SNAPSHOTS.TICKER).from(MARKET_SNAPSHOTS)
                    .where(MARKET_SNAPSHOTS.TICKER.eq(DSL.any(tickers.toArray(String[]::new))), MARKET_SNAPSHOTS.ROW_CURRENT_IND.isTrue())
                    .forEach(r -> newIds.put(r.value2(), r.value1()));
        }
        // commit the in-memory view only once the statements succeeded (a rollback throws before this point)
        lastOfTicker.forEach((ticker, row) -> current.put(ticker, new Current(newIds.get(ticker), row)));
        return inserts.size();
    }

    /**
     * Streams the new rows with {@code COPY ... FROM STDIN} (text format) in the caller's transaction. A row
     * with an end is inserted already closed. A concurrent writer's current row of the same ticker makes the
     * partial unique index fail the COPY (SQLSTATE 23505): the transaction rolls back.
     */
    private static void copyIn(DSLContext t, List<MarketSnapshotRow> rows, List<OffsetDateTime> ends) {
        String copy = "COPY " + t.render(MARKET_SNAPSHOTS) + " ("
                + COPY_COLUMNS.stream().map(f -> t.render(DSL.name(f.getName()))).collect(Collectors.joining(", ")) + ") FROM STDIN";
        StringBuilder sb = new StringBuilder(rows.size() * 170);
        for (int i = 0; i < rows.size(); i++) {
            appendRow(sb, rows.get(i), ends.get(i));
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            t.connection(c -> {
                CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
                try {
                    in.writeToCopy(bytes, 0, bytes.length);
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
            });
        } catch (DataAccessException e) {
            if ("23505".equals(e.sqlState())) {
                throw new ConcurrentWriteException("another writer inserted a current snapshot: " + e.getMessage());
            }
            throw e;
        }
    }

    /** Columns in COPY order. */
    private static final List<Field<?>> COPY_COLUMNS = List.of(MARKET_SNAPSHOTS.TICKER, MARKET_SNAPSHOTS.STATUS,
            MARKET_SNAPSHOTS.YES_BID, MARKET_SNAPSHOTS.YES_ASK, MARKET_SNAPSHOTS.NO_BID, MARKET_SNAPSHOTS.NO_ASK,
            MARKET_SNAPSHOTS.LAST_PRICE, MARKET_SNAPSHOTS.VOLUME, MARKET_SNAPSHOTS.VOLUME_24H, MARKET_SNAPSHOTS.OPEN_INTEREST,
            MARKET_SNAPSHOTS.LIQUIDITY, MARKET_SNAPSHOTS.OBSERVED_AT, MARKET_SNAPSHOTS.ROW_CURRENT_IND, MARKET_SNAPSHOTS.ROW_START_TS,
            MARKET_SNAPSHOTS.ROW_END_TS);

    /** One row in COPY's text format: tab-separated, {@code \N} for NULL; tickers are escaped. */
    static void appendRow(StringBuilder sb, MarketSnapshotRow o, OffsetDateTime end) {
        CopyText.escaped(sb, o.ticker()).append('\t');
        sb.append(status(o.status())).append('\t');
        price(sb, o.yesBid()).append('\t');
        price(sb, o.yesAsk()).append('\t');
        price(sb, o.noBid()).append('\t');
        price(sb, o.noAsk()).append('\t');
        price(sb, o.lastPrice()).append('\t');
        quantity(sb, o.volume()).append('\t');
        quantity(sb, o.volume24h()).append('\t');
        quantity(sb, o.openInterest()).append('\t');
        if (o.liquidity() == null) sb.append("\\N");
        else sb.append(o.liquidity().toBigDecimal().toPlainString());
        sb.append('\t');
        sb.append(o.observedAt()).append('\t');
        sb.append(end == null ? 't' : 'f').append('\t');
        sb.append(o.observedAt()).append('\t');
        if (end == null) sb.append("\\N");
        else sb.append(end.toInstant());
        sb.append('\n');
    }

    private static StringBuilder price(StringBuilder sb, Price p) {
        return p == null ? sb.append("\\N") : sb.append(p.toBigDecimal().toPlainString());
    }

    private static StringBuilder quantity(StringBuilder sb, Contracts c) {
        return c == null ? sb.append("\\N") : sb.append(c.toBigDecimal().toPlainString());
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
