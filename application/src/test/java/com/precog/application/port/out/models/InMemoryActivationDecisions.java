package com.precog.application.port.out.models;

import com.precog.domain.model.ModelRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link ActivationDecisions} in memory. Thread-safe. */
public final class InMemoryActivationDecisions implements ActivationDecisions {
    private final List<ActivationDecision> decisions = new ArrayList<>();

    @Override
    public synchronized void record(ActivationDecision decision) {
        decisions.add(Objects.requireNonNull(decision, "decision"));
    }

    @Override
    public synchronized List<ActivationDecision> forModel(ModelRef model) {
        List<ActivationDecision> out = new ArrayList<>();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).model().equals(model)) out.add(decisions.get(i));
        }
        out.sort(java.util.Comparator.comparing(ActivationDecision::decidedAt).reversed()); // stable: same instant keeps newest first
        return out;
    }
}
