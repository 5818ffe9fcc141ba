package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EXIT_ATTEMPTS;
import static com.precog.adapters.persistence.jooq.Tables.POSITION_EXITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.ExitJournalContract;
import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Clock;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqExitJournalTest extends ExitJournalContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    /** Both tables are append-only (DELETE rejected); TRUNCATE empties them between tests. */
    @Override
    protected ExitJournal newJournal() {
        db.dsl().truncate(EXIT_ATTEMPTS).restartIdentity().execute();
        db.dsl().truncate(POSITION_EXITS).restartIdentity().execute();
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).exitJournal(ExecutionEnvironment.DEMO);
    }

    @Test
    void attemptsAreStampedWithTheJournalsEnvironment_exitsKeepTheirOwn() {
        journal.recordAttempt(attempt("p9", 1, AttemptOutcome.FILLED, T0));
        journal.recordExit(exit("e9", "p9", T0));
        assertThat(db.dsl().fetchValue(EXIT_ATTEMPTS.EXECUTION_ENVIRONMENT, EXIT_ATTEMPTS.POSITION_ID.eq("p9"))).isEqualTo("demo");
        assertThat(db.dsl().fetchValue(POSITION_EXITS.EXECUTION_ENVIRONMENT, POSITION_EXITS.EXIT_ID.eq("e9"))).isEqualTo("paper");
        assertThat(db.dsl().fetchValue(POSITION_EXITS.CONFLICTING_TRIGGERS, POSITION_EXITS.EXIT_ID.eq("e9")).data()).contains("early_exit");
    }

    @Test
    void theDatabaseRejectsRewritingAnExit() {
        journal.recordExit(exit("e8", "p8", T0));
        assertThatThrownBy(() -> db.dsl().update(POSITION_EXITS).set(POSITION_EXITS.FEES, java.math.BigDecimal.ZERO)
                .where(POSITION_EXITS.EXIT_ID.eq("e8")).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
