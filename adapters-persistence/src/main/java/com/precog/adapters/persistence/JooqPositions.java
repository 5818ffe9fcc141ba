package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.POSITIONS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.persistence.jooq.tables.records.PositionsRecord;
import com.precog.application.port.out.Positions;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.position.Position;
import com.precog.domain.position.PositionStatus;
import com.precog.domain.position.TrailingStop;
import com.precog.domain.position.TrailingStopConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;

/**
 * {@link Positions} on the SCD2 {@code positions} table. A save is one transaction: close the current row
 * (by its id, only if it is still current) and insert the new version with {@code version + 1}, all values
 * from the given {@link Position} (the closed row is never re-read into the new one). Two writers racing on
 * one position: the loser's close affects no row (or its insert hits the unique current-row / version
 * index), its transaction rolls back and it retries on the new current version. Opened for one execution
 * environment, it reads only that environment's positions and refuses to save another's (a paper daemon
 * never loads, reconciles away or closes a demo position); opened for none, it sees every environment.
 */
final class JooqPositions implements Positions {
    static final int MAX_ATTEMPTS = 32;

    private final DSLContext dsl;
    private final Optional<ExecutionEnvironment> environment;

    JooqPositions(DSLContext dsl) {
        this(dsl, Optional.empty());
    }

    JooqPositions(DSLContext dsl, Optional<ExecutionEnvironment> environment) {
        this.dsl = dsl;
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The environment filter: every row when unscoped. */
    private org.jooq.Condition scope() {
        return environment.map(e -> POSITIONS.EXECUTION_ENVIRONMENT.eq(e.wireName())).orElse(org.jooq.impl.DSL.noCondition());
    }

    @Override
    public void save(Position position, Instant at) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(at, "at");
        if (environment.isPresent() && position.environment() != environment.get()) {
            throw new IllegalArgumentException("position " + position.id() + " is " + position.environment().wireName()
                    + ", this store holds " + environment.get().wireName() + " positions");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                dsl.transaction(tx -> saveOnce(tx.dsl(), position, at));
                return;
            } catch (ConcurrentWriteException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                Thread.yield();
            } catch (DataAccessException e) {
                if (!"23505".equals(e.sqlState()) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                Thread.yield();
            }
        }
    }

