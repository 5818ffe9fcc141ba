package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.STRATEGIES;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.Strategies;
import com.precog.application.port.out.StrategiesContract;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JooqStrategiesTest extends StrategiesContract {
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @BeforeEach
    void empty() {
        db.dsl().deleteFrom(STRATEGIES).execute();
    }

    @Override
    protected Strategies newStrategies() {
        return new PersistenceAdapters(db.database(), Clock.systemUTC()).strategies();
    }

    @ParameterizedTest
    @EnumSource(StrategyType.class)
    void everyStrategyTypeConfigRoundTripsExactly(StrategyType type) {
        StrategyVersion v = StrategyVersion.draft(StrategyKey.of("rt_" + type.wireName(), "v1.0"), StrategyConfig.defaults(type), "round trip", T0);
        Strategies s = newStrategies();
        s.create(v);
        assertThat(s.find(v.key())).contains(v);
    }

    @Test
    void theStoredConfigIsReadableJsonWithDecimalsAsText() {
        StrategyVersion v = StrategyVersion.draft(StrategyKey.of("json", "v1.0"), StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY), "", T0);
        newStrategies().create(v);
        String json = db.dsl().fetchValue(STRATEGIES.CONFIG, STRATEGIES.NAME.eq("json")).data();
        assertThat(json).contains("\"type\": \"pre_game_entry\"").contains("\"NFL\"").contains("\"kellyFraction\": \"0.25");
    }
}
