package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.HISTORICAL_PLAYS;

import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.domain.model.ingame.HistoricalPlay;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link HistoricalPlays} in {@code historical_plays}. {@link #addAll} is one transaction
 * ({@code synchronous_commit} off for it: an import lost to a crash is simply imported again):
 *
 * <ul>
 *   <li><b>Direct path</b> (the first play's game is not stored yet, the usual first import): the plays are
 *       streamed with {@code COPY historical_plays ... FROM STDIN} straight into the table, one pass, inside
 *       a savepoint. The text sent is kept; if a key turns out to be stored already (a file overlapping
 *       stored games), the savepoint is rolled back and the kept text goes the staging path.
 *   <li><b>Staging path</b> (re-imports): COPY into a temporary table (dropped at commit), then one
 *       {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, so keys already stored are skipped.
 * </ul>
 *
 * <p>Reading the plays (for a file: gunzip and CSV parsing, done by the caller's iterator) runs on a
 * helper thread while this thread encodes the rows straight into COPY's text format (bytes, no
 * intermediate strings) and streams them; the database inserts concurrently. A failure of the iterator
 * cancels the COPY, rolls the transaction back and propagates unchanged: nothing of the call stays stored.
 *
 * <p>Mapping: {@code play_order = playIndex + 1} (the table counts from 1); an empty possession team, a
 * {@link HistoricalPlay#MISSING} integer and a NaN spread are stored as NULL.
 */
final class JooqHistoricalPlays implements HistoricalPlays {
    private static final Name STAGE_NAME = DSL.name("historical_plays_stage");
    private static final Table<Record> STAGE = DSL.table(STAGE_NAME);
    /** Columns in COPY order (every column of the table). */
    private static final List<Field<?>> COLUMNS = List.of(
            HISTORICAL_PLAYS.GAME_ID, HISTORICAL_PLAYS.PLAY_ORDER, HISTORICAL_PLAYS.SEASON, HISTORICAL_PLAYS.WEEK,
            HISTORICAL_PLAYS.SEASON_TYPE, HISTORICAL_PLAYS.HOME_TEAM, HISTORICAL_PLAYS.AWAY_TEAM, HISTORICAL_PLAYS.QTR,
            HISTORICAL_PLAYS.GAME_SECONDS_REMAINING, HISTORICAL_PLAYS.HALF_SECONDS_REMAINING, HISTORICAL_PLAYS.POSTEAM,
            HISTORICAL_PLAYS.HOME_SCORE_BEFORE, HISTORICAL_PLAYS.AWAY_SCORE_BEFORE, HISTORICAL_PLAYS.DOWN,
            HISTORICAL_PLAYS.YDSTOGO, HISTORICAL_PLAYS.YARDLINE_100, HISTORICAL_PLAYS.HOME_TIMEOUTS_REMAINING,
            HISTORICAL_PLAYS.AWAY_TIMEOUTS_REMAINING, HISTORICAL_PLAYS.SPREAD_LINE, HISTORICAL_PLAYS.HOME_FINAL,
            HISTORICAL_PLAYS.AWAY_FINAL, HISTORICAL_PLAYS.PLAY_TYPE);
    /** Plays handed from the reading thread to the COPY thread at a time. */
    private static final int BATCH = 512;
    /** Size of one COPY write. */
    static final int CHUNK_BYTES = 1 << 18;
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;

    JooqHistoricalPlays(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Which path the last {@link #addAll} took (for tests and figures). */
    enum Path { EMPTY, DIRECT, STAGING, DIRECT_THEN_STAGING }

    private volatile Path lastPath = Path.EMPTY;

    Path lastPath() {
        return lastPath;
    }

    @Override
    public long addAll(Iterator<HistoricalPlay> plays) {
        try (PlayReader reader = PlayReader.start(plays)) {
            return dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                HistoricalPlay[] first = reader.take();
                if (first == null) {
                    lastPath = Path.EMPTY;
                    return 0L;
                }
                tx.execute("SET LOCAL synchronous_commit = off");
                boolean stored = tx.fetchExists(tx.selectOne().from(HISTORICAL_PLAYS).where(HISTORICAL_PLAYS.GAME_ID.eq(first[0].gameId())));
                CopyText text = new CopyText();
                if (!stored) {
                    tx.execute("SAVEPOINT historical_plays_direct");
                    long[] copied = {0};
                    boolean conflict = tx.connectionResult(c -> copyDirect(c, tx, first, reader, text, copied));
                    if (!conflict) {
                        tx.execute("RELEASE SAVEPOINT historical_plays_direct");
                        lastPath = Path.DIRECT;
                        return copied[0];
                    }
                    tx.execute("ROLLBACK TO SAVEPOINT historical_plays_direct");
                    lastPath = Path.DIRECT_THEN_STAGING;
                } else {
                    for (HistoricalPlay[] batch = first; batch != null; batch = reader.take()) text.append(batch);
                    lastPath = Path.STAGING;
                }
                return viaStaging(tx, text);
            });
        }
    }

    /**
     * COPYs every play into the table, keeping the text. Returns true when a stored key stopped the COPY
     * (the rest of the plays are then read into {@code text} too), false when every play was copied.
     */
    private static boolean copyDirect(Connection c, DSLContext tx, HistoricalPlay[] first, PlayReader reader, CopyText text,
                                      long[] copied) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql(tx, HISTORICAL_PLAYS));
        try {
            int sent = 0;
            for (HistoricalPlay[] batch = first; batch != null; batch = reader.take()) {
                text.append(batch);
                sent = text.writeFullChunks(in, sent);
            }
            text.writeRest(in, sent);
            copied[0] = in.endCopy();
            return false;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
            for (HistoricalPlay[] batch = reader.take(); batch != null; batch = reader.take()) text.append(batch);
            return true;
        } finally {
            if (in.isActive()) {
                in.cancelCopy();   // iteration failed: the transaction rolls back, the exception propagates
            }
        }
    }

    private static long viaStaging(DSLContext tx, CopyText text) {
        tx.createTemporaryTable(STAGE).as(DSL.select(COLUMNS).from(HISTORICAL_PLAYS)).withNoData().onCommitDrop().execute();
        tx.connection(c -> {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql(tx, STAGE));
            try {
                text.writeRest(in, 0);
                in.endCopy();
            } finally {
                if (in.isActive()) in.cancelCopy();
            }
        });
        List<Field<?>> staged = COLUMNS.stream().<Field<?>>map(f -> DSL.field(DSL.name(STAGE_NAME, DSL.name(f.getName())), f.getDataType())).toList();
        return (long) tx.insertInto(HISTORICAL_PLAYS, COLUMNS)
                .select(DSL.select(staged).from(STAGE))
                .onConflictDoNothing()
                .execute();
    }

    private static String copySql(DSLContext tx, Table<?> table) {
        return "COPY " + tx.render(table) + " ("
                + COLUMNS.stream().map(f -> tx.render(DSL.name(f.getName()))).collect(Collectors.joining(", "))
                + ") FROM STDIN";
    }

    /**
     * Runs the caller's iterator on a helper thread and hands its plays over in batches. An exception of
     * the iterator is rethrown unchanged by {@link #take}. {@link #close} stops the helper and waits for it,
     * so the iterator is never used after {@code addAll} returns.
     */
    static final class PlayReader implements AutoCloseable {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        private final Iterator<HistoricalPlay> plays;
        private volatile boolean stopped;
        private Thread thread;
        private boolean ended;

        private PlayReader(Iterator<HistoricalPlay> plays) {
            this.plays = plays;
        }

        static PlayReader start(Iterator<HistoricalPlay> plays) {
            PlayReader r = new PlayReader(Objects.requireNonNull(plays, "plays"));
            r.thread = Thread.ofPlatform().daemon().name("historical-plays-reader").start(r::run);
            return r;
        }

        private void run() {
            Object last = END;
            try {
                HistoricalPlay[] batch = new HistoricalPlay[BATCH];
                int n = 0;
                while (!stopped && plays.hasNext()) {
                    batch[n++] = plays.next();
                    if (n == BATCH) {
                        if (!put(batch)) return;
                        batch = new HistoricalPlay[BATCH];
                        n = 0;
                    }
                }
                if (n > 0 && !put(Arrays.copyOf(batch, n))) return;
            } catch (Throwable t) {
                last = t;
            }
            put(last);
        }

        private boolean put(Object o) {
            try {
                while (!stopped) {
                    if (queue.offer(o, 50, TimeUnit.MILLISECONDS)) return true;
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** The next batch, or null at the end; rethrows what the iterator threw. */
        HistoricalPlay[] take() {
            if (ended) return null;
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading plays", e);
            }
            if (o == END) {
                ended = true;
                return null;
            }
            if (o instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            if (o instanceof Error e) {
                ended = true;
                throw e;
            }
            if (o instanceof Throwable t) {   // an iterator cannot throw a checked exception except by trickery
                ended = true;
                throw new IllegalStateException(t);
            }
            return (HistoricalPlay[]) o;
        }

        @Override
        public void close() {
            stopped = true;
            queue.clear();
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * COPY text format ({@code \t} between columns, {@code \N} for NULL, backslash escapes), encoded as
     * UTF-8 straight into byte chunks of {@link #CHUNK_BYTES}; kept whole so it can be sent a second time.
     */
    static final class CopyText {
        private final List<byte[]> full = new ArrayList<>();
        private byte[] buf = new byte[CHUNK_BYTES];
        private int len;
        private double lastSpread = Double.NaN;
        private byte[] lastSpreadText = new byte[0];

        void append(HistoricalPlay[] batch) {
            for (HistoricalPlay p : batch) append(p);
        }

        void append(HistoricalPlay p) {
            if (len > CHUNK_BYTES - 4096) {
                full.add(Arrays.copyOf(buf, len));
                len = 0;
            }
            text(p.gameId()).tab();
            integer(p.playIndex() + 1).tab();
            integer(p.season()).tab();
            integer(p.week()).tab();
            text(p.seasonType()).tab();
            text(p.homeTeam()).tab();
            text(p.awayTeam()).tab();
            integer(p.quarter()).tab();
            integer(p.gameSecondsRemaining()).tab();
            integer(p.halfSecondsRemaining()).tab();
            if (p.possessionTeam().isEmpty()) nul();
            else text(p.possessionTeam());
            tab();
            integer(p.homeScore()).tab();
            integer(p.awayScore()).tab();
            optional(p.down()).tab();
            optional(p.yardsToGo()).tab();
            optional(p.yardLine100()).tab();
            optional(p.homeTimeouts()).tab();
            optional(p.awayTimeouts()).tab();
            spread(p.spreadLine()).tab();
            integer(p.homeFinal()).tab();
            integer(p.awayFinal()).tab();
            text(p.playType());
            put((byte) '\n');
        }

        /** Writes the chunks from index {@code sent} that are complete; returns the new count sent. */
        int writeFullChunks(CopyIn in, int sent) throws SQLException {
            for (int i = sent; i < full.size(); i++) {
                byte[] b = full.get(i);
                in.writeToCopy(b, 0, b.length);
            }
            return full.size();
        }

        /** Writes everything from chunk {@code sent} on, including the open chunk. */
        void writeRest(CopyIn in, int sent) throws SQLException {
            writeFullChunks(in, sent);
            if (len > 0) in.writeToCopy(buf, 0, len);
        }

        /** The whole text (tests). */
        String asString() {
            StringBuilder sb = new StringBuilder();
            for (byte[] b : full) sb.append(new String(b, StandardCharsets.UTF_8));
            return sb.append(new String(buf, 0, len, StandardCharsets.UTF_8)).toString();
        }

        private CopyText tab() {
            return put((byte) '\t');
        }

        private CopyText nul() {
            put((byte) '\\');
            return put((byte) 'N');
        }

        private CopyText put(byte b) {
            if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            buf[len++] = b;
            return this;
        }

        private CopyText optional(int v) {
            return v == HistoricalPlay.MISSING ? nul() : integer(v);
        }

        private CopyText spread(double v) {
            if (Double.isNaN(v)) return nul();
            if (Double.compare(v, lastSpread) != 0) {
                lastSpread = v;
                lastSpreadText = Double.toString(v).getBytes(StandardCharsets.US_ASCII);
            }
            for (byte b : lastSpreadText) put(b);
            return this;
        }

        private CopyText integer(int v) {
            if (v < 0) {
                if (v == Integer.MIN_VALUE) {
                    for (byte b : Integer.toString(v).getBytes(StandardCharsets.US_ASCII)) put(b);
                    return this;
                }
                put((byte) '-');
                v = -v;
            }
            if (v < 10) return put((byte) ('0' + v));
            int digits = v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : v < 100_000 ? 5 : v < 1_000_000 ? 6
                    : v < 10_000_000 ? 7 : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
            if (len + digits > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            for (int i = len + digits - 1; i >= len; i--) {
                buf[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            len += digits;
            return this;
        }

        private CopyText text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                        case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                        case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                        case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                        default -> put((byte) c);
                    }
                } else {
                    int cp = s.codePointAt(i);
                    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) put(b);
                    if (Character.isSupplementaryCodePoint(cp)) i++;
                }
            }
            return this;
        }
    }

    /** One row in COPY's text format (tests). */
    static String row(HistoricalPlay p) {
        CopyText t = new CopyText();
        t.append(p);
        return t.asString();
    }

    @Override
    public long count() {
        return dsl.fetchCount(HISTORICAL_PLAYS);
    }

    @Override
    public List<HistoricalPlay> inSeasons(int first, int last) {
        var h = HISTORICAL_PLAYS;
        List<HistoricalPlay> out = new ArrayList<>();
        try (Stream<org.jooq.Record> rows = dsl.select(COLUMNS).from(h).where(h.SEASON.between(first, last))
                .orderBy(h.GAME_ID, h.PLAY_ORDER).fetchSize(10_000).stream()) {
            rows.forEach(r -> out.add(new HistoricalPlay(
                    r.get(h.GAME_ID), r.get(h.SEASON), r.get(h.WEEK), r.get(h.SEASON_TYPE), r.get(h.HOME_TEAM), r.get(h.AWAY_TEAM),
                    r.get(h.PLAY_ORDER) - 1, r.get(h.QTR), r.get(h.GAME_SECONDS_REMAINING), r.get(h.HALF_SECONDS_REMAINING),
                    orEmpty(r.get(h.POSTEAM)), r.get(h.HOME_SCORE_BEFORE), r.get(h.AWAY_SCORE_BEFORE),
                    orMissing(r.get(h.DOWN)), orMissing(r.get(h.YDSTOGO)), orMissing(r.get(h.YARDLINE_100)),
                    orMissing(r.get(h.HOME_TIMEOUTS_REMAINING)), orMissing(r.get(h.AWAY_TIMEOUTS_REMAINING)),
                    orNaN(r.get(h.SPREAD_LINE)), r.get(h.HOME_FINAL), r.get(h.AWAY_FINAL), r.get(h.PLAY_TYPE))));
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int orMissing(Short v) {
        return v == null ? HistoricalPlay.MISSING : v;
    }

    private static double orNaN(BigDecimal v) {
        return v == null ? Double.NaN : v.doubleValue();
    }
}
