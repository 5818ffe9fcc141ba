package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.CIRCUIT_BREAKER_EVENTS;

import com.precog.adapters.persistence.jooq.tables.records.CircuitBreakerEventsRecord;
import com.precog.application.port.out.BreakerEvents;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * {@link BreakerEvents} on the append-only {@code circuit_breaker_events} table, one row per trip or
 * resolve. Breakers belong to one execution environment: this store writes and reads only the rows of the
 * environment it was opened for (a paper daemon's trips never halt live trading). Order = append order.
 */
final class JooqBreakerEvents implements BreakerEvents {
    private final DSLContext dsl;
    private final ExecutionEnvironment environment;

    JooqBreakerEvents(DSLContext dsl, ExecutionEnvironment environment) {
        this.dsl = dsl;
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void append(BreakerEvent e) {
        int inserted = dsl.insertInto(CIRCUIT_BREAKER_EVENTS)
                .set(CIRCUIT_BREAKER_EVENTS.EVENT_ID, e.eventId())
                .set(CIRCUIT_BREAKER_EVENTS.BREAKER_TYPE, e.kind().wireName())
                .set(CIRCUIT_BREAKER_EVENTS.EVENT_TYPE, e.type().name().toLowerCase(Locale.ROOT))
                .set(CIRCUIT_BREAKER_EVENTS.SCOPE, e.scope())
                .set(CIRCUIT_BREAKER_EVENTS.FLATTEN, e.flatten())
                .set(CIRCUIT_BREAKER_EVENTS.REASON, e.reason())
                .set(CIRCUIT_BREAKER_EVENTS.ACTOR, e.actor())
                .set(CIRCUIT_BREAKER_EVENTS.EXECUTION_ENVIRONMENT, environment.wireName())
                .set(CIRCUIT_BREAKER_EVENTS.OCCURRED_AT, e.at().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw new IllegalStateException("breaker event " + e.eventId() + " already exists");
        }
    }

    @Override
    public List<BreakerEvent> all() {
        return dsl.selectFrom(CIRCUIT_BREAKER_EVENTS)
                .where(CIRCUIT_BREAKER_EVENTS.EXECUTION_ENVIRONMENT.eq(environment.wireName()))
                .orderBy(CIRCUIT_BREAKER_EVENTS.ID)
                .fetch(JooqBreakerEvents::toEvent);
    }

    private static BreakerEvent toEvent(CircuitBreakerEventsRecord r) {
        return new BreakerEvent(r.getEventId(), BreakerKind.parse(r.getBreakerType()), r.getScope(),
                BreakerEvent.Type.valueOf(r.getEventType().toUpperCase(Locale.ROOT)), r.getFlatten(), r.getReason(), r.getActor(),
                r.getOccurredAt().toInstant());
    }
}
