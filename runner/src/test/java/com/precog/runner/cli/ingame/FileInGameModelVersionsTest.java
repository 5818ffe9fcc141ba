package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.InGameModelVersionsContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInGameModelVersionsTest extends InGameModelVersionsContract {
    @TempDir
    Path dir;

    @Override
    protected InGameModelVersions newStore() {
        return new FileInGameModelVersions(dir);
    }

    @Test
    void storedVersionIsAReadOnlyFileAndSurvivesANewStoreInstance() throws Exception {
        new FileInGameModelVersions(dir).create("wp", "config\n", Instant.parse("2026-01-01T00:00:00Z"));
        Path f = dir.resolve("wp").resolve("v1.0.model");
        assertThat(Files.getPosixFilePermissions(f)).doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(new FileInGameModelVersions(dir).find(com.precog.domain.model.ModelRef.parse("wp@v1.0")).orElseThrow().config()).isEqualTo("config\n");
        assertThat(new FileInGameModelVersions(dir).create("wp", "again", Instant.EPOCH).ref().toString()).isEqualTo("wp@v1.1");
    }
}
