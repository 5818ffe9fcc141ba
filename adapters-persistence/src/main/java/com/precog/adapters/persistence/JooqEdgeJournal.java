package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EDGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.persistence.jooq.tables.records.EdgesRecord;
import com.precog.application.port.out.EdgeJournal;
import com.precog.domain.edge.Edge;
import com.precog.domain.edge.EdgeAction;
import com.precog.domain.edge.EdgeObservation;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;

/** {@link EdgeJournal} on the append-only {@code edges} table: every input of the edge in its own column. */
final class JooqEdgeJournal implements EdgeJournal {
    private final DSLContext dsl;

    JooqEdgeJournal(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(EdgeObservation o) {
        Edge e = o.edge();
        ObjectNode book = JsonColumns.MAPPER.createObjectNode();
        book.put("yes_bid_micros", o.book().yesBidMicros());
        book.put("yes_bid_quantity", o.book().yesBidQuantity());
        book.put("no_bid_micros", o.book().noBidMicros());
        book.put("no_bid_quantity", o.book().noBidQuantity());
        dsl.insertInto(EDGES)
                .set(EDGES.TICKER, o.marketTicker())
                .set(EDGES.MODEL_VERSION, o.modelVersion())
                .set(EDGES.SIDE, e.side().wireName())
                .set(EDGES.TAKER_OR_MAKER, e.liquidity().name().toLowerCase(Locale.ROOT))
                .set(EDGES.PROBABILITY, o.yesProbability().toBigDecimal())
                .set(EDGES.WIN_PROBABILITY, e.winProbability().toBigDecimal())
                .set(EDGES.CI_LOWER, o.ciLow().toBigDecimal())
                .set(EDGES.CI_UPPER, o.ciHigh().toBigDecimal())
                .set(EDGES.CONFIDENCE, o.confidence().toBigDecimal())
                .set(EDGES.EXECUTABLE_PRICE, e.price().toBigDecimal())
                .set(EDGES.FEE_PER_CONTRACT, e.feePerContract().toBigDecimal())
                .set(EDGES.EDGE, e.value().toBigDecimal())
                .set(EDGES.RECOMMENDED_ACTION, o.action().name().toLowerCase(Locale.ROOT))
                .set(EDGES.BOOK, JsonColumns.toJsonb(book))
                .set(EDGES.EXECUTION_ENVIRONMENT, o.environment().wireName())
                .set(EDGES.COMPUTED_AT, o.observedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<EdgeObservation> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return dsl.selectFrom(EDGES).orderBy(EDGES.COMPUTED_AT.desc(), EDGES.ID.desc()).limit(limit).fetch(JooqEdgeJournal::toObservation);
    }

    @Override
    public List<EdgeObservation> since(Instant since) {
        return dsl.selectFrom(EDGES).where(EDGES.COMPUTED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .orderBy(EDGES.COMPUTED_AT, EDGES.ID).fetch(JooqEdgeJournal::toObservation);
    }

    private static EdgeObservation toObservation(EdgesRecord r) {
        Edge e = new Edge(Side.parse(r.getSide()), Liquidity.valueOf(r.getTakerOrMaker().toUpperCase(Locale.ROOT)), Price.of(r.getExecutablePrice()),
                probability(r.getWinProbability()), Dollars.of(r.getFeePerContract()), Dollars.of(r.getEdge()));
        JsonNode b = JsonColumns.fromJsonb(r.getBook());
        BookTop book = new BookTop(b.get("yes_bid_micros").asLong(), b.get("yes_bid_quantity").asLong(), b.get("no_bid_micros").asLong(),
                b.get("no_bid_quantity").asLong());
        return new EdgeObservation(r.getComputedAt().toInstant(), ExecutionEnvironment.parse(r.getExecutionEnvironment()), r.getTicker(), e,
                probability(r.getProbability()), probability(r.getCiLower()), probability(r.getCiUpper()), probability(r.getConfidence()),
                r.getModelVersion(), book, EdgeAction.valueOf(r.getRecommendedAction().toUpperCase(Locale.ROOT)));
    }

    private static Probability probability(BigDecimal d) {
        return Probability.of(d.toPlainString());
    }
}
