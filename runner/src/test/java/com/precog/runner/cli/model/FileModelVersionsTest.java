package com.precog.runner.cli.model;

import com.precog.application.port.out.models.ModelVersions;
import com.precog.application.port.out.models.ModelVersionsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file store passes the same contract as the in-memory fake (and, later, PostgreSQL). */
class FileModelVersionsTest extends ModelVersionsContract {
    @TempDir
    Path dir;

    @Override
    protected ModelVersions newStore() {
        return new FileModelStores.Versions(dir);
    }
}
