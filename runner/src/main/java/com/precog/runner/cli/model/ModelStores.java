package com.precog.runner.cli.model;

import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.models.ActivationDecisions;
import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.service.models.BuiltInModels;
import com.precog.runner.cli.db.SharedDatabase;
import com.precog.runner.config.CommandConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The model stores the CLI uses: PostgreSQL — the database {@code precog db}, the strategy CLI and the
 * daemon use (embedded under {@code $PRECOG_HOME/db}, or {@code PRECOG_DB_URL}); while a daemon owns the
 * embedded server, the command attaches to it ({@link SharedDatabase}), so a version activated here is the
 * one the running daemon reads. Versions in
 * {@code probability_models}, evaluation runs in {@code evaluation_runs} + {@code predictions}, gate
 * decisions in {@code model_activation_decisions}. Opening it imports what an earlier release kept as files
 * under {@code $PRECOG_HOME/models} ({@link LegacyModelFiles}, once: what is stored already is skipped), then
 * adds the built-in versions that are missing. Close it to release the database.
 */
public final class ModelStores implements AutoCloseable {
    private final ModelVersions versions;
    private final EvaluationRuns runs;
    private final ActivationDecisions decisions;
    private final Database database;

    private ModelStores(ModelVersions versions, EvaluationRuns runs, ActivationDecisions decisions, Database database) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.database = database;
    }

    public ModelVersions versions() {
        return versions;
    }

    public EvaluationRuns runs() {
        return runs;
    }

    /** Every activation-gate decision, passed or refused, with its evidence. */
    public ActivationDecisions decisions() {
        return decisions;
    }

    /**
     * Opens the database as {@code precog db} does (migrations applied; a running daemon's server when it owns
     * the embedded data directory), imports the file store of
     * {@code home/models} if one is left, and seeds the built-in versions.
     *
     * @param notices one line per import that did something (for stderr)
     */
    public static ModelStores open(Path home, Clock clock, Consumer<String> notices) {
        Database db = SharedDatabase.open();
        try {
            PersistenceAdapters p = new PersistenceAdapters(db, clock);
            ModelStores s = new ModelStores(p.modelVersions(), p.evaluationRuns(), p.activationDecisions(), db);
            s.prepare(home, clock, notices);
            return s;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void prepare(Path home, Clock clock, Consumer<String> notices) {
        // the files first: a built-in version an earlier release moved to testing or active keeps that state
        LegacyModelFiles.Imported imported = LegacyModelFiles.importInto(home.resolve("models"), versions, runs);
        if (imported.any()) notices.accept(imported.describe(home.resolve("models")));
        BuiltInModels.seed(versions, clock);
    }

    /**
     * The configuration in force for the model commands: the YAML files ({@link CommandConfig}) with this database's active
     * overrides of {@code precog config set} on top.
     *
     * @param configDir the {@code --config-dir} option, or null
     * @throws com.precog.application.config.InvalidConfigException with every problem of the files and overrides
     */
    public EffectiveConfig config(Path configDir) {
        return CommandConfig.load(configDir, new PersistenceAdapters(database, Clock.systemUTC()).configOverrides("precog-model"), Instant.now());
    }

    @Override
    public void close() {
        database.close();
    }
}
