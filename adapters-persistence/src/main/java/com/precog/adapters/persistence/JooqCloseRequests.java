package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.POSITION_CLOSE_REQUESTS;
import static com.precog.adapters.persistence.jooq.Tables.POSITION_CLOSE_REQUESTS_HANDLED;

import com.precog.application.port.out.CloseRequests;
import com.precog.domain.exit.ExitPriority;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link CloseRequests} on two append-only tables: {@code position_close_requests} (one row per request; a
 * repeated request id is ignored) and {@code position_close_requests_handled} (one row per handled request;
 * marking again, or marking an unknown id, changes nothing).
 */
final class JooqCloseRequests implements CloseRequests {
    private final DSLContext dsl;

    JooqCloseRequests(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void request(CloseRequest r) {
        dsl.insertInto(POSITION_CLOSE_REQUESTS)
                .set(POSITION_CLOSE_REQUESTS.REQUEST_ID, r.requestId())
                .set(POSITION_CLOSE_REQUESTS.POSITION_ID, r.positionId())
                .set(POSITION_CLOSE_REQUESTS.PRIORITY, r.priority().name())
                .set(POSITION_CLOSE_REQUESTS.ACTOR, r.actor())
                .set(POSITION_CLOSE_REQUESTS.REQUESTED_AT, r.at().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<CloseRequest> pending() {
        return dsl.selectFrom(POSITION_CLOSE_REQUESTS)
                .whereNotExists(DSL.selectOne().from(POSITION_CLOSE_REQUESTS_HANDLED)
                        .where(POSITION_CLOSE_REQUESTS_HANDLED.REQUEST_ID.eq(POSITION_CLOSE_REQUESTS.REQUEST_ID)))
                .orderBy(POSITION_CLOSE_REQUESTS.REQUESTED_AT, POSITION_CLOSE_REQUESTS.ID)
                .fetch(r -> new CloseRequest(r.getRequestId(), r.getPositionId(), ExitPriority.parse(r.getPriority()), r.getActor(),
                        r.getRequestedAt().toInstant()));
    }

    @Override
    public void markHandled(String requestId, Instant at) {
        dsl.insertInto(POSITION_CLOSE_REQUESTS_HANDLED, POSITION_CLOSE_REQUESTS_HANDLED.REQUEST_ID, POSITION_CLOSE_REQUESTS_HANDLED.HANDLED_AT)
                .select(DSL.select(POSITION_CLOSE_REQUESTS.REQUEST_ID, DSL.val(at.atOffset(ZoneOffset.UTC)))
                        .from(POSITION_CLOSE_REQUESTS).where(POSITION_CLOSE_REQUESTS.REQUEST_ID.eq(requestId)))
                .onConflictDoNothing()
                .execute();
    }
}
