package com.precog.runner;

import java.nio.file.Path;

/** {@code PRECOG_HOME} (default {@code ~/.precog}): embedded database, reports, recorded data. */
public final class PrecogHome {
    private PrecogHome() {}

    public static Path path() {
        String env = System.getProperty("PRECOG_HOME", System.getenv("PRECOG_HOME")); // a system property wins (tests)
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".precog");
    }
}
