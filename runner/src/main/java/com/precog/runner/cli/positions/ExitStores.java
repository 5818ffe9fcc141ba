package com.precog.runner.cli.positions;

import java.nio.file.Path;

/** Where the CLI finds the exit store: {@code -Dprecog.home}, else {@code $PRECOG_HOME}, else {@code ~/.precog}. */
public final class ExitStores {
    private ExitStores() {}

    public static Path home() {
        String prop = System.getProperty("precog.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("PRECOG_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".precog");
    }

    public static FileExitStore open() {
        return FileExitStore.under(home());
    }
}
