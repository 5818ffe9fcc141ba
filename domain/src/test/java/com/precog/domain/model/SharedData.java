package com.precog.domain.model;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared reference data ({@code <ancestor>/shared/data}): system property or environment
 * variable {@code PRECOG_SHARED_DATA} first, else the first ancestor of the working directory with a
 * {@code shared/data} child.
 */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        String configured = System.getProperty("PRECOG_SHARED_DATA", System.getenv("PRECOG_SHARED_DATA"));
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
            p = p.getParent();
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath()
                + "; set PRECOG_SHARED_DATA");
    }

    public static Path historical(String file) {
        return dir().resolve("historical").resolve(file);
    }
}
