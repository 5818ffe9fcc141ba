package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.HISTORICAL_PLAYS;

import com.precog.application.port.out.ingame.HistoricalPlays;
import com.precog.domain.model.ingame.HistoricalPlay;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * {@link HistoricalPlays} in {@code historical_plays}. {@link #addAll} is one transaction: the plays are
 * streamed with PostgreSQL's {@code COPY ... FROM STDIN} into a temporary staging table (dropped at commit),
 * then moved with one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, so keys already stored are
 * skipped and a failure anywhere leaves nothing behind.
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
    private static final int CHUNK_CHARS = 1 << 16;

    private final DSLContext dsl;

    JooqHistoricalPlays(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long addAll(Iterator<HistoricalPlay> plays) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.createTemporaryTable(STAGE).as(DSL.select(COLUMNS).from(HISTORICAL_PLAYS)).withNoData().onCommitDrop().execute();
            String copy = "COPY " + tx.render(STAGE) + " ("
                    + COLUMNS.stream().map(f -> tx.render(DSL.name(f.getName()))).collect(Collectors.joining(", "))
                    + ") FROM STDIN";
            tx.connection(c -> copyIn(c, copy, plays));
            List<Field<?>> staged = COLUMNS.stream().<Field<?>>map(f -> DSL.field(DSL.name(STAGE_NAME, DSL.name(f.getName())), f.getDataType())).toList();
            return (long) tx.insertInto(HISTORICAL_PLAYS, COLUMNS)
                    .select(DSL.select(staged).from(STAGE))
                    .onConflictDoNothing()
                    .execute();
        });
    }

    private static void copyIn(Connection connection, String sql, Iterator<HistoricalPlay> plays) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder sb = new StringBuilder(CHUNK_CHARS + 1024);
            while (plays.hasNext()) {
                appendRow(sb, plays.next());
                if (sb.length() >= CHUNK_CHARS) {
                    write(in, sb);
                }
            }
            write(in, sb);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();   // iteration failed: the transaction rolls back, the exception propagates
            }
        }
    }

    private static void write(CopyIn in, StringBuilder sb) throws SQLException {
        if (sb.isEmpty()) return;
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        sb.setLength(0);
    }

    /** One row in COPY's text format: tab-separated, {@code \N} for NULL, backslash escapes. */
    static void appendRow(StringBuilder sb, HistoricalPlay p) {
        text(sb, p.gameId()).append('\t');
        sb.append(p.playIndex() + 1).append('\t');
        sb.append(p.season()).append('\t');
        sb.append(p.week()).append('\t');
        text(sb, p.seasonType()).append('\t');
        text(sb, p.homeTeam()).append('\t');
        text(sb, p.awayTeam()).append('\t');
        sb.append(p.quarter()).append('\t');
        sb.append(p.gameSecondsRemaining()).append('\t');
        sb.append(p.halfSecondsRemaining()).append('\t');
        if (p.possessionTeam().isEmpty()) sb.append("\\N");
        else text(sb, p.possessionTeam());
        sb.append('\t');
        sb.append(p.homeScore()).append('\t');
        sb.append(p.awayScore()).append('\t');
        optional(sb, p.down()).append('\t');
        optional(sb, p.yardsToGo()).append('\t');
        optional(sb, p.yardLine100()).append('\t');
        optional(sb, p.homeTimeouts()).append('\t');
        optional(sb, p.awayTimeouts()).append('\t');
        if (Double.isNaN(p.spreadLine())) sb.append("\\N");
        else sb.append(p.spreadLine());
        sb.append('\t');
        sb.append(p.homeFinal()).append('\t');
        sb.append(p.awayFinal()).append('\t');
        text(sb, p.playType()).append('\n');
    }

    private static StringBuilder optional(StringBuilder sb, int v) {
        return v == HistoricalPlay.MISSING ? sb.append("\\N") : sb.append(v);
    }

    private static StringBuilder text(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb;
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
