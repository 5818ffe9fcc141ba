package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.PROBABILITY_MODELS;

import com.precog.adapters.persistence.jooq.tables.records.ProbabilityModelsRecord;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * {@link ModelVersions} in {@code probability_models}. The definition (name, version, type, config,
 * creation time) is also protected by a database trigger; status, its time and the activation evidence
 * are updated in place.
 */
final class JooqModelVersions implements ModelVersions {
    private final DSLContext dsl;

    JooqModelVersions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ModelVersion v) {
        try {
            dsl.insertInto(PROBABILITY_MODELS)
                    .set(PROBABILITY_MODELS.NAME, v.ref().name())
                    .set(PROBABILITY_MODELS.VERSION, v.ref().version())
                    .set(PROBABILITY_MODELS.MODEL_TYPE, v.type().key())
                    .set(PROBABILITY_MODELS.CONFIG, JsonColumns.toJsonb(ModelJson.config(v.config())))
                    .set(PROBABILITY_MODELS.DESCRIPTION, v.description())
                    .set(PROBABILITY_MODELS.CREATED_AT, utc(v))
                    .set(mutable(dsl.newRecord(PROBABILITY_MODELS), v))
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            if (find(v.ref()).isPresent()) {
                throw new IllegalArgumentException("model version " + v.ref() + " already exists", e);
            }
            throw e;
        }
    }

    private static OffsetDateTime utc(ModelVersion v) {
        return v.createdAt().atOffset(ZoneOffset.UTC);
    }

    /** The mutable columns of a version, in a record whose changed flags make jOOQ set only them. */
    private static ProbabilityModelsRecord mutable(ProbabilityModelsRecord r, ModelVersion v) {
        OffsetDateTime at = v.statusChangedAt().atOffset(ZoneOffset.UTC);
        r.setStatus(v.status().key());
        r.setUpdatedAt(at);
        r.setActivatedAt(v.status() == ModelStatus.ACTIVE ? at : null);
        r.setDeprecatedAt(v.status() == ModelStatus.DEPRECATED ? at : null);
        r.setActivationEvidence(v.activationEvidence().map(p -> JsonColumns.toJsonb(ModelJson.gate(p))).orElse(null));
        return r;
    }

    @Override
    public Optional<ModelVersion> find(ModelRef ref) {
        return dsl.selectFrom(PROBABILITY_MODELS)
                .where(PROBABILITY_MODELS.NAME.eq(ref.name()), PROBABILITY_MODELS.VERSION.eq(ref.version()))
                .fetchOptional(JooqModelVersions::toVersion);
    }

    @Override
    public List<ModelVersion> list() {
        return dsl.selectFrom(PROBABILITY_MODELS).fetch(JooqModelVersions::toVersion).stream()
                .sorted(Comparator.comparing(ModelVersion::ref))
                .toList();
    }

    @Override
    public void update(ModelVersion v) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            ProbabilityModelsRecord stored = t.selectFrom(PROBABILITY_MODELS)
                    .where(PROBABILITY_MODELS.NAME.eq(v.ref().name()), PROBABILITY_MODELS.VERSION.eq(v.ref().version()))
                    .forUpdate()
                    .fetchOptional()
                    .orElseThrow(() -> new IllegalArgumentException("model version " + v.ref() + " does not exist"));
            ModelVersion old = toVersion(stored);
            if (!old.sameDefinitionAs(v) || !old.createdAt().equals(v.createdAt())) {
                throw new IllegalArgumentException("model version " + v.ref() + " is immutable: type, config and creation time cannot change");
            }
            t.update(PROBABILITY_MODELS)
                    .set(mutable(t.newRecord(PROBABILITY_MODELS), v))
                    .where(PROBABILITY_MODELS.MODEL_ID.eq(stored.getModelId()))
                    .execute();
        });
    }

    static ModelVersion toVersion(ProbabilityModelsRecord r) {
        return new ModelVersion(
                ModelRef.of(r.getName(), r.getVersion()),
                ModelType.parse(r.getModelType()),
                ModelJson.config(JsonColumns.fromJsonb(r.getConfig())),
                r.getDescription() == null ? "" : r.getDescription(),
                ModelStatus.parse(r.getStatus()),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant(),
                Optional.ofNullable(r.getActivationEvidence()).map(j -> ModelJson.gate(JsonColumns.fromJsonb(j))));
    }
}
