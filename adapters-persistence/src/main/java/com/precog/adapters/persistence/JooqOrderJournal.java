package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.ORDERS;
import static com.precog.adapters.persistence.jooq.Tables.TRADES;

import com.precog.adapters.persistence.jooq.tables.records.OrdersRecord;
import com.precog.adapters.persistence.jooq.tables.records.TradesRecord;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * {@link OrderJournal} on the append-only {@code orders} and {@code trades} tables (the database rejects
 * UPDATE and DELETE on both). A duplicate client order id fails; a duplicate fill id is ignored
 * ({@code ON CONFLICT DO NOTHING}), so replaying fills is safe.
 */
final class JooqOrderJournal implements OrderJournal {
    private final DSLContext dsl;

    JooqOrderJournal(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void recordOrder(OrderRecord o) {
        OrderRequest r = o.request();
        Attribution a = o.attribution();
        try {
            dsl.insertInto(ORDERS)
                    .set(ORDERS.CLIENT_ORDER_ID, r.clientOrderId().value())
                    .set(ORDERS.TICKER, r.marketTicker())
                    .set(ORDERS.SIDE, r.side().wireName())
                    .set(ORDERS.ACTION, r.action().wireName())
                    .set(ORDERS.TIME_IN_FORCE, r.timeInForce().name().toLowerCase(Locale.ROOT))
                    .set(ORDERS.POST_ONLY, r.postOnly())
                    .set(ORDERS.REDUCE_ONLY, r.reduceOnly())
                    .set(ORDERS.LIMIT_PRICE, r.limitPrice().toBigDecimal())
                    .set(ORDERS.QUANTITY, r.count().toBigDecimal())
                    .set(ORDERS.EDGE_PER_CONTRACT, o.edgePerContract().toBigDecimal())
                    .set(ORDERS.WIN_PROBABILITY, o.winProbability().toBigDecimal())
                    .set(ORDERS.STRATEGY_NAME, a.strategy().name())
                    .set(ORDERS.STRATEGY_VERSION, a.strategy().version().toString())
                    .set(ORDERS.MODEL_VERSION, a.modelVersion())
                    .set(ORDERS.EXECUTION_ENVIRONMENT, a.environment().wireName())
                    .set(ORDERS.CREATED_AT, utc(o.decidedAt()))
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new IllegalStateException("order " + r.clientOrderId() + " is already recorded", e);
        }
    }

    @Override
    public boolean recordTrade(TradeRecord t) {
        Fill f = t.fill();
        Attribution a = t.attribution();
        Long orderId = dsl.select(ORDERS.ID).from(ORDERS).where(ORDERS.CLIENT_ORDER_ID.eq(f.clientOrderId().value()))
                .fetchOptional(ORDERS.ID).orElse(null);
        return dsl.insertInto(TRADES)
                .set(TRADES.FILL_ID, f.fillId())
                .set(TRADES.CLIENT_ORDER_ID, f.clientOrderId().value())
                .set(TRADES.ORDER_ID, orderId)
                .set(TRADES.EXCHANGE_ORDER_ID, f.exchangeOrderId())
                .set(TRADES.TICKER, f.marketTicker())
                .set(TRADES.SIDE, f.side().wireName())
                .set(TRADES.ACTION, f.action().wireName())
                .set(TRADES.PRICE, f.price().toBigDecimal())
                .set(TRADES.QUANTITY, f.count().toBigDecimal())
                .set(TRADES.FEE, f.fee().toBigDecimal())
                .set(TRADES.IS_TAKER, f.liquidity() == Liquidity.TAKER)
                .set(TRADES.STRATEGY_NAME, a.strategy().name())
                .set(TRADES.STRATEGY_VERSION, a.strategy().version().toString())
                .set(TRADES.MODEL_VERSION, a.modelVersion())
                .set(TRADES.EXECUTION_ENVIRONMENT, a.environment().wireName())
                .set(TRADES.EXECUTED_AT, utc(f.time()))
                .set(TRADES.RECORDED_AT, utc(t.recordedAt()))
                .onConflict(TRADES.FILL_ID).doNothing()
                .execute() == 1;
    }

    @Override
    public Optional<OrderRecord> order(ClientOrderId id) {
        return dsl.selectFrom(ORDERS).where(ORDERS.CLIENT_ORDER_ID.eq(id.value())).fetchOptional(JooqOrderJournal::toOrder);
    }

    @Override
    public List<OrderRecord> orders() {
        return dsl.selectFrom(ORDERS).orderBy(ORDERS.ID).fetch(JooqOrderJournal::toOrder);
    }

    @Override
    public List<TradeRecord> trades() {
        return dsl.selectFrom(TRADES).orderBy(TRADES.ID).fetch(JooqOrderJournal::toTrade);
    }

    @Override
    public List<TradeRecord> tradesOf(ClientOrderId id) {
        return dsl.selectFrom(TRADES).where(TRADES.CLIENT_ORDER_ID.eq(id.value())).orderBy(TRADES.ID).fetch(JooqOrderJournal::toTrade);
    }

    private static OrderRecord toOrder(OrdersRecord r) {
        OrderRequest request = new OrderRequest(ClientOrderId.of(r.getClientOrderId()), r.getTicker(), Side.parse(r.getSide()),
                OrderAction.parse(r.getAction()), Contracts.of(r.getQuantity()), Price.of(r.getLimitPrice()),
                TimeInForce.valueOf(r.getTimeInForce().toUpperCase(Locale.ROOT)), r.getPostOnly(), r.getReduceOnly());
        return new OrderRecord(request, attribution(r.getStrategyName(), r.getStrategyVersion(), r.getModelVersion(), r.getExecutionEnvironment()),
                r.getCreatedAt().toInstant(), Dollars.of(r.getEdgePerContract()), Probability.of(r.getWinProbability().toPlainString()));
    }

    private static TradeRecord toTrade(TradesRecord r) {
        Fill f = new Fill(r.getFillId(), ClientOrderId.of(r.getClientOrderId()), r.getExchangeOrderId(), r.getTicker(),
                Side.parse(r.getSide()), OrderAction.parse(r.getAction()), Price.of(r.getPrice()), Contracts.of(r.getQuantity()),
                r.getIsTaker() ? Liquidity.TAKER : Liquidity.MAKER, Dollars.of(r.getFee()), r.getExecutedAt().toInstant());
        return new TradeRecord(f, attribution(r.getStrategyName(), r.getStrategyVersion(), r.getModelVersion(), r.getExecutionEnvironment()),
                r.getRecordedAt().toInstant());
    }

    private static Attribution attribution(String strategy, String version, String model, String environment) {
        return new Attribution(StrategyKey.of(strategy, version), model, ExecutionEnvironment.parse(environment));
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
