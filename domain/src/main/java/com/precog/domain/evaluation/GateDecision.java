package com.precog.domain.evaluation;

import java.util.List;
import java.util.Objects;

/** Outcome of the activation gate, with its evidence and every check (stored with the model version). */
public sealed interface GateDecision permits GateDecision.Passed, GateDecision.Refused {
    GateEvidence evidence();

    List<GateCheck> checks();

    /** All criteria met. */
    record Passed(GateEvidence evidence, List<GateCheck> checks) implements GateDecision {
        public Passed {
            Objects.requireNonNull(evidence, "evidence");
            checks = List.copyOf(checks);
            if (checks.stream().anyMatch(c -> !c.passed())) throw new IllegalArgumentException("a Passed decision has a failed check");
        }
    }

    /** At least one criterion failed; {@link #failures()} says which and by how much. */
    record Refused(GateEvidence evidence, List<GateCheck> checks) implements GateDecision {
        public Refused {
            Objects.requireNonNull(evidence, "evidence");
            checks = List.copyOf(checks);
            if (checks.stream().allMatch(GateCheck::passed)) throw new IllegalArgumentException("a Refused decision needs a failed check");
        }

        public List<GateCheck> failures() {
            return checks.stream().filter(c -> !c.passed()).toList();
        }

        /** e.g. {@code refused: accuracy 0.5100 < 0.5200 (short by 0.0100); …}. */
        public String reason() {
            return "refused: " + String.join("; ", failures().stream().map(GateCheck::describe).toList());
        }
    }
}
