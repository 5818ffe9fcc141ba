package com.precog.application.port.out.models;

import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import java.util.List;
import java.util.Optional;

/** Where evaluation runs and their predictions are kept (tables {@code evaluation_runs}, {@code predictions}). */
public interface EvaluationRuns {
    /**
     * Stores a run with all its predictions.
     *
     * @throws IllegalArgumentException if a run with the same id exists
     */
    void save(EvaluationRun run);

    Optional<EvaluationRun> find(String id);

    /** Whether a run with that id is stored (without reading its predictions where the store can). */
    default boolean exists(String id) {
        return find(id).isPresent();
    }

    /** Runs of a model version, newest first (ties by id). */
    List<EvaluationRun> forModel(ModelRef model);

    /** Runs of a model version without their predictions, newest first (ties by id), as {@link #forModel}. */
    default List<EvaluationRunSummary> summaries(ModelRef model) {
        return forModel(model).stream().map(EvaluationRunSummary::of).toList();
    }

    /** The newest run of a model version. */
    default Optional<EvaluationRun> latest(ModelRef model) {
        return forModel(model).stream().findFirst();
    }
}
