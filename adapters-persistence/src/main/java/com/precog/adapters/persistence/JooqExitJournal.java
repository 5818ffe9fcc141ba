package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EXIT_ATTEMPTS;
import static com.precog.adapters.persistence.jooq.Tables.POSITION_EXITS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.precog.adapters.persistence.jooq.tables.records.ExitAttemptsRecord;
import com.precog.adapters.persistence.jooq.tables.records.PositionExitsRecord;
import com.precog.application.port.out.ExitJournal;
import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.execution.ExitOrderType;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link ExitJournal} on the append-only {@code exit_attempts} and {@code position_exits} tables. An
 * {@link ExitAttempt} does not name its environment: this journal stamps the one it was opened for.
 * Attempt timeouts are stored in whole milliseconds.
 */
final class JooqExitJournal implements ExitJournal {
    private final DSLContext dsl;
    private final ExecutionEnvironment environment;

    JooqExitJournal(DSLContext dsl, ExecutionEnvironment environment) {
        this.dsl = dsl;
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void recordAttempt(ExitAttempt a) {
        dsl.insertInto(EXIT_ATTEMPTS)
                .set(EXIT_ATTEMPTS.POSITION_ID, a.positionId())
                .set(EXIT_ATTEMPTS.TICKER, a.marketTicker())
                .set(EXIT_ATTEMPTS.EXIT_CONDITION, a.condition().wireName())
                .set(EXIT_ATTEMPTS.PRIORITY, a.priority().name())
                .set(EXIT_ATTEMPTS.ORDER_TYPE, a.orderType().wireName())
                .set(EXIT_ATTEMPTS.CLIENT_ORDER_ID, a.clientOrderId().value())
                .set(EXIT_ATTEMPTS.LIMIT_PRICE, a.limitPrice().toBigDecimal())
                .set(EXIT_ATTEMPTS.FILL_PRICE, a.fillPrice().map(Price::toBigDecimal).orElse(null))
                .set(EXIT_ATTEMPTS.QUANTITY, a.quantity().toBigDecimal())
                .set(EXIT_ATTEMPTS.FILLED_QUANTITY, a.filled().toBigDecimal())
                .set(EXIT_ATTEMPTS.ATTEMPT_NUMBER, a.attemptNumber())
                .set(EXIT_ATTEMPTS.TIMEOUT_MS, a.timeout().toMillis())
                .set(EXIT_ATTEMPTS.OUTCOME, a.outcome().wireName())
                .set(EXIT_ATTEMPTS.REASON, a.reason())
                .set(EXIT_ATTEMPTS.EXECUTION_ENVIRONMENT, environment.wireName())
                .set(EXIT_ATTEMPTS.ATTEMPTED_AT, a.at().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public void recordExit(PositionExit e) {
        ArrayNode conflicting = JsonColumns.MAPPER.createArrayNode();
        e.conflictingTriggers().forEach(k -> conflicting.add(k.wireName()));
        int inserted = dsl.insertInto(POSITION_EXITS)
                .set(POSITION_EXITS.EXIT_ID, e.exitId())
                .set(POSITION_EXITS.POSITION_ID, e.positionId())
                .set(POSITION_EXITS.TICKER, e.marketTicker())
                .set(POSITION_EXITS.EXIT_CONDITION, e.condition().wireName())
                .set(POSITION_EXITS.PRIORITY, e.priority().name())
                .set(POSITION_EXITS.QUANTITY, e.quantity().toBigDecimal())
                .set(POSITION_EXITS.EXIT_PRICE, e.averagePrice().toBigDecimal())
                .set(POSITION_EXITS.FEES, e.fees().toBigDecimal())
                .set(POSITION_EXITS.REALIZED_PNL, e.realizedPnl().toBigDecimal())
                .set(POSITION_EXITS.REMAINING_AFTER, e.remainingAfter().toBigDecimal())
                .set(POSITION_EXITS.CONFLICTING_TRIGGERS, JsonColumns.toJsonb(conflicting))
                .set(POSITION_EXITS.EXECUTION_ENVIRONMENT, e.environment().wireName())
                .set(POSITION_EXITS.EXITED_AT, e.at().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw new IllegalStateException("exit " + e.exitId() + " was already recorded");
        }
    }

    @Override
    public List<ExitAttempt> attempts(String positionId) {
        return dsl.selectFrom(EXIT_ATTEMPTS).where(EXIT_ATTEMPTS.POSITION_ID.eq(positionId))
                .orderBy(EXIT_ATTEMPTS.ATTEMPTED_AT, EXIT_ATTEMPTS.ID).fetch(JooqExitJournal::toAttempt);
    }

    @Override
    public List<PositionExit> exits(String positionId) {
        return dsl.selectFrom(POSITION_EXITS).where(POSITION_EXITS.POSITION_ID.eq(positionId))
                .orderBy(POSITION_EXITS.EXITED_AT, POSITION_EXITS.ID).fetch(JooqExitJournal::toExit);
    }

    @Override
    public List<PositionExit> exitsSince(Instant since) {
        return dsl.selectFrom(POSITION_EXITS).where(POSITION_EXITS.EXITED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .orderBy(POSITION_EXITS.EXITED_AT, POSITION_EXITS.ID).fetch(JooqExitJournal::toExit);
    }

    private static ExitAttempt toAttempt(ExitAttemptsRecord r) {
        return new ExitAttempt(r.getPositionId(), r.getTicker(), ExitConditionKind.parse(r.getExitCondition()),
                ExitPriority.parse(r.getPriority()), ExitOrderType.parse(r.getOrderType()), ClientOrderId.of(r.getClientOrderId()),
                Price.of(r.getLimitPrice()), Optional.ofNullable(r.getFillPrice()).map(Price::of), Contracts.of(r.getQuantity()),
                Contracts.of(r.getFilledQuantity()), r.getAttemptNumber(), Duration.ofMillis(r.getTimeoutMs()),
                AttemptOutcome.parse(r.getOutcome()), r.getReason(), r.getAttemptedAt().toInstant());
    }

    private static PositionExit toExit(PositionExitsRecord r) {
        List<ExitConditionKind> conflicting = new ArrayList<>();
        for (JsonNode k : JsonColumns.fromJsonb(r.getConflictingTriggers())) {
            conflicting.add(ExitConditionKind.parse(k.asText()));
        }
        return new PositionExit(r.getExitId(), r.getPositionId(), r.getTicker(), ExitConditionKind.parse(r.getExitCondition()),
                ExitPriority.parse(r.getPriority()), Contracts.of(r.getQuantity()), Price.of(r.getExitPrice()), Dollars.of(r.getFees()),
                Dollars.of(r.getRealizedPnl()), Contracts.of(r.getRemainingAfter()), conflicting,
                ExecutionEnvironment.parse(r.getExecutionEnvironment()), r.getExitedAt().toInstant());
    }
}
