package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.EVALUATION_RUNS;
import static com.precog.adapters.persistence.jooq.Tables.PREDICTIONS;
import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;

import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.port.out.models.ModelVersionsContract;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class JooqModelVersionsTest extends ModelVersionsContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @BeforeEach
    void empty() {
        db.dsl().deleteFrom(PREDICTIONS).execute();
        db.dsl().deleteFrom(EVALUATION_RUNS).execute();
        db.dsl().deleteFrom(PROBABILITY_MODELS).execute();
    }

    @Override
    protected ModelVersions newStore() {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).modelVersions();
    }
}
