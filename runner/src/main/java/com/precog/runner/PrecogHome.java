package com.precog.runner;

import java.nio.file.Path;

/**
 * {@code PRECOG_HOME} (default {@code ~/.precog}): embedded database, reports, recorded data. The one
 * place every command resolves it: a {@code precog.home} or {@code PRECOG_HOME} system property
 * (tests) wins over the environment variable.
 */
public final class PrecogHome {
    private PrecogHome() {}

    public static Path path() {
        for (String property : new String[] {"precog.home", "PRECOG_HOME"}) {
            String v = System.getProperty(property);
            if (v != null && !v.isBlank()) return Path.of(v);
        }
        String env = System.getenv("PRECOG_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".precog");
    }
}
