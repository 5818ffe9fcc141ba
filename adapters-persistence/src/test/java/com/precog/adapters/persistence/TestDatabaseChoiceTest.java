package com.precog.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.adapters.persistence.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which PostgreSQL the tests get: URL, then Testcontainers when Docker answers, then embedded. */
class TestDatabaseChoiceTest {

    @Test
    void aGivenUrlWinsWithoutProbingDocker() {
        AtomicInteger probes = new AtomicInteger();
        Kind k = TestDatabase.choose(Optional.of("jdbc:postgresql://db/x"), "auto",
                () -> { probes.incrementAndGet(); return true; }, () -> { probes.incrementAndGet(); return true; });
        assertThat(k).isEqualTo(Kind.URL);
        assertThat(probes).hasValue(0);
    }

    @Test
    void autoTakesDockerOnlyWhenTheEngineIsLikelyAndAnswers() {
        assertThat(TestDatabase.choose(Optional.empty(), "auto", () -> true, () -> true)).isEqualTo(Kind.DOCKER);
        assertThat(TestDatabase.choose(Optional.empty(), "auto", () -> true, () -> false)).isEqualTo(Kind.EMBEDDED);
        AtomicInteger slowProbe = new AtomicInteger();
        assertThat(TestDatabase.choose(Optional.empty(), "", () -> false, () -> { slowProbe.incrementAndGet(); return true; }))
                .isEqualTo(Kind.EMBEDDED);
        assertThat(slowProbe).as("Testcontainers is not asked when no engine is in sight").hasValue(0);
    }

    @Test
    void modeForcesAKindAndRejectsUnknownValues() {
        assertThat(TestDatabase.choose(Optional.empty(), "EMBEDDED", () -> true, () -> true)).isEqualTo(Kind.EMBEDDED);
        assertThat(TestDatabase.choose(Optional.empty(), "docker", () -> false, () -> false)).isEqualTo(Kind.DOCKER);
        assertThatThrownBy(() -> TestDatabase.choose(Optional.empty(), "podman", () -> true, () -> true))
                .hasMessageContaining("PRECOG_TEST_DB must be auto, docker or embedded, not 'podman'");
    }

    @Test
    void engineIsLikelyFromDockerHostOrASocketUnderHome(@TempDir Path home) throws Exception {
        boolean systemSocket = Files.exists(Path.of("/var/run/docker.sock"));
        assertThat(DockerPostgres.engineLikely(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), home)).isTrue();
        assertThat(DockerPostgres.engineLikely(Map.of("DOCKER_HOST", " "), home)).isEqualTo(systemSocket);
        Files.createDirectories(home.resolve(".docker/run"));
        Files.createFile(home.resolve(".docker/run/docker.sock"));
        assertThat(DockerPostgres.engineLikely(Map.of(), home)).isTrue();
    }

    @Test
    void theImageMatchesTheEmbeddedMajorVersion() {
        assertThat(DockerPostgres.IMAGE.getVersionPart()).startsWith("17");
    }
}
