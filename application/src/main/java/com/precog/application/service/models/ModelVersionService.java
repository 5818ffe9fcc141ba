package com.precog.application.service.models;

import com.precog.application.port.in.models.ManageModelVersions;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Implements {@link ManageModelVersions} over the {@link ModelVersions} and {@link EvaluationRuns} ports. */
public final class ModelVersionService implements ManageModelVersions {
    private static final Logger log = LoggerFactory.getLogger(ModelVersionService.class);
    private final ModelVersions versions;
    private final EvaluationRuns runs;
    private final ActivationGate gate;
    private final Clock clock;

    public ModelVersionService(ModelVersions versions, EvaluationRuns runs, ActivationGate gate, Clock clock) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<ModelVersion> list() {
        return versions.list();
    }

    @Override
    public Optional<ModelVersion> show(ModelRef ref) {
        return versions.find(ref);
    }

    @Override
    public ModelVersion create(CreateModelVersion c) {
        ModelVersion v = ModelVersion.draft(c.ref(), c.type(), c.config(), c.description(), clock.instant());
        versions.add(v);
        log.info("created model version {} ({})", v.ref(), v.type().key());
        return v;
    }

    @Override
    public ModelVersion.Activation activate(ModelRef ref) {
        ModelVersion v = require(ref);
        v.requireMove(com.precog.domain.model.ModelStatus.ACTIVE);
        EvaluationRun run = runs.latest(ref).orElseThrow(() -> new IllegalArgumentException(
                "model version " + ref + " has no evaluation run; run 'precog model evaluate --model " + ref + " ...' first"));
        ModelVersion.Activation a = v.activate(gate, run.scores().toEvidence(v.type().phase(), run.id()), clock.instant());
        if (a instanceof ModelVersion.Activated act) {
            versions.update(act.version());
            log.info("activated model version {} on evaluation run {}", ref, run.id());
        } else {
            log.info("activation of {} refused on evaluation run {}", ref, run.id());
        }
        return a;
    }

    @Override
    public ModelVersion deprecate(ModelRef ref) {
        ModelVersion d = require(ref).deprecate(clock.instant());
        versions.update(d);
        log.info("deprecated model version {}", ref);
        return d;
    }

    private ModelVersion require(ModelRef ref) {
        return versions.find(ref).orElseThrow(() -> new IllegalArgumentException("model version " + ref + " does not exist"));
    }
}
