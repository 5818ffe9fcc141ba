package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.STRATEGIES;

import com.precog.adapters.persistence.jooq.tables.records.StrategiesRecord;
import com.precog.application.port.out.Strategies;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * {@link Strategies} in {@code strategies}: the definition (name, version, type, config) is also
 * protected by a database trigger; status moves through the domain lifecycle under a row lock.
 */
final class JooqStrategies implements Strategies {
    private final DSLContext dsl;

    JooqStrategies(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public StrategyVersion create(StrategyVersion v) {
        Optional<StrategyVersion> existing = find(v.key());
        if (existing.isPresent()) {
            return sameOrRefuse(existing.get(), v);
        }
        try {
            dsl.insertInto(STRATEGIES)
                    .set(STRATEGIES.NAME, v.key().name())
                    .set(STRATEGIES.VERSION, v.key().version().toString())
                    .set(STRATEGIES.STRATEGY_TYPE, v.type().wireName())
                    .set(STRATEGIES.CONFIG, JsonColumns.toJsonb(StrategyConfigJson.toJson(v.config())))
                    .set(STRATEGIES.DESCRIPTION, v.description())
                    .set(STRATEGIES.STATUS, v.status().wireName())
                    .set(STRATEGIES.CREATED_AT, utc(v.createdAt()))
                    .set(STRATEGIES.UPDATED_AT, utc(v.statusChangedAt()))
                    .set(STRATEGIES.ACTIVATED_AT, v.isActive() ? utc(v.statusChangedAt()) : null)
                    .execute();
            return v;
        } catch (IntegrityConstraintViolationException raced) {
            return sameOrRefuse(find(v.key()).orElseThrow(() -> raced), v);
        }
    }

    private static StrategyVersion sameOrRefuse(StrategyVersion stored, StrategyVersion v) {
        if (!stored.sameDefinitionAs(v)) {
            throw new IllegalStateException("strategy " + v.key() + " already exists with another definition: versions are immutable, create a new version");
        }
        return stored;
    }

    @Override
    public Optional<StrategyVersion> find(StrategyKey key) {
        return dsl.selectFrom(STRATEGIES)
                .where(STRATEGIES.NAME.eq(key.name()), STRATEGIES.VERSION.eq(key.version().toString()))
                .fetchOptional(JooqStrategies::toVersion);
    }

    @Override
    public List<StrategyVersion> list() {
        return dsl.selectFrom(STRATEGIES).fetch(JooqStrategies::toVersion).stream()
                .sorted(Comparator.comparing(StrategyVersion::key))
                .toList();
    }

    @Override
    public StrategyVersion changeStatus(StrategyKey key, StrategyStatus next, Instant at) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            StrategiesRecord r = t.selectFrom(STRATEGIES)
                    .where(STRATEGIES.NAME.eq(key.name()), STRATEGIES.VERSION.eq(key.version().toString()))
                    .forUpdate()
                    .fetchOptional()
                    .orElseThrow(() -> new NoSuchElementException("no strategy " + key));
            StrategyVersion moved = toVersion(r).moveTo(next, at);
            OffsetDateTime changed = utc(moved.statusChangedAt());
            var update = t.update(STRATEGIES)
                    .set(STRATEGIES.STATUS, moved.status().wireName())
                    .set(STRATEGIES.UPDATED_AT, changed);
            if (next == StrategyStatus.ACTIVE) {
                update = update.set(STRATEGIES.ACTIVATED_AT, changed);
            } else if (next == StrategyStatus.DEPRECATED) {
                update = update.set(STRATEGIES.DEPRECATED_AT, changed);
            }
            update.where(STRATEGIES.STRATEGY_ID.eq(r.getStrategyId())).execute();
            return moved;
        });
    }

    static StrategyVersion toVersion(StrategiesRecord r) {
        return new StrategyVersion(StrategyKey.of(r.getName(), r.getVersion()),
                StrategyConfigJson.fromJson(JsonColumns.fromJsonb(r.getConfig())),
                r.getDescription(), StrategyStatus.parse(r.getStatus()),
                r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
