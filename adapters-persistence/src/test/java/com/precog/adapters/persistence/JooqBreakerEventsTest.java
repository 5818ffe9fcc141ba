package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.CIRCUIT_BREAKER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.BreakerEventsContract;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Clock;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqBreakerEventsTest extends BreakerEventsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @Override
    protected BreakerEvents newEvents() {
        db.dsl().truncate(CIRCUIT_BREAKER_EVENTS).restartIdentity().execute();
        return events(ExecutionEnvironment.PAPER);
    }

    private static BreakerEvents events(ExecutionEnvironment env) {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).breakerEvents(env);
    }

    @Test
    void eachEnvironmentSeesOnlyItsOwnBreakers() {
        BreakerEvent paperTrip = new BreakerEvent("x1", BreakerKind.MANUAL, BreakerEvent.ALL, BreakerEvent.Type.TRIPPED, true, "test", "op", T0);
        events.append(paperTrip);
        assertThat(events(ExecutionEnvironment.LIVE).all()).isEmpty();
        assertThat(events(ExecutionEnvironment.PAPER).all()).containsExactly(paperTrip);
        assertThat(db.dsl().fetchValue(CIRCUIT_BREAKER_EVENTS.EXECUTION_ENVIRONMENT)).isEqualTo("paper");
    }

    @Test
    void aTripCannotBeUndoneInTheDatabase_onlyResolvedByANewEvent() {
        events.append(new BreakerEvent("x2", BreakerKind.DAILY_LOSS, BreakerEvent.ALL, BreakerEvent.Type.TRIPPED, true, "loss", "system", T0));
        assertThatThrownBy(() -> db.dsl().deleteFrom(CIRCUIT_BREAKER_EVENTS).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.dsl().insertInto(CIRCUIT_BREAKER_EVENTS)
                .set(CIRCUIT_BREAKER_EVENTS.EVENT_ID, "bad").set(CIRCUIT_BREAKER_EVENTS.BREAKER_TYPE, "manual")
                .set(CIRCUIT_BREAKER_EVENTS.EVENT_TYPE, "resolved").set(CIRCUIT_BREAKER_EVENTS.SCOPE, "*")
                .set(CIRCUIT_BREAKER_EVENTS.FLATTEN, true).set(CIRCUIT_BREAKER_EVENTS.REASON, "")
                .set(CIRCUIT_BREAKER_EVENTS.ACTOR, "op").set(CIRCUIT_BREAKER_EVENTS.EXECUTION_ENVIRONMENT, "paper")
                .set(CIRCUIT_BREAKER_EVENTS.OCCURRED_AT, DbFixtures.T0).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("circuit_breaker_events_resolve_chk");
    }
}
