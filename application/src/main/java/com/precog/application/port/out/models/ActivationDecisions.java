package com.precog.application.port.out.models;

import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.model.ModelRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every activation-gate decision taken on a model version, passed or refused, with its evidence (which
 * criterion failed and by how much). Append-only (table {@code model_activation_decisions}).
 */
public interface ActivationDecisions {
    /**
     * One decision of the gate.
     *
     * @param model     the version the operator tried to activate
     * @param decision  the gate's decision with its evidence and every check
     * @param decidedAt when
     */
    record ActivationDecision(ModelRef model, GateDecision decision, Instant decidedAt) {
        public ActivationDecision {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }

        /** {@return true when the gate let the version through} */
        public boolean passed() {
            return decision instanceof GateDecision.Passed;
        }
    }

    /** Appends a decision. */
    void record(ActivationDecision decision);

    /** Decisions on one version, newest first. */
    List<ActivationDecision> forModel(ModelRef model);

    /** Keeps nothing (for callers that do not store decisions). */
    ActivationDecisions NONE = new ActivationDecisions() {
        @Override
        public void record(ActivationDecision decision) {
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public List<ActivationDecision> forModel(ModelRef model) {
            return List.of();
        }
    };
}
