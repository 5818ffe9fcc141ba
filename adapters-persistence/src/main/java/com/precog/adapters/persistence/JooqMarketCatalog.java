package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EVENTS;
import static com.precog.adapters.persistence.jooq.Tables.MARKETS;
import static com.precog.adapters.persistence.jooq.Tables.ORDERBOOK_SNAPSHOTS;
import static com.precog.adapters.persistence.jooq.Tables.PLATFORMS;
import static com.precog.adapters.persistence.jooq.Tables.SERIES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.FeeSchedule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/**
 * {@link MarketStore} on {@code markets} (with {@code events}, {@code series}: the fee coefficients are the
 * series') and {@code orderbook_snapshots} (append-only captures; levels as {@code [["0.400000", "10.00"], ...]}
 * decimal strings, ascending). Markets are listed in ticker order. The platform is Kalshi.
 */
final class JooqMarketCatalog implements MarketStore {
    private static final String PLATFORM = "kalshi";

    private final DSLContext dsl;
    private final Clock clock;

    JooqMarketCatalog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public void save(Market m) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        BigDecimal taker = BigDecimal.valueOf(m.fees().takerCoefficientMillionths(), 6);
        BigDecimal maker = BigDecimal.valueOf(m.fees().makerCoefficientMillionths(), 6);
        String feeType = m.fees().makerCoefficientMillionths() > 0 ? "quadratic_with_maker_fees" : "quadratic";
        ArrayNode ranges = JsonColumns.MAPPER.createArrayNode();
        for (TickLadder.Range r : m.ladder().ranges()) {
            ranges.addObject().put("start", sixPlaces(r.startMicros())).put("end", sixPlaces(r.endMicros())).put("step", sixPlaces(r.stepMicros()));
        }
        JSONB rangesJson = JsonColumns.toJsonb(ranges);
        String status = m.status().name().toLowerCase(Locale.ROOT);
        var expected = m.expectedExpirationTime().equals(m.closeTime()) ? null : m.expectedExpirationTime().atOffset(ZoneOffset.UTC);
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            d.insertInto(PLATFORMS).set(PLATFORMS.PLATFORM_ID, PLATFORM).set(PLATFORMS.NAME, "Kalshi").onConflictDoNothing().execute();
            d.insertInto(SERIES).set(SERIES.SERIES_TICKER, m.seriesTicker()).set(SERIES.PLATFORM_ID, PLATFORM).set(SERIES.TITLE, m.seriesTicker())
                    .set(SERIES.FEE_TYPE, feeType).set(SERIES.TAKER_FEE_COEFFICIENT, taker).set(SERIES.MAKER_FEE_COEFFICIENT, maker)
                    .onConflict(SERIES.SERIES_TICKER).doUpdate()
                    .set(SERIES.FEE_TYPE, feeType).set(SERIES.TAKER_FEE_COEFFICIENT, taker).set(SERIES.MAKER_FEE_COEFFICIENT, maker)
                    .set(SERIES.UPDATED_AT, now)
                    .execute();
            d.insertInto(EVENTS).set(EVENTS.EVENT_TICKER, m.eventTicker()).set(EVENTS.SERIES_TICKER, m.seriesTicker())
                    .set(EVENTS.TITLE, m.eventTicker()).onConflictDoNothing().execute();
            d.insertInto(MARKETS)
                    .set(MARKETS.TICKER, m.ticker()).set(MARKETS.EVENT_TICKER, m.eventTicker()).set(MARKETS.TITLE, m.title())
                    .set(MARKETS.YES_SUB_TITLE, m.yesOutcome()).set(MARKETS.STATUS, status)
                    .set(MARKETS.CLOSE_TIME, m.closeTime().atOffset(ZoneOffset.UTC)).set(MARKETS.PRICE_RANGES, rangesJson)
                    .set(MARKETS.FRACTIONAL_TRADING, m.fractionalTrading()).set(MARKETS.EXPECTED_EXPIRATION_TIME, expected)
                    .onConflict(MARKETS.TICKER).doUpdate()
                    .set(MARKETS.EVENT_TICKER, m.eventTicker()).set(MARKETS.TITLE, m.title()).set(MARKETS.YES_SUB_TITLE, m.yesOutcome())
                    .set(MARKETS.STATUS, status).set(MARKETS.CLOSE_TIME, m.closeTime().atOffset(ZoneOffset.UTC))
                    .set(MARKETS.PRICE_RANGES, rangesJson).set(MARKETS.FRACTIONAL_TRADING, m.fractionalTrading())
                    .set(MARKETS.EXPECTED_EXPIRATION_TIME, expected)
                    .set(MARKETS.UPDATED_AT, now)
                    .execute();
        });
    }

    @Override
    public void saveBook(OrderBook book, Instant at) {
        dsl.insertInto(ORDERBOOK_SNAPSHOTS)
                .set(ORDERBOOK_SNAPSHOTS.TICKER, book.marketTicker())
                .set(ORDERBOOK_SNAPSHOTS.YES_BIDS, JsonColumns.toJsonb(levels(book, Side.YES)))
                .set(ORDERBOOK_SNAPSHOTS.NO_BIDS, JsonColumns.toJsonb(levels(book, Side.NO)))
                .set(ORDERBOOK_SNAPSHOTS.BEST_YES_BID, best(book, Side.YES))
                .set(ORDERBOOK_SNAPSHOTS.BEST_NO_BID, best(book, Side.NO))
                .set(ORDERBOOK_SNAPSHOTS.CAPTURED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<Market> openMarkets(String seriesTicker) {
        var query = select().where(MARKETS.STATUS.eq("open"));
        if (seriesTicker != null) {
            query = query.and(EVENTS.SERIES_TICKER.eq(seriesTicker));
        }
        return query.orderBy(MARKETS.TICKER).fetch(JooqMarketCatalog::toMarket);
    }

    @Override
    public Optional<Market> market(String ticker) {
        return select().where(MARKETS.TICKER.eq(ticker)).fetchOptional(JooqMarketCatalog::toMarket);
    }

    @Override
    public Optional<OrderBook> orderBook(String ticker) {
        if (!dsl.fetchExists(MARKETS, MARKETS.TICKER.eq(ticker))) {
            return Optional.empty();
        }
        OrderBook book = new OrderBook(ticker);
        dsl.select(ORDERBOOK_SNAPSHOTS.YES_BIDS, ORDERBOOK_SNAPSHOTS.NO_BIDS).from(ORDERBOOK_SNAPSHOTS)
                .where(ORDERBOOK_SNAPSHOTS.TICKER.eq(ticker))
                .orderBy(ORDERBOOK_SNAPSHOTS.CAPTURED_AT.desc(), ORDERBOOK_SNAPSHOTS.ID.desc()).limit(1)
                .fetchOptional()
                .ifPresent(r -> {
                    setLevels(book, Side.YES, JsonColumns.fromJsonb(r.value1()));
                    setLevels(book, Side.NO, JsonColumns.fromJsonb(r.value2()));
                });
        return Optional.of(book);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(MARKETS.asterisk(), EVENTS.SERIES_TICKER, SERIES.TAKER_FEE_COEFFICIENT, SERIES.MAKER_FEE_COEFFICIENT)
                .from(MARKETS)
                .join(EVENTS).on(EVENTS.EVENT_TICKER.eq(MARKETS.EVENT_TICKER))
                .join(SERIES).on(SERIES.SERIES_TICKER.eq(EVENTS.SERIES_TICKER));
    }

    private static Market toMarket(Record r) {
        List<TickLadder.Range> ranges = new ArrayList<>();
        for (JsonNode n : JsonColumns.fromJsonb(r.get(MARKETS.PRICE_RANGES))) {
            ranges.add(TickLadder.Range.of(n.get("start").asText(), n.get("end").asText(), n.get("step").asText()));
        }
        TickLadder ladder = ranges.isEmpty() ? TickLadder.cent() : TickLadder.of(ranges);
        String status = r.get(MARKETS.STATUS);
        FeeSchedule fees = new FeeSchedule(millionths(r.get(SERIES.TAKER_FEE_COEFFICIENT)), millionths(r.get(SERIES.MAKER_FEE_COEFFICIENT)));
        return new Market(r.get(MARKETS.TICKER), r.get(MARKETS.EVENT_TICKER), r.get(EVENTS.SERIES_TICKER), r.get(MARKETS.TITLE),
                r.get(MARKETS.YES_SUB_TITLE), status == null ? MarketStatus.UNOPENED : MarketStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                r.get(MARKETS.CLOSE_TIME) == null ? Instant.EPOCH : r.get(MARKETS.CLOSE_TIME).toInstant(), ladder, fees,
                r.get(MARKETS.FRACTIONAL_TRADING),
                r.get(MARKETS.EXPECTED_EXPIRATION_TIME) == null ? null : r.get(MARKETS.EXPECTED_EXPIRATION_TIME).toInstant());
    }

    private static ArrayNode levels(OrderBook book, Side side) {
        ArrayNode a = JsonColumns.MAPPER.createArrayNode();
        for (long[] level : book.levelsAscending(side)) {
            a.addArray().add(sixPlaces(level[0])).add(BigDecimal.valueOf(level[1], 2).toPlainString());
        }
        return a;
    }

    private static BigDecimal best(OrderBook book, Side side) {
        return book.depth(side) == 0 ? null : BigDecimal.valueOf(book.bestBidMicros(side), 6);
    }

    private static void setLevels(OrderBook book, Side side, JsonNode levels) {
        for (JsonNode level : levels) {
            book.setLevel(side, new BigDecimal(level.get(0).asText()).movePointRight(6).longValueExact(),
                    new BigDecimal(level.get(1).asText()).movePointRight(2).longValueExact());
        }
    }

    private static long millionths(BigDecimal d) {
        return d.movePointRight(6).longValueExact();
    }

    private static String sixPlaces(long micros) {
        return BigDecimal.valueOf(micros, 6).toPlainString();
    }
}
