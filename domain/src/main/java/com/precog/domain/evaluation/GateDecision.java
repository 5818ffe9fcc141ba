package com.precog.domain.evaluation;

import java.util.List;
import java.util.Objects;

/** Outcome of the activation gate, with its evidence and every check (stored with the model version). Immutable. */
public sealed interface GateDecision permits GateDecision.Passed, GateDecision.Refused {
    /** {@return the evidence judged} */
    GateEvidence evidence();

    /** {@return every check, in the gate's order} */
    List<GateCheck> checks();

    /**
     * All criteria met.
     *
     * @param evidence the evidence judged
     * @param checks every check, all passed (copied)
     */
    record Passed(GateEvidence evidence, List<GateCheck> checks) implements GateDecision {
        /**
         * Validates the decision.
         *
         * @throws IllegalArgumentException if a check failed
         * @throws NullPointerException if the evidence or list is null
         */
        public Passed {
            Objects.requireNonNull(evidence, "evidence");
            checks = List.copyOf(checks);
            if (checks.stream().anyMatch(c -> !c.passed())) throw new IllegalArgumentException("a Passed decision has a failed check");
        }
    }

    /**
     * At least one criterion failed; {@link #failures()} says which and by how much.
     *
     * @param evidence the evidence judged
     * @param checks every check, at least one failed (copied)
     */
    record Refused(GateEvidence evidence, List<GateCheck> checks) implements GateDecision {
        /**
         * Validates the decision.
         *
         * @throws IllegalArgumentException if every check passed
         * @throws NullPointerException if the evidence or list is null
         */
        public Refused {
            Objects.requireNonNull(evidence, "evidence");
            checks = List.copyOf(checks);
            if (checks.stream().allMatch(GateCheck::passed)) throw new IllegalArgumentException("a Refused decision needs a failed check");
        }

        /** {@return the failed checks, in the gate's order} */
        public List<GateCheck> failures() {
            return checks.stream().filter(c -> !c.passed()).toList();
        }

        /** {@return a human reason, e.g. {@code refused: accuracy 0.5100 < 0.5200 (short by 0.0100); …}} */
        public String reason() {
            return "refused: " + String.join("; ", failures().stream().map(GateCheck::describe).toList());
        }
    }
}
