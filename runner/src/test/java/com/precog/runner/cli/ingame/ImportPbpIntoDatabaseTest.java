package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.runner.cli.PrecogCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code precog data import-pbp} as registered in the composition root: the embedded PostgreSQL under PRECOG_HOME. */
class ImportPbpIntoDatabaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS = 400;

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {}

    private static Run precog(String... args) {
        CommandLine cl = PrecogCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("PRECOG_HOME");
    }

    /** Header and the first {@code ROWS} plays of the real 2022 file. */
    private Path sample() throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SharedData.season(2022))), StandardCharsets.UTF_8))) {
            for (int i = 0; i <= ROWS; i++) lines.add(r.readLine());
        }
        Path f = temp.resolve("nfl_pbp_2022.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void givenRealPlays_importTwiceIntoTheEmbeddedDatabase_storesThemOnceAndTheDatabaseKeepsThem() throws Exception {
        System.setProperty("PRECOG_HOME", temp.resolve("home").toString());
        Path file = sample();

        Run first = precog("data", "import-pbp", file.toString(), "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode j1 = JSON.readTree(first.out());
        assertThat(j1.get("plays_read").asLong()).isEqualTo(ROWS);
        assertThat(j1.get("plays_added").asLong()).isEqualTo(ROWS - j1.get("malformed_rows").asLong()).isPositive();

        Run again = precog("data", "import-pbp", file.toString(), "--json");
        assertThat(again.exit()).as(again.err()).isZero();
        JsonNode j2 = JSON.readTree(again.out());
        assertThat(j2.get("plays_read").asLong()).isEqualTo(ROWS);
        assertThat(j2.get("plays_added").asLong()).isZero();
        assertThat(j2.get("already_stored").asLong()).isEqualTo(ROWS);

        // the database was closed by each run; reopening it shows the plays survived, stored once
        Run status = precog("db", "status", "--json");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(JSON.readTree(status.out()).get("row_counts").get("historical_plays").asLong()).isEqualTo(j1.get("plays_added").asLong());
    }
}
