package com.precog.runner.cli.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.service.ingame.ModelVersionsInGameModels;
import com.precog.domain.model.EvaluationRun;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what earlier releases kept as files under {@code $PRECOG_HOME/models} and adds what the database lacks
 * (nothing is lost on the move to PostgreSQL; the files are left in place, read-only for us):
 *
 * <ul>
 *   <li>{@code model-versions.json}: every version, with its status and gate evidence;
 *   <li>{@code evaluation-runs/<id>.json}: one run each, with its predictions;
 *   <li>{@code <name>/v<M>.<m>.model}: in-game versions of the first {@code fit-ingame} ({@code created_at: …},
 *       a blank line, the model text), imported as draft {@code in_game_logistic} versions.
 * </ul>
 *
 * Idempotent: a version whose ref is stored and a run whose id is stored are skipped (the database wins), so
 * it runs on every open at the cost of a directory listing and one indexed lookup per file.
 */
final class LegacyModelFiles {
    private static final Pattern RUN_FILE = Pattern.compile("[A-Za-z0-9._-]{1,120}\\.json");
    private static final Pattern MODEL_FILE = Pattern.compile("v[0-9]{1,6}\\.[0-9]{1,6}\\.model");

    private LegacyModelFiles() {}

    /** What one import added. */
    record Imported(int versions, int inGameVersions, int runs) {
        boolean any() {
            return versions + inGameVersions + runs > 0;
        }

        String describe(Path dir) {
            return "imported " + (versions + inGameVersions) + " model version(s) and " + runs + " evaluation run(s) from the file store "
                    + dir + " into PostgreSQL (the files are kept; they are no longer written)";
        }
    }

    static Imported importInto(Path dir, ModelVersions versions, EvaluationRuns runs) {
        if (!Files.isDirectory(dir)) return new Imported(0, 0, 0);
        int v = 0;
        Path versionsFile = dir.resolve("model-versions.json");
        if (Files.isRegularFile(versionsFile)) {
            for (JsonNode n : read(versionsFile).path("versions")) {
                ModelVersion version = ModelJson.version(n);
                if (versions.find(version.ref()).isEmpty()) {
                    versions.add(version);
                    v++;
                }
            }
        }
        int inGame = importInGameFiles(dir, versions);
        int r = 0;
        Path runsDir = dir.resolve("evaluation-runs");
        if (Files.isDirectory(runsDir)) {
            for (Path f : list(runsDir)) {
                String name = f.getFileName().toString();
                if (!RUN_FILE.matcher(name).matches() || !Files.isRegularFile(f)) continue;
                if (runs.exists(name.substring(0, name.length() - ".json".length()))) continue;
                EvaluationRun run = ModelJson.run(read(f));
                if (!runs.exists(run.id())) {
                    runs.save(run);
                    r++;
                }
            }
        }
        return new Imported(v, inGame, r);
    }

    private static int importInGameFiles(Path dir, ModelVersions versions) {
        int added = 0;
        for (Path folder : list(dir)) {
            String name = folder.getFileName().toString();
            if (!Files.isDirectory(folder) || !name.matches("[a-z][a-z0-9_]*") || name.equals("evaluation-runs")) continue;
            for (Path f : list(folder)) {
                String file = f.getFileName().toString();
                if (!MODEL_FILE.matcher(file).matches()) continue;
                ModelRef ref = ModelRef.of(name, file.substring(0, file.length() - ".model".length()));
                if (versions.find(ref).isPresent()) continue;
                String text;
                try {
                    text = Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
                }
                int blank = text.indexOf("\n\n");
                if (!text.startsWith("created_at: ") || blank < 0) throw new IllegalStateException(f + " is not a stored in-game model version");
                Instant created = Instant.parse(text.substring("created_at: ".length(), blank));
                versions.add(ModelVersion.draft(ref, ModelType.IN_GAME_LOGISTIC,
                        Map.of(ModelVersionsInGameModels.CONFIG_KEY, text.substring(blank + 2)), "NFL in-game win probability (fit-ingame)", created));
                added++;
            }
        }
        return added;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path f) {
        try {
            return ModelJson.MAPPER.readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
