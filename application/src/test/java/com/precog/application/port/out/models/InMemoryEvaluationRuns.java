package com.precog.application.port.out.models;

import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link EvaluationRuns} in memory. Thread-safe. */
public final class InMemoryEvaluationRuns implements EvaluationRuns {
    private final Map<String, EvaluationRun> runs = new LinkedHashMap<>();

    @Override
    public synchronized void save(EvaluationRun run) {
        Objects.requireNonNull(run, "run");
        if (runs.containsKey(run.id())) throw new IllegalArgumentException("evaluation run " + run.id() + " already exists");
        runs.put(run.id(), run);
    }

    @Override
    public synchronized Optional<EvaluationRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized List<EvaluationRun> forModel(ModelRef model) {
        return runs.values().stream().filter(r -> r.model().equals(model))
                .sorted(Comparator.comparing(EvaluationRun::createdAt).reversed().thenComparing(EvaluationRun::id))
                .toList();
    }
}
