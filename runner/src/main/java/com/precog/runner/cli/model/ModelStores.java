package com.precog.runner.cli.model;

import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.service.models.BuiltInModels;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Factory of the model stores the CLI uses. For now: JSON files under {@code $PRECOG_HOME/models}
 * (default {@code ~/.precog/models}), seeded with the built-in versions. The lead rewires this one
 * method to the PostgreSQL adapter.
 */
public final class ModelStores {
    private final ModelVersions versions;
    private final EvaluationRuns runs;

    private ModelStores(ModelVersions versions, EvaluationRuns runs) {
        this.versions = versions;
        this.runs = runs;
    }

    public ModelVersions versions() {
        return versions;
    }

    public EvaluationRuns runs() {
        return runs;
    }

    /** {@code $PRECOG_HOME} (or {@code ~/.precog}). */
    public static Path precogHome() {
        String home = System.getProperty("PRECOG_HOME", System.getenv("PRECOG_HOME"));
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".precog");
    }

    /** File stores under {@code home/models}, built-ins added when missing. */
    public static ModelStores open(Path home, Clock clock) {
        Path dir = home.resolve("models");
        ModelStores s = new ModelStores(new FileModelStores.Versions(dir), new FileModelStores.Runs(dir));
        BuiltInModels.seed(s.versions, clock);
        return s;
    }
}
