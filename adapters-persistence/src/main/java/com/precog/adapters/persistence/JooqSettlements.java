package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.SETTLEMENTS;

import com.precog.adapters.persistence.jooq.tables.records.SettlementsRecord;
import com.precog.application.port.out.Settlements;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * {@link Settlements} on the append-only {@code settlements} table, for one execution environment.
 * The unique index on (environment, ticker, position) makes a repeated settlement a no-op.
 */
final class JooqSettlements implements Settlements {
    private final DSLContext dsl;
    private final ExecutionEnvironment environment;

    JooqSettlements(DSLContext dsl, ExecutionEnvironment environment) {
        this.dsl = dsl;
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public boolean record(Settlement s) {
        return dsl.insertInto(SETTLEMENTS)
                .set(SETTLEMENTS.TICKER, s.marketTicker())
                .set(SETTLEMENTS.POSITION_ID, s.positionId())
                .set(SETTLEMENTS.MARKET_RESULT, s.result().name().toLowerCase(Locale.ROOT))
                .set(SETTLEMENTS.SIDE, s.side().name().toLowerCase(Locale.ROOT))
                .set(SETTLEMENTS.QUANTITY, s.quantity().toBigDecimal())
                .set(SETTLEMENTS.SETTLEMENT_PRICE, s.settlementPrice().toBigDecimal())
                .set(SETTLEMENTS.REVENUE, s.revenue().toBigDecimal())
                .set(SETTLEMENTS.FEES, s.fees().toBigDecimal())
                .set(SETTLEMENTS.REALIZED_PNL, s.realizedPnl().toBigDecimal())
                .set(SETTLEMENTS.EXECUTION_ENVIRONMENT, environment.wireName())
                .set(SETTLEMENTS.SETTLED_AT, s.settledAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<Settlement> all() {
        return dsl.selectFrom(SETTLEMENTS)
                .where(SETTLEMENTS.EXECUTION_ENVIRONMENT.eq(environment.wireName()))
                .orderBy(SETTLEMENTS.ID)
                .fetch(JooqSettlements::toSettlement);
    }

    private static Settlement toSettlement(SettlementsRecord r) {
        return new Settlement(r.getPositionId(), r.getTicker(), MarketResult.valueOf(r.getMarketResult().toUpperCase(Locale.ROOT)),
                Side.valueOf(r.getSide().toUpperCase(Locale.ROOT)), Contracts.of(r.getQuantity()), Dollars.of(r.getSettlementPrice()),
                Dollars.of(r.getRevenue()), Dollars.of(r.getFees()), Dollars.of(r.getRealizedPnl()), r.getSettledAt().toInstant());
    }
}