    private static void saveOnce(DSLContext tx, Position p, Instant at) {
        OffsetDateTime ts = at.atOffset(ZoneOffset.UTC);
        var current = tx.select(POSITIONS.ID, POSITIONS.VERSION, POSITIONS.ROW_START_TS).from(POSITIONS)
                .where(POSITIONS.POSITION_ID.eq(p.id()), POSITIONS.ROW_CURRENT_IND.isTrue()).fetchOptional();
        int version = 1;
        if (current.isPresent()) {
            Instant start = current.get().value3().toInstant();
            if (at.isBefore(start)) {
                throw new IllegalArgumentException("position " + p.id() + ": version at " + at + " is before the current version's start " + start);
            }
            int closed = tx.update(POSITIONS).set(POSITIONS.ROW_CURRENT_IND, false).set(POSITIONS.ROW_END_TS, ts)
                    .where(POSITIONS.ID.eq(current.get().value1()), POSITIONS.ROW_CURRENT_IND.isTrue()).execute();
            if (closed != 1) {
                throw new ConcurrentWriteException("position " + p.id() + " was changed by another writer");
            }
            version = current.get().value2() + 1;
        }
        tx.insertInto(POSITIONS)
                .set(POSITIONS.POSITION_ID, p.id())
                .set(POSITIONS.VERSION, version)
                .set(POSITIONS.TICKER, p.marketTicker())
                .set(POSITIONS.EVENT_TICKER, p.eventTicker())
                .set(POSITIONS.SIDE, p.side().wireName())
                .set(POSITIONS.STATUS, p.status().wireName())
                .set(POSITIONS.QUANTITY, p.currentQuantity().toBigDecimal())
                .set(POSITIONS.ORIGINAL_QUANTITY, p.originalQuantity().toBigDecimal())
                .set(POSITIONS.ENTRY_PRICE, p.entryPrice().toBigDecimal())
                .set(POSITIONS.ENTRY_COST_PER_CONTRACT, p.entryCostPerContract().toBigDecimal())
                .set(POSITIONS.ENTRY_FEES, p.entryFees().toBigDecimal())
                .set(POSITIONS.REALIZED_PNL, p.realizedPnl().toBigDecimal())
                .set(POSITIONS.CONVICTION, p.confidence().wireName())
                .set(POSITIONS.TRAILING_STOP_STATE, JsonColumns.toJsonb(trailingJson(p.trailingStop())))
                .set(POSITIONS.PARTIAL_EXITS_DONE, (short) p.partialStagesDone())
                .set(POSITIONS.STRATEGY_VERSION, p.strategyVersion())
                .set(POSITIONS.MODEL_VERSION, p.modelVersion())
                .set(POSITIONS.MARK_PRICE, p.mark().toBigDecimal())
                .set(POSITIONS.MARKED_AT, p.markedAt().atOffset(ZoneOffset.UTC))
                .set(POSITIONS.OPENED_AT, p.openedAt().atOffset(ZoneOffset.UTC))
                .set(POSITIONS.CLOSED_AT, p.closedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null))
                .set(POSITIONS.EXECUTION_ENVIRONMENT, p.environment().wireName())
                .set(POSITIONS.ROW_CURRENT_IND, true)
                .set(POSITIONS.ROW_START_TS, ts)
                .execute();
    }

    @Override
    public Optional<Position> current(String positionId) {
        return dsl.selectFrom(POSITIONS).where(POSITIONS.POSITION_ID.eq(positionId), POSITIONS.ROW_CURRENT_IND.isTrue(), scope())
                .fetchOptional(JooqPositions::toPosition);
    }

    @Override
    public List<Position> open() {
        return dsl.selectFrom(POSITIONS).where(POSITIONS.ROW_CURRENT_IND.isTrue(), POSITIONS.STATUS.eq(PositionStatus.OPEN.wireName()), scope())
                .orderBy(POSITIONS.POSITION_ID).fetch(JooqPositions::toPosition);
    }

    @Override
    public List<Position> all() {
        return dsl.selectFrom(POSITIONS).where(POSITIONS.ROW_CURRENT_IND.isTrue(), scope()).orderBy(POSITIONS.POSITION_ID).fetch(JooqPositions::toPosition);
    }

    @Override
    public List<PositionVersion> history(String positionId) {
        return dsl.selectFrom(POSITIONS).where(POSITIONS.POSITION_ID.eq(positionId), scope()).orderBy(POSITIONS.VERSION)
                .fetch(r -> new PositionVersion(toPosition(r), r.getRowStartTs().toInstant(),
                        Optional.ofNullable(r.getRowEndTs()).map(OffsetDateTime::toInstant)));
    }

    /**
     * One query: each version's realized P&amp;L minus its predecessor's ({@code lag} over the position's versions), for
     * the positions with a version stored at or after {@code since}, kept where it changed at or after {@code since}.
     */
    @Override
    public List<RealizedChange> realizedChangesSince(Instant since) {
        OffsetDateTime from = since.atOffset(ZoneOffset.UTC);
        var recent = POSITIONS.as("recent");
        var change = POSITIONS.REALIZED_PNL.minus(DSL.lag(POSITIONS.REALIZED_PNL).over(
                DSL.partitionBy(POSITIONS.POSITION_ID).orderBy(POSITIONS.VERSION))).as("change");
        var versions = dsl.select(POSITIONS.POSITION_ID, POSITIONS.ROW_START_TS, change).from(POSITIONS)
                .where(scope(), POSITIONS.POSITION_ID.in(dsl.selectDistinct(recent.POSITION_ID).from(recent)
                        .where(recent.ROW_START_TS.ge(from), environment.map(e -> recent.EXECUTION_ENVIRONMENT.eq(e.wireName()))
                                .orElse(DSL.noCondition()))))
                .asTable("versions");
        var id = versions.field(POSITIONS.POSITION_ID);
        var at = versions.field(POSITIONS.ROW_START_TS);
        var amount = versions.field(change);
        return dsl.select(id, at, amount).from(versions).where(at.ge(from), amount.ne(java.math.BigDecimal.ZERO))
                .orderBy(at, id)
                .fetch(r -> new RealizedChange(r.value1(), r.value2().toInstant(), Dollars.of(r.value3())));
    }

    private static Position toPosition(PositionsRecord r) {
        Price entry = Price.of(r.getEntryPrice());
        Instant opened = r.getOpenedAt().toInstant();
        JsonNode ts = JsonColumns.fromJsonb(r.getTrailingStopState());
        TrailingStop trailing = ts == null ? TrailingStop.initial(TrailingStopConfig.balanced(), entry.micros(), opened) : trailing(ts);
        return new Position(r.getPositionId(), r.getTicker(), r.getEventTicker(), Side.parse(r.getSide()),
                r.getConviction() == null ? ConfidenceLevel.MEDIUM : ConfidenceLevel.parse(r.getConviction()),
                ExecutionEnvironment.parse(r.getExecutionEnvironment()), r.getStrategyVersion(), r.getModelVersion(),
                entry, Dollars.of(r.getEntryFees()), Contracts.of(r.getOriginalQuantity()), Contracts.of(r.getQuantity()), opened,
                r.getMarkPrice() == null ? entry : Price.of(r.getMarkPrice()),
                r.getMarkedAt() == null ? opened : r.getMarkedAt().toInstant(),
                trailing, r.getPartialExitsDone(), Dollars.of(r.getRealizedPnl()), PositionStatus.parse(r.getStatus()),
                Optional.ofNullable(r.getClosedAt()).map(OffsetDateTime::toInstant));
    }

    /** The {@code trailing_stop_state} document: prices and fractions as exact decimal strings, times ISO-8601. */
    static ObjectNode trailingJson(TrailingStop t) {
        ObjectNode n = JsonColumns.MAPPER.createObjectNode();
        n.put("active", t.active());
        t.activatedAt().ifPresentOrElse(a -> n.put("activated_at", a.toString()), () -> n.putNull("activated_at"));
        n.put("activation_price", sixPlaces(t.activationPriceMicros()));
        n.put("peak_price", sixPlaces(t.peakPriceMicros()));
        n.put("peak_at", t.peakAt().toString());
        n.put("stop_price", sixPlaces(t.stopPriceMicros()));
        n.put("distance", sixPlaces(t.distancePpm()));
        ObjectNode c = n.putObject("config");
        TrailingStopConfig k = t.config();
        c.put("activation", sixPlaces(k.activationPpm()));
        c.put("initial_distance", sixPlaces(k.initialDistancePpm()));
        c.put("tightening", sixPlaces(k.tighteningPpm()));
        c.put("step", sixPlaces(k.stepPpm()));
        c.put("minimum_distance", sixPlaces(k.minimumDistancePpm()));
        return n;
    }

    static TrailingStop trailing(JsonNode n) {
        JsonNode c = n.get("config");
        TrailingStopConfig cfg = new TrailingStopConfig(millionths(c.get("activation")), millionths(c.get("initial_distance")),
                millionths(c.get("tightening")), millionths(c.get("step")), millionths(c.get("minimum_distance")));
        JsonNode activated = n.get("activated_at");
        return new TrailingStop(cfg, n.get("active").asBoolean(),
                activated == null || activated.isNull() ? Optional.empty() : Optional.of(Instant.parse(activated.asText())),
                millionths(n.get("activation_price")), millionths(n.get("peak_price")), Instant.parse(n.get("peak_at").asText()),
                millionths(n.get("stop_price")), millionths(n.get("distance")));
    }

    private static String sixPlaces(long millionths) {
        return BigDecimal.valueOf(millionths, 6).toPlainString();
    }

    private static long millionths(JsonNode n) {
        return new BigDecimal(n.asText()).movePointRight(6).longValueExact();
    }
}
