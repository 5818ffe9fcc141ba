package com.precog.runner.cli.ingame;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/data}: system property or env {@code PRECOG_SHARED_DATA}, else the first ancestor with a {@code shared/data} sibling. */
final class SharedData {
    private SharedData() {}

    static Path dir() {
        String v = System.getProperty("PRECOG_SHARED_DATA", System.getenv("PRECOG_SHARED_DATA"));
        if (v != null && !v.isBlank()) return Path.of(v);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared").resolve("data");
            if (Files.isDirectory(c)) return c;
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath() + "; set PRECOG_SHARED_DATA");
    }

    static Path pbp() {
        return dir().resolve("historical").resolve("nfl_pbp");
    }

    static Path season(int s) {
        return pbp().resolve("nfl_pbp_" + s + ".csv.gz");
    }
}
