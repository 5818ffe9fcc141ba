package com.precog.adapters.espn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared reference data ({@code <ancestor>/shared/data}): system property or env
 * {@code PRECOG_SHARED_DATA} first, else walking up from the working directory.
 */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        String explicit = System.getProperty("PRECOG_SHARED_DATA", System.getenv("PRECOG_SHARED_DATA"));
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath() + "; set PRECOG_SHARED_DATA");
    }

    public static Path path(String relative) {
        return dir().resolve(relative);
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource of this module (e.g. {@code espn/ncaaf-scoreboard-synthetic-20220917.json}). */
    public static String resource(String name) {
        try (var in = SharedData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String NFL_LIVE = "espn/nfl-scoreboard-live-2022wk1.json";
    public static final String NHL_LIVE = "espn/nhl-scoreboard-live.json";
    public static final String NCAAF_SYNTHETIC = "espn/ncaaf-scoreboard-synthetic-20220917.json";
}
