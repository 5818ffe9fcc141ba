package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.CONFIG_OVERRIDES;
import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.ConfigOverrides;
import com.precog.application.port.out.ConfigOverridesContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqConfigOverridesTest extends ConfigOverridesContract {
    private static TestDatabase db;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
    }

    @BeforeEach
    void empty() {
        db.dsl().deleteFrom(CONFIG_OVERRIDES).execute();
    }

    @Override
    protected ConfigOverrides newStore() {
        return new PersistenceAdapters(db.database(), CLOCK).configOverrides("test");
    }

    @Test
    void replacedOverridesStayAsInactiveHistory() {
        ConfigOverrides s = newStore();
        Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
        s.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.10", t0, Optional.empty(), true, "a"));
        s.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.20", t0.plusSeconds(5), Optional.empty(), true, "b"));
        assertThat(db.dsl().fetchCount(CONFIG_OVERRIDES)).isEqualTo(2);
        assertThat(db.dsl().fetchCount(CONFIG_OVERRIDES, CONFIG_OVERRIDES.ACTIVE.isTrue())).isEqualTo(1);
        assertThat(db.dsl().fetchValue(CONFIG_OVERRIDES.DEACTIVATED_AT, CONFIG_OVERRIDES.VALUE.eq("0.10")).toInstant())
                .isEqualTo(CLOCK.instant());
    }
}
