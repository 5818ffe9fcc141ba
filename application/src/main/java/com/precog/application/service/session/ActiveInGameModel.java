package com.precog.application.service.session;

import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.service.ingame.ModelVersionsInGameModels;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameModelText;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fitted in-game model a live session may trade on: the newest ACTIVE version of type
 * {@link ModelType#IN_GAME_LOGISTIC} in the model store (SPEC §3: only a version that passed the
 * activation gate is used by a strategy). Read at session start and again by {@link #refresh()}
 * (the daemon calls it every minute), so an activation or a deprecation takes effect without a
 * restart; a draft, testing or deprecated version is never returned. "Newest" is the latest status
 * change (the most recent activation), ties broken by the higher ref. A version whose model text
 * cannot be read is skipped and reported by {@link #problem()}. Thread-safe: readers see one
 * consistent {@link Loaded} or none.
 */
public final class ActiveInGameModel {
    /** Name shown when no fitted version is active and the normal model prices in play. */
    public static final String NORMAL_BASELINE = "normal baseline";

    /**
     * The version in use.
     *
     * @param ref   the version's {@code name@vMAJOR.MINOR}
     * @param model the parsed model
     */
    public record Loaded(ModelRef ref, InGameModel model) {
        public Loaded {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(model, "model");
        }
    }

    private final ModelVersions versions;
    private final AtomicReference<Optional<Loaded>> current = new AtomicReference<>(Optional.empty());
    private final AtomicReference<String> problem = new AtomicReference<>("");

    public ActiveInGameModel(ModelVersions versions) {
        this.versions = Objects.requireNonNull(versions, "versions");
    }

    /** A source that never has an active version (sessions without a model store). */
    public static ActiveInGameModel none() {
        return new ActiveInGameModel(new ModelVersions() {
            @Override
            public void add(ModelVersion version) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public Optional<ModelVersion> find(ModelRef ref) {
                return Optional.empty();
            }

            @Override
            public java.util.List<ModelVersion> list() {
                return java.util.List.of();
            }

            @Override
            public void update(ModelVersion version) {
                throw new UnsupportedOperationException("read-only");
            }
        });
    }

    /**
     * Re-reads the store; keeps the parsed model when the active version did not change. A store
     * that cannot be read keeps the current choice (and says so in {@link #problem()}).
     *
     * @return the version in use after the refresh
     */
    public Optional<Loaded> refresh() {
        java.util.List<ModelVersion> all;
        try {
            all = versions.list();
        } catch (RuntimeException e) {
            problem.set("cannot read the model store: " + e.getMessage());
            return current.get();
        }
        Optional<ModelVersion> newest = all.stream()
                .filter(v -> v.type() == ModelType.IN_GAME_LOGISTIC && v.status() == ModelStatus.ACTIVE)
                .filter(v -> v.config().containsKey(ModelVersionsInGameModels.CONFIG_KEY))
                .max(Comparator.comparing(ModelVersion::statusChangedAt).thenComparing(ModelVersion::ref));
        if (newest.isEmpty()) {
            current.set(Optional.empty());
            problem.set("");
            return Optional.empty();
        }
        ModelVersion v = newest.get();
        Optional<Loaded> now = current.get();
        if (now.isPresent() && now.get().ref().equals(v.ref())) {
            problem.set("");
            return now;
        }
        try {
            Optional<Loaded> loaded = Optional.of(new Loaded(v.ref(), InGameModelText.parse(v.config().get(ModelVersionsInGameModels.CONFIG_KEY))));
            current.set(loaded);
            problem.set("");
            return loaded;
        } catch (RuntimeException e) {
            current.set(Optional.empty());
            problem.set("active version " + v.ref() + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@return the active version in use, empty when the normal model prices in play} */
    public Optional<Loaded> current() {
        return current.get();
    }

    /** {@return {@code name@vMAJOR.MINOR} of the version in use, or {@value #NORMAL_BASELINE}} */
    public String inUse() {
        return current.get().map(l -> l.ref().toString()).orElse(NORMAL_BASELINE);
    }

    /** {@return why the last refresh could not use the store or an active version, empty when fine} */
    public String problem() {
        return problem.get();
    }
}
