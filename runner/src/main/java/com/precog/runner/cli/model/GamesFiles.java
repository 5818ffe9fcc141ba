package com.precog.runner.cli.model;

import com.precog.application.service.models.HistoricalGamesCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads a games CSV (spreadspoke format) with the team table: the file given, or the copy of
 * {@code nfl_teams.csv} bundled in the jar (adapters-espn resources, historical/).
 */
final class GamesFiles {
    static final String BUNDLED_TEAMS = "/historical/nfl_teams.csv"; // bundled once, in adapters-espn

    private GamesFiles() {}

    static HistoricalGamesCsv.Result load(Path games, Path teams) throws IOException {
        requireFile("--games", games);
        Map<String, String> ids;
        if (teams != null) {
            requireFile("--teams", teams);
            try (Reader r = Files.newBufferedReader(teams, StandardCharsets.UTF_8)) {
                ids = HistoricalGamesCsv.readTeams(r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--teams file " + teams + ": " + e.getMessage(), e);
            }
        } else {
            try (InputStream in = GamesFiles.class.getResourceAsStream(BUNDLED_TEAMS)) {
                if (in == null) throw new IllegalStateException("bundled team table " + BUNDLED_TEAMS + " is missing from the jar");
                ids = HistoricalGamesCsv.readTeams(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        HistoricalGamesCsv.Result res;
        try (Reader r = Files.newBufferedReader(games, StandardCharsets.UTF_8)) {
            res = HistoricalGamesCsv.read(r, ids);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--games file " + games + ": " + e.getMessage(), e);
        }
        if (res.games().isEmpty()) throw new IllegalArgumentException("--games file " + games + " has no finished game");
        return res;
    }

    /** A regular file: a folder or a missing path is named as such. */
    private static void requireFile(String option, Path file) {
        if (Files.isDirectory(file)) throw new IllegalArgumentException(option + " " + file + " is a folder, not a file");
        if (!Files.exists(file)) throw new IllegalArgumentException(option + " file " + file + " does not exist");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(option + " " + file + " is not a regular file");
    }
}
