package com.precog.application.service.models;

import com.precog.application.port.in.models.ManageModelVersions;
import com.precog.application.port.out.models.ActivationDecisions;
import com.precog.application.port.out.models.EvaluationRunSummary;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import com.precog.domain.model.PreGameModelSpec;
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
    private final ActivationDecisions decisions;

    /** Without a record of gate decisions (only a passed gate's evidence is kept, with the version). */
    public ModelVersionService(ModelVersions versions, EvaluationRuns runs, ActivationGate gate, Clock clock) {
        this(versions, runs, gate, clock, ActivationDecisions.NONE);
    }

    /** @param decisions where every gate decision (passed or refused) is appended with its evidence */
    public ModelVersionService(ModelVersions versions, EvaluationRuns runs, ActivationGate gate, Clock clock, ActivationDecisions decisions) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
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
        requireCanForecast(v);
        versions.add(v);
        log.info("created model version {} ({})", v.ref(), v.type().key());
        return v;
    }

    /**
     * A version is immutable: one whose configuration parses but can never become a model (an ensemble with no
     * positive weight on any pre-game member) would stay in the store unusable. Building the model once on no history
     * applies the domain's own rule now, at creation, instead of at the first evaluation.
     */
    private static void requireCanForecast(ModelVersion v) {
        if (v.type().phase() != ModelPhase.PRE_GAME) return;
        try {
            PreGameModelSpec.parse(v.type(), v.config()).train(List.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model version " + v.ref() + " could never forecast: " + e.getMessage(), e);
        }
    }

    @Override
    public ModelVersion.Activation activate(ModelRef ref) {
        ModelVersion v = require(ref);
        v.requireMove(com.precog.domain.model.ModelStatus.ACTIVE);
        EvaluationRunSummary run = runs.summaries(ref).stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                "model version " + ref + " has no evaluation run; run 'precog model evaluate --model " + ref + " ...' first"));
        java.time.Instant now = clock.instant();
        ModelVersion.Activation a = v.activate(gate, run.scores().toEvidence(v.type().phase(), run.id()), now);
        if (a instanceof ModelVersion.Activated act) {
            versions.update(act.version());
            decisions.record(new ActivationDecisions.ActivationDecision(ref, act.decision(), now));
            log.info("activated model version {} on evaluation run {}", ref, run.id());
        } else if (a instanceof ModelVersion.Refused refused) {
            decisions.record(new ActivationDecisions.ActivationDecision(ref, refused.decision(), now));
            log.info("activation of {} refused on evaluation run {}: {}", ref, run.id(), refused.decision().reason());
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
