package com.precog.adapters.kalshi.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code shared/data}: system property or env {@code PRECOG_SHARED_DATA}, else the first
 * ancestor of the working directory that has a {@code shared/data} child or sibling.
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> find() {
        String explicit = System.getProperty("PRECOG_SHARED_DATA", System.getenv("PRECOG_SHARED_DATA"));
        if (explicit != null && !explicit.isBlank() && Files.isDirectory(Path.of(explicit))) return Optional.of(Path.of(explicit));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    public static Path dir() {
        return find().orElseThrow(() -> new IllegalStateException("shared/data not found; set PRECOG_SHARED_DATA"));
    }

    /** A file under {@code shared/data/kalshi}. */
    public static Path kalshi(String file) {
        return dir().resolve("kalshi").resolve(file);
    }

    public static String kalshiText(String file) {
        try {
            return Files.readString(kalshi(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
