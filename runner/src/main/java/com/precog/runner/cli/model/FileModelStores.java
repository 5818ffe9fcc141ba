package com.precog.runner.cli.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * File-backed {@link ModelVersions} and {@link EvaluationRuns} under a directory (the CLI's store until
 * the PostgreSQL adapter is wired): {@code model-versions.json} holds every version, and each
 * evaluation run is one {@code evaluation-runs/<id>.json} with its predictions. Writes are atomic
 * (temp file + rename); one process at a time.
 */
final class FileModelStores {
    private FileModelStores() {}

    static final class Versions implements ModelVersions {
        private final Path file;

        Versions(Path dir) {
            this.file = dir.resolve("model-versions.json");
        }

        private TreeMap<ModelRef, ModelVersion> load() {
            TreeMap<ModelRef, ModelVersion> m = new TreeMap<>();
            if (!Files.exists(file)) return m;
            try {
                JsonNode root = ModelJson.MAPPER.readTree(file.toFile());
                for (JsonNode n : root.get("versions")) {
                    ModelVersion v = ModelJson.version(n);
                    m.put(v.ref(), v);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            return m;
        }

        private void store(TreeMap<ModelRef, ModelVersion> m) {
            var root = ModelJson.MAPPER.createObjectNode();
            ArrayNode arr = root.putArray("versions");
            m.values().forEach(v -> arr.add(ModelJson.version(v)));
            writeAtomically(file, root);
        }

        @Override
        public synchronized void add(ModelVersion version) {
            Objects.requireNonNull(version, "version");
            var m = load();
            if (m.containsKey(version.ref())) throw new IllegalArgumentException("model version " + version.ref() + " already exists");
            m.put(version.ref(), version);
            store(m);
        }

        @Override
        public synchronized Optional<ModelVersion> find(ModelRef ref) {
            return Optional.ofNullable(load().get(ref));
        }

        @Override
        public synchronized List<ModelVersion> list() {
            return List.copyOf(load().values());
        }

        @Override
        public synchronized void update(ModelVersion version) {
            var m = load();
            ModelVersion old = m.get(version.ref());
            if (old == null) throw new IllegalArgumentException("model version " + version.ref() + " does not exist");
            if (!old.sameDefinitionAs(version) || !old.createdAt().equals(version.createdAt())) {
                throw new IllegalArgumentException("model version " + version.ref() + " is immutable: type, config and creation time cannot change");
            }
            m.put(version.ref(), version);
            store(m);
        }
    }

    static final class Runs implements EvaluationRuns {
        private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,120}");
        private final Path dir;

        Runs(Path dir) {
            this.dir = dir.resolve("evaluation-runs");
        }

        private Path fileOf(String id) {
            if (!SAFE_ID.matcher(id).matches()) throw new IllegalArgumentException("evaluation run id must match [A-Za-z0-9._-]{1,120}, was " + id);
            return dir.resolve(id + ".json");
        }

        @Override
        public synchronized void save(EvaluationRun run) {
            Path f = fileOf(run.id());
            if (Files.exists(f)) throw new IllegalArgumentException("evaluation run " + run.id() + " already exists");
            writeAtomically(f, ModelJson.run(run));
        }

        @Override
        public synchronized Optional<EvaluationRun> find(String id) {
            if (!SAFE_ID.matcher(id).matches()) return Optional.empty();
            Path f = dir.resolve(id + ".json");
            return Files.exists(f) ? Optional.of(read(f)) : Optional.empty();
        }

        @Override
        public synchronized List<EvaluationRun> forModel(ModelRef model) {
            if (!Files.isDirectory(dir)) return List.of();
            List<EvaluationRun> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    EvaluationRun r = read(f);
                    if (r.model().equals(model)) out.add(r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.sort(Comparator.comparing(EvaluationRun::createdAt).reversed().thenComparing(EvaluationRun::id));
            return out;
        }

        private static EvaluationRun read(Path f) {
            try {
                return ModelJson.run(ModelJson.MAPPER.readTree(f.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
    }

    static void writeAtomically(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".store", ".tmp");
            ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
