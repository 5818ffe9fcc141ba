package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.CONFIG_OVERRIDES;

import com.precog.adapters.persistence.jooq.tables.records.ConfigOverridesRecord;
import com.precog.application.port.out.ConfigOverrides;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link ConfigOverrides} in {@code config_overrides}: at most one active row per key (partial unique index). */
final class JooqConfigOverrides implements ConfigOverrides {
    private final DSLContext dsl;
    private final Clock clock;
    private final String createdBy;

    JooqConfigOverrides(DSLContext dsl, Clock clock, String createdBy) {
        this.dsl = dsl;
        this.clock = clock;
        this.createdBy = createdBy;
    }

    @java.lang.Override
    public void put(Override override) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            deactivate(t, override.file(), override.path());
            t.insertInto(CONFIG_OVERRIDES)
                    .set(CONFIG_OVERRIDES.CONFIG_FILE, override.file())
                    .set(CONFIG_OVERRIDES.CONFIG_PATH, override.path())
                    .set(CONFIG_OVERRIDES.VALUE, override.value())
                    .set(CONFIG_OVERRIDES.REASON, override.reason())
                    .set(CONFIG_OVERRIDES.CREATED_BY, createdBy)
                    .set(CONFIG_OVERRIDES.ACTIVE, override.active())
                    .set(CONFIG_OVERRIDES.CREATED_AT, utc(override.createdAt()))
                    .set(CONFIG_OVERRIDES.EXPIRES_AT, override.expiresAt().map(JooqConfigOverrides::utc).orElse(null))
                    .execute();
        });
    }

    @java.lang.Override
    public void remove(String file, String path) {
        deactivate(dsl, file, path);
    }

    private void deactivate(DSLContext t, String file, String path) {
        t.update(CONFIG_OVERRIDES)
                .set(CONFIG_OVERRIDES.ACTIVE, false)
                .set(CONFIG_OVERRIDES.DEACTIVATED_AT, utc(clock.instant()))
                .where(CONFIG_OVERRIDES.CONFIG_FILE.eq(file), CONFIG_OVERRIDES.CONFIG_PATH.eq(path), CONFIG_OVERRIDES.ACTIVE.isTrue())
                .execute();
    }

    @java.lang.Override
    public List<Override> activeAt(Instant now) {
        OffsetDateTime at = utc(now);
        return dsl.selectFrom(CONFIG_OVERRIDES)
                .where(CONFIG_OVERRIDES.ACTIVE.isTrue(), CONFIG_OVERRIDES.CREATED_AT.le(at))
                .and(CONFIG_OVERRIDES.EXPIRES_AT.isNull().or(CONFIG_OVERRIDES.EXPIRES_AT.gt(at)))
                .orderBy(CONFIG_OVERRIDES.CONFIG_FILE, CONFIG_OVERRIDES.CONFIG_PATH)
                .fetch(JooqConfigOverrides::toOverride);
    }

    private static Override toOverride(ConfigOverridesRecord r) {
        return new Override(r.getConfigFile(), r.getConfigPath(), r.getValue(), r.getCreatedAt().toInstant(),
                Optional.ofNullable(r.getExpiresAt()).map(OffsetDateTime::toInstant), r.getActive(), r.getReason());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
