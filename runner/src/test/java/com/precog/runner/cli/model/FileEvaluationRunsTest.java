package com.precog.runner.cli.model;

import com.precog.application.port.out.models.EvaluationRuns;
import com.precog.application.port.out.models.EvaluationRunsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file store passes the same contract as the in-memory fake (and, later, PostgreSQL). */
class FileEvaluationRunsTest extends EvaluationRunsContract {
    @TempDir
    Path dir;

    @Override
    protected EvaluationRuns newStore() {
        return new FileModelStores.Runs(dir);
    }
}
