package com.precog.runner.cli.model;

import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Throw-away in-memory stores: {@code model compare} evaluates on a copy so that nothing is stored or moved. */
record ScratchModelStores(ModelVersions versions, EvaluationRuns runs) {
    static ScratchModelStores copyOf(ModelVersions source) {
        Versions v = new Versions();
        source.list().forEach(v::add);
        return new ScratchModelStores(v, new Runs());
    }

    private static final class Versions implements ModelVersions {
        private final TreeMap<ModelRef, ModelVersion> map = new TreeMap<>();

        @Override
        public void add(ModelVersion version) {
            if (map.putIfAbsent(version.ref(), version) != null) throw new IllegalArgumentException("model version " + version.ref() + " already exists");
        }

        @Override
        public Optional<ModelVersion> find(ModelRef ref) {
            return Optional.ofNullable(map.get(ref));
        }

        @Override
        public List<ModelVersion> list() {
            return List.copyOf(map.values());
        }

        @Override
        public void update(ModelVersion version) {
            ModelVersion old = map.get(version.ref());
            if (old == null) throw new IllegalArgumentException("model version " + version.ref() + " does not exist");
            if (!old.sameDefinitionAs(version)) throw new IllegalArgumentException("model version " + version.ref() + " is immutable");
            map.put(version.ref(), version);
        }
    }

    private static final class Runs implements EvaluationRuns {
        private final List<EvaluationRun> runs = new ArrayList<>();

        @Override
        public void save(EvaluationRun run) {
            if (find(run.id()).isPresent()) throw new IllegalArgumentException("evaluation run " + run.id() + " already exists");
            runs.add(run);
        }

        @Override
        public Optional<EvaluationRun> find(String id) {
            return runs.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public List<EvaluationRun> forModel(ModelRef model) {
            return runs.stream().filter(r -> r.model().equals(model))
                    .sorted(Comparator.comparing(EvaluationRun::createdAt).reversed().thenComparing(EvaluationRun::id)).toList();
        }
    }
}
