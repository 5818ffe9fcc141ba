package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.ACCOUNT_BALANCE;

import com.precog.adapters.persistence.jooq.tables.records.AccountBalanceRecord;
import com.precog.application.port.out.AccountBalances;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * {@link AccountBalances} on the SCD2 {@code account_balance} table of one execution environment. A
 * change is one transaction: lock the current row, close it, insert the new one. A second writer that
 * raced in between hits the partial unique index on current rows; the record is then retried once
 * against the row it wrote.
 */
final class JooqAccountBalances implements AccountBalances {
    private final DSLContext dsl;
    private final ExecutionEnvironment environment;

    JooqAccountBalances(DSLContext dsl, ExecutionEnvironment environment) {
        this.dsl = dsl;
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public boolean record(Balance b) {
        Objects.requireNonNull(b, "balance");
        try {
            return dsl.transactionResult(tx -> recordOnce(tx.dsl(), b));
        } catch (DataAccessException e) {
            if (!"23505".equals(e.sqlState())) throw e;   // only a unique-index race is retried
            return dsl.transactionResult(tx -> recordOnce(tx.dsl(), b));
        }
    }

    private boolean recordOnce(DSLContext tx, Balance b) {
        AccountBalanceRecord current = tx.selectFrom(ACCOUNT_BALANCE)
                .where(ACCOUNT_BALANCE.EXECUTION_ENVIRONMENT.eq(environment.wireName()), ACCOUNT_BALANCE.ROW_CURRENT_IND.isTrue())
                .forUpdate().fetchOne();
        OffsetDateTime at = b.observedAt().atOffset(ZoneOffset.UTC);
        if (current != null) {
            if (toBalance(current).sameAmounts(b)) return false;
            OffsetDateTime end = at.isBefore(current.getRowStartTs()) ? current.getRowStartTs() : at;
            tx.update(ACCOUNT_BALANCE).set(ACCOUNT_BALANCE.ROW_CURRENT_IND, false).set(ACCOUNT_BALANCE.ROW_END_TS, end)
                    .where(ACCOUNT_BALANCE.ID.eq(current.getId())).execute();
        }
        tx.insertInto(ACCOUNT_BALANCE)
                .set(ACCOUNT_BALANCE.EXECUTION_ENVIRONMENT, environment.wireName())
                .set(ACCOUNT_BALANCE.CASH_BALANCE, b.cash().toBigDecimal())
                .set(ACCOUNT_BALANCE.PORTFOLIO_VALUE, b.portfolioValue().toBigDecimal())
                .set(ACCOUNT_BALANCE.OBSERVED_AT, at)
                .set(ACCOUNT_BALANCE.ROW_START_TS, at)
                .execute();
        return true;
    }

    @Override
    public Optional<Balance> current() {
        return dsl.selectFrom(ACCOUNT_BALANCE)
                .where(ACCOUNT_BALANCE.EXECUTION_ENVIRONMENT.eq(environment.wireName()), ACCOUNT_BALANCE.ROW_CURRENT_IND.isTrue())
                .fetchOptional(JooqAccountBalances::toBalance);
    }

    @Override
    public List<Balance> history() {
        return dsl.selectFrom(ACCOUNT_BALANCE)
                .where(ACCOUNT_BALANCE.EXECUTION_ENVIRONMENT.eq(environment.wireName()))
                .orderBy(ACCOUNT_BALANCE.ID)
                .fetch(JooqAccountBalances::toBalance);
    }

    private static Balance toBalance(AccountBalanceRecord r) {
        return new Balance(Dollars.of(r.getCashBalance()), Dollars.of(r.getPortfolioValue()), r.getObservedAt().toInstant());
    }
}
