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
 * {@code nfl_teams.csv} bundled in the jar.
 */
final class GamesFiles {
    static final String BUNDLED_TEAMS = "/com/precog/runner/cli/model/nfl_teams.csv";

    private GamesFiles() {}

    static HistoricalGamesCsv.Result load(Path games, Path teams) throws IOException {
        if (!Files.isRegularFile(games)) throw new IllegalArgumentException("--games file " + games + " does not exist");
        Map<String, String> ids;
        if (teams != null) {
            if (!Files.isRegularFile(teams)) throw new IllegalArgumentException("--teams file " + teams + " does not exist");
            try (Reader r = Files.newBufferedReader(teams, StandardCharsets.UTF_8)) {
                ids = HistoricalGamesCsv.readTeams(r);
            }
        } else {
            try (InputStream in = GamesFiles.class.getResourceAsStream(BUNDLED_TEAMS)) {
                if (in == null) throw new IllegalStateException("bundled team table " + BUNDLED_TEAMS + " is missing from the jar");
                ids = HistoricalGamesCsv.readTeams(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        try (Reader r = Files.newBufferedReader(games, StandardCharsets.UTF_8)) {
            HistoricalGamesCsv.Result res = HistoricalGamesCsv.read(r, ids);
            if (res.games().isEmpty()) throw new IllegalArgumentException("--games file " + games + " has no finished game");
            return res;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--games file " + games + ": " + e.getMessage(), e);
        }
    }
}
