package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.application.port.out.ingame.InMemoryHistoricalPlays;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPbpCommandTest {
    static List<String> lines2021; // header + first 3000 rows of the real 2021 file

    @TempDir
    Path dir;

    private InMemoryHistoricalPlays store = new InMemoryHistoricalPlays();

    @BeforeAll
    static void readSample() throws Exception {
        lines2021 = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SharedData.season(2021))), StandardCharsets.UTF_8))) {
            for (int i = 0; i <= 3000; i++) lines2021.add(r.readLine());
        }
    }

    private Path gz(String name, List<String> lines) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    private JsonNode json(Cli.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    private Cli.Run importing(String... args) {
        return importing(false, args);
    }

    private Cli.Run importing(boolean terminal, String... args) {
        ImportPbpCommand command = new ImportPbpCommand(() -> store);
        command.terminal = terminal;
        return Cli.run(command, args);
    }

    @Test
    void givenFile_import_storesEveryPlayAndReimportAddsNothing() throws Exception {
        Path f = gz("nfl_pbp_2021.csv.gz", lines2021);
        Cli.Run first = importing(f.toString(), "--json");
        assertThat(first.code()).isZero();
        assertThat(json(first).get("plays_added").asLong()).isEqualTo(3000);
        assertThat(store.count()).isEqualTo(3000);
        assertThat(first.err()).contains("100%").contains("nfl_pbp_2021.csv.gz");

        Cli.Run again = importing(dir.toString(), "--json");
        JsonNode j = json(again);
        assertThat(again.code()).isZero();
        assertThat(j.get("plays_read").asLong()).isEqualTo(3000);
        assertThat(j.get("plays_added").asLong()).isZero();
        assertThat(j.get("already_stored").asLong()).isEqualTo(3000);
        assertThat(store.count()).isEqualTo(3000);
    }

    @Test
    void givenMalformedRows_import_reportsFileAndLineSkipsAndCountsThem() throws Exception {
        List<String> lines = new ArrayList<>(lines2021.subList(0, 101));
        String[] f = lines.get(20).split(",", -1);
        f[6] = "Q1";
        lines.set(20, String.join(",", f));
        lines.set(30, "2021_01_ARI_TEN,2021,1,REG,TEN");
        Path file = gz("nfl_pbp_2021.csv.gz", lines);
        Cli.Run r = importing(file.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode j = json(r);
        long bad = j.get("malformed_rows").asLong();
        assertThat(bad).isEqualTo(2);
        assertThat(j.get("plays_added").asLong()).isEqualTo(100 - bad);
        assertThat(r.err()).contains(file + ":21: qtr is not an integer: 'Q1'");
        assertThat(r.err()).contains(file + ":31: 21 fields expected, found 5");
        // the rows after a skipped row keep their play order
        assertThat(store.inSeasons(2021, 2021).stream().filter(p -> p.gameId().equals("2021_01_ARI_TEN")).mapToInt(p -> p.playIndex()).max().orElseThrow())
                .isEqualTo(99);
    }

    @Test
    void givenFileTruncatedMidway_import_storesNothingOfItButImportsTheOthers() throws Exception {
        Path good = gz("nfl_pbp_2020.csv.gz", lines2021.subList(0, 201));
        Path whole = gz("nfl_pbp_2021.csv.gz", lines2021);
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(whole, Arrays.copyOf(bytes, bytes.length / 2)); // a gzip cut in half
        Cli.Run r = importing(dir.toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode j = json(r);
        assertThat(j.get("failed_files")).hasSize(1);
        assertThat(j.get("failed_files").get(0).get("file").asText()).isEqualTo(whole.toString());
        assertThat(j.get("failed_files").get(0).get("plays_read_before_failure").asLong()).isPositive();
        assertThat(j.get("plays_added").asLong()).isEqualTo(200);
        assertThat(store.count()).isEqualTo(200); // the 200 rows of the good file, none of the broken one
        assertThat(r.err()).contains("failed, nothing of it imported");
    }

    @Test
    void givenAnExtraQuotedColumnHoldingCommas_import_readsEveryRow() throws Exception {
        // an nflfastR-style desc column: "pass short left to J.Edelman, for 5 yards" made every row malformed (23 fields, not 22)
        List<String> lines = new ArrayList<>();
        lines.add(lines2021.get(0) + ",desc");
        for (String l : lines2021.subList(1, 1001)) lines.add(l + ",\"(14:55) T.Brady pass short left to J.Edelman, for 5 yards (tackle by \"\"X\"\")\"");
        Cli.Run r = importing(gz("nfl_pbp_2021.csv.gz", lines).toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = json(r);
        assertThat(j.get("malformed_rows").asLong()).isZero();
        assertThat(j.get("plays_added").asLong()).isEqualTo(1000);
    }

    @Test
    void givenAFailedFile_summary_countsOnlyThePlaysOfTheFilesImported_inWordsThatAgreeWithTheNumbers() throws Exception {
        Path good = gz("nfl_pbp_2020.csv.gz", lines2021.subList(0, 2));
        Path whole = gz("nfl_pbp_2021.csv.gz", lines2021);
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(whole, Arrays.copyOf(bytes, bytes.length / 2));
        Cli.Run r = importing(dir.toString(), "--json");
        JsonNode j = json(r);
        long failedReads = j.get("failed_files").get(0).get("plays_read_before_failure").asLong();
        assertThat(failedReads).isPositive();
        assertThat(j.get("plays_read").asLong()).as("the failed file's plays are not in plays_read").isEqualTo(1);
        assertThat(r.err()).as("no progress line says the failed file is done").contains("precog: nfl_pbp_2020.csv.gz: 100%, 1 play read")
                .doesNotContain("nfl_pbp_2021.csv.gz: 100%");
        assertThat(j.get("already_stored").asLong()).isZero();
        // plays_per_second × seconds is the 1 play imported (seconds are rounded to the millisecond), not the ~800 of the failed file
        assertThat(j.get("plays_per_second").asDouble() * j.get("seconds").asDouble()).isBetween(0.5, 1.5);
        assertThat(failedReads).isGreaterThan(100);

        store = new InMemoryHistoricalPlays();
        Cli.Run text = importing(dir.toString());
        assertThat(text.out()).startsWith("Imported 1 of 2 files (1 file failed, nothing of it stored): 1 play read, 1 added, 0 already stored, "
                + "0 malformed rows skipped (");
        Files.delete(whole);
        assertThat(importing(dir.toString()).out()).startsWith("Imported 1 file: 1 play read, 0 added, 1 already stored, 0 malformed rows skipped (");
    }

    @Test
    void givenAFolderWithoutPlayFiles_import_namesItWithoutListBrackets() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("emptydir"));
        Cli.Run r = importing(empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("PATH " + empty + " holds no play-by-play file").doesNotContain("[");
        Cli.Run two = importing(empty.toString(), empty.toString());
        assertThat(two.err()).contains("PATHs " + empty + ", " + empty + " hold no play-by-play file");
    }

    @Test
    void progress_isABarRedrawnWithCarriageReturnsOnATerminal_andPlainLinesOtherwise() throws Exception {
        Path f = gz("nfl_pbp_2021.csv.gz", lines2021);
        Cli.Run plain = importing(false, f.toString());
        assertThat(plain.err()).doesNotContain("\r").contains("precog: nfl_pbp_2021.csv.gz: 100%, 3,000 plays read");
        assertThat(plain.err().lines().filter(l -> l.contains("nfl_pbp_2021.csv.gz:"))).hasSize(1); // a short file: the final line only
        store = new InMemoryHistoricalPlays();
        Cli.Run tty = importing(true, f.toString());
        assertThat(tty.err()).contains("\r[").contains("100% nfl_pbp_2021.csv.gz 3,000 plays");
    }

    @Test
    void givenAPlainFileNamedGz_import_failsItWithAReasonNamingTheFileAndWhatIsWrong() throws Exception {
        Path f = dir.resolve("nfl_pbp_2021.csv.gz");
        Files.write(f, lines2021.subList(0, 11));
        Cli.Run r = importing(f.toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(json(r).get("failed_files").get(0).get("reason").asText())
                .startsWith(f + ": not a play-by-play file: its name ends in .gz but it is not gzip-compressed");
    }

    @Test
    void givenMissingPath_import_exitsWithBadInputNamingIt() {
        Cli.Run r = importing(dir.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv");
    }

    @Test
    void givenWrongHeader_import_failsThatFile() throws Exception {
        Path f = dir.resolve("nfl_pbp_1999.csv");
        Files.writeString(f, "a,b,c\n1,2,3\n");
        Cli.Run r = importing(f.toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a play-by-play file");
        assertThat(store.count()).isZero();
    }
}
