package com.precog.adapters.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Testcontainers PostgreSQL the tests use when a Docker engine is reachable. Kept apart from
 * {@link TestDatabase} so that no Testcontainers class is loaded on a machine without Docker.
 */
final class DockerPostgres {
    /** Same major version as the embedded binaries (zonky 17.x). */
    static final DockerImageName IMAGE = DockerImageName.parse("postgres:17-alpine");

    private DockerPostgres() {}

    /**
     * A cheap first look before asking Testcontainers (whose probe logs and takes time): a
     * {@code DOCKER_HOST} or a Docker socket at one of the usual places.
     */
    static boolean engineLikely(Map<String, String> env, Path userHome) {
        String host = env.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) return true;
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(userHome.resolve(".docker/run/docker.sock"))
                || Files.exists(userHome.resolve(".docker/desktop/docker.sock"));
    }

    /** Whether Testcontainers can reach a Docker engine. */
    static boolean engineAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Starts a container (stopped by Testcontainers' Ryuk when the JVM ends). */
    @SuppressWarnings("resource")
    static TestDatabase.Server start() {
        PostgreSQLContainer<?> pg = new PostgreSQLContainer<>(IMAGE);
        pg.start();
        return new TestDatabase.Server(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword(),
                "Testcontainers PostgreSQL " + IMAGE.asCanonicalNameString());
    }
}
