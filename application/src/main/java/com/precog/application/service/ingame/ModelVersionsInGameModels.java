package com.precog.application.service.ingame;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.StoredInGameModel;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link InGameModelVersions} kept in the shared {@link ModelVersions} store: each in-game version is a
 * draft {@link ModelVersion} of an in-game {@link ModelType} whose config holds the model text under
 * {@value #CONFIG_KEY}, so it follows the common lifecycle (testing, activation gate, deprecation).
 */
public final class ModelVersionsInGameModels implements InGameModelVersions {
    /** Config key holding the {@code InGameModelText}. */
    public static final String CONFIG_KEY = "ingame.model_text";

    private final ModelVersions versions;
    private final ModelType type;

    /** @param type the in-game model type recorded on stored versions (phase must be IN_GAME) */
    public ModelVersionsInGameModels(ModelVersions versions, ModelType type) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.type = Objects.requireNonNull(type, "type");
        if (type.phase() != ModelPhase.IN_GAME) throw new IllegalArgumentException("type must be an in-game model type, was " + type.key());
    }

    @Override
    public synchronized StoredInGameModel create(String name, String config, Instant createdAt) {
        new ModelRef(name, 1, 0); // validates the name
        Optional<ModelRef> highest = versions.list().stream().map(ModelVersion::ref).filter(r -> r.name().equals(name)).max(ModelRef::compareTo);
        ModelRef ref = InGameModelVersions.next(name, highest);
        versions.add(ModelVersion.draft(ref, type, Map.of(CONFIG_KEY, config), "NFL in-game win probability (fit-ingame)", createdAt));
        return new StoredInGameModel(ref, config, createdAt);
    }

    @Override
    public Optional<StoredInGameModel> find(ModelRef ref) {
        return versions.find(ref)
                .filter(v -> v.type() == type && v.config().containsKey(CONFIG_KEY))
                .map(v -> new StoredInGameModel(v.ref(), v.config().get(CONFIG_KEY), v.createdAt()));
    }
}
