package com.precog.domain.model;

import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.evaluation.GateEvidence;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One immutable model version (SPEC §6): reference (name + version), type and configuration never
 * change; the lifecycle status, its timestamps and the activation evidence do, each change producing a
 * new value. The configuration is a sorted map of text keys to text values (interpreted by
 * {@link PreGameModelSpec} for pre-game types). Immutable.
 *
 * @param ref the name and version
 * @param type the model type
 * @param config the configuration (sorted and copied; no null key or value)
 * @param description what the version is, for people
 * @param status the lifecycle status
 * @param createdAt when the version was created
 * @param statusChangedAt when the status last changed, not before {@code createdAt}
 * @param activationEvidence the gate decision that activated it; present whenever the status is ACTIVE
 */
public record ModelVersion(ModelRef ref, ModelType type, Map<String, String> config, String description, ModelStatus status,
                           Instant createdAt, Instant statusChangedAt, Optional<GateDecision.Passed> activationEvidence) {
    /**
     * Validates the version and sorts the configuration.
     *
     * @throws IllegalArgumentException if the status changed before creation or an active version lacks its evidence
     * @throws NullPointerException if a component, key or value is null
     */
    public ModelVersion {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        Objects.requireNonNull(activationEvidence, "activationEvidence");
        TreeMap<String, String> sorted = new TreeMap<>();
        config.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, "config key"), Objects.requireNonNull(v, "config[" + k + "]")));
        config = Collections.unmodifiableSortedMap(sorted);
        if (statusChangedAt.isBefore(createdAt)) throw new IllegalArgumentException("statusChangedAt must not be before createdAt");
        if (status == ModelStatus.ACTIVE && activationEvidence.isEmpty()) {
            throw new IllegalArgumentException("an active version needs its activation evidence");
        }
    }

    /**
     * A new draft. Pre-game types have their configuration validated now.
     *
     * @param ref the name and version
     * @param type the model type
     * @param config the configuration
     * @param description what the version is
     * @param now the creation time
     * @return the draft
     * @throws IllegalArgumentException if a pre-game configuration is invalid (the key is named)
     */
    public static ModelVersion draft(ModelRef ref, ModelType type, Map<String, String> config, String description, Instant now) {
        if (type.phase() == com.precog.domain.evaluation.ModelPhase.PRE_GAME) PreGameModelSpec.parse(type, config);
        return new ModelVersion(ref, type, config, description, ModelStatus.DRAFT, now, now, Optional.empty());
    }

    /**
     * Compares the immutable part.
     *
     * @param other another version
     * @return {@code true} when ref, type and configuration are equal
     */
    public boolean sameDefinitionAs(ModelVersion other) {
        return ref.equals(other.ref) && type == other.type && config.equals(other.config);
    }

    /**
     * draft → testing.
     *
     * @param now the time of the change (never before the previous change)
     * @return the version in testing
     * @throws IllegalArgumentException if the version is not a draft
     */
    public ModelVersion startTesting(Instant now) {
        return moveTo(ModelStatus.TESTING, now, activationEvidence);
    }

    /**
     * any → deprecated (except deprecated).
     *
     * @param now the time of the change
     * @return the deprecated version
     * @throws IllegalArgumentException if it is already deprecated
     */
    public ModelVersion deprecate(Instant now) {
        return moveTo(ModelStatus.DEPRECATED, now, activationEvidence);
    }

    /** Result of an activation attempt. */
    public sealed interface Activation permits Activated, Refused {}

    /**
     * The gate passed.
     *
     * @param version the now active version
     * @param decision the gate's decision, stored with it
     */
    public record Activated(ModelVersion version, GateDecision.Passed decision) implements Activation {}

    /**
     * The gate refused.
     *
     * @param version the unchanged version
     * @param decision the refusal, naming the failed criteria
     */
    public record Refused(ModelVersion version, GateDecision.Refused decision) implements Activation {}

    /**
     * testing → active if the gate passes on the evidence (stored with the version); otherwise the version
     * is unchanged and the refusal says which criteria failed and by how much.
     *
     * @param gate the activation gate
     * @param evidence the evidence to judge
     * @param now the time of the change
     * @return {@link Activated} or {@link Refused}
     * @throws IllegalArgumentException when the version is not in testing
     */
    public Activation activate(ActivationGate gate, GateEvidence evidence, Instant now) {
        requireMove(ModelStatus.ACTIVE);
        GateDecision d = gate.evaluate(evidence);
        return switch (d) {
            case GateDecision.Passed p -> new Activated(moveTo(ModelStatus.ACTIVE, now, Optional.of(p)), p);
            case GateDecision.Refused r -> new Refused(this, r);
        };
    }

    /**
     * Checks a lifecycle move.
     *
     * @param target the status to move to
     * @throws IllegalArgumentException naming both statuses when the lifecycle forbids the move
     */
    public void requireMove(ModelStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalArgumentException("cannot move " + ref + " from " + status.key() + " to " + target.key()
                    + " (lifecycle: draft -> testing -> active -> deprecated)");
        }
    }

    private ModelVersion moveTo(ModelStatus target, Instant now, Optional<GateDecision.Passed> evidence) {
        requireMove(target);
        Instant at = now.isBefore(statusChangedAt) ? statusChangedAt : now;
        return new ModelVersion(ref, type, config, description, target, createdAt, at, evidence);
    }
}
