package com.precog.application.port.in.models;

import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Use cases on model versions: list, show, create, activate (through the gate), deprecate. */
public interface ManageModelVersions {
    /** Command to create a new draft version. */
    record CreateModelVersion(ModelRef ref, ModelType type, Map<String, String> config, String description) {
        public CreateModelVersion {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(type, "type");
            config = Map.copyOf(Objects.requireNonNull(config, "config"));
            Objects.requireNonNull(description, "description");
        }
    }

    List<ModelVersion> list();

    Optional<ModelVersion> show(ModelRef ref);

    /** @throws IllegalArgumentException if the ref exists or the config is invalid */
    ModelVersion create(CreateModelVersion command);

    /**
     * Runs the activation gate on the version's latest evaluation run; on success the version becomes
     * active with the gate's evidence stored, otherwise it is unchanged and the refusal is returned.
     *
     * @throws IllegalArgumentException if the version is unknown, not in testing, or was never evaluated
     */
    ModelVersion.Activation activate(ModelRef ref);

    /** @throws IllegalArgumentException if the version is unknown or already deprecated */
    ModelVersion deprecate(ModelRef ref);
}
