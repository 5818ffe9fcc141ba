package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.POSITION_CLOSE_REQUESTS;
import static com.precog.adapters.persistence.jooq.Tables.POSITION_CLOSE_REQUESTS_HANDLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.CloseRequests;
import com.precog.application.port.out.CloseRequestsContract;
import com.precog.domain.exit.ExitPriority;
import java.time.Clock;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqCloseRequestsTest extends CloseRequestsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @Override
    protected CloseRequests newRequests() {
        db.dsl().truncate(POSITION_CLOSE_REQUESTS_HANDLED).execute();
        db.dsl().truncate(POSITION_CLOSE_REQUESTS).restartIdentity().cascade().execute();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).closeRequests();
    }

    @Test
    void aRepeatedRequestAndAnUnknownHandledId_changeNothing_andHandlingIsNeverAnUpdate() {
        CloseRequests.CloseRequest a = new CloseRequests.CloseRequest("r9", "pos-9", ExitPriority.LOW, "bob", T0);
        requests.request(a);
        requests.request(a);
        requests.markHandled("no-such-request", T0.plusSeconds(1));
        assertThat(requests.pending()).containsExactly(a);
        requests.markHandled("r9", T0.plusSeconds(2));
        assertThat(requests.pending()).isEmpty();
        assertThatThrownBy(() -> db.dsl().deleteFrom(POSITION_CLOSE_REQUESTS_HANDLED).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
