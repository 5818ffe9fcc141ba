package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.application.port.out.models.InMemoryModelVersions;
import com.precog.application.port.out.models.ModelTestData;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelVersion;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What fit-ingame and evaluate-ingame make of their inputs: overlapping files, a name or version of another
 * model type in the shared store, files that are not what their name says, seasons the files lack, missing
 * spreads; on the first 3,000 plays of the real 2021 file, the versions in an in-memory shared store.
 */
class InGameInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static List<String> lines2021; // header + first 3000 rows of the real 2021 file
    static InMemoryModelVersions shared = new InMemoryModelVersions();
    static Path sampleDir;
    static Path sample;

    @BeforeAll
    static void fitOnASample(@TempDir Path tmp) throws Exception {
        lines2021 = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SharedData.season(2021))), StandardCharsets.UTF_8))) {
            for (int i = 0; i <= 3000; i++) lines2021.add(r.readLine());
        }
        sampleDir = Files.createDirectory(tmp.resolve("sample"));
        sample = Files.write(sampleDir.resolve("nfl_pbp_2021.csv"), lines2021);
        shared.add(ModelTestData.draft("elo_nfl@v1.0")); // a pre-game Elo model in the same store
        Cli.Run fit = fit("--name", "wp", "--plays", sample.toString(), "--json");
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(JSON.readTree(fit.out()).get("model").asText()).isEqualTo("wp@v1.0");
    }

    private static Cli.Run fit(String... args) {
        return Cli.run(new FitIngameCommand(() -> new InGameStores.TypedVersions(shared), InGameCommandsTest.CLOCK), args);
    }

    private static Cli.Run evaluate(String... args) {
        return Cli.run(new EvaluateIngameCommand(() -> new InGameStores.TypedVersions(shared)), args);
    }

    private static Path gz(Path f, List<String> lines) throws Exception {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void givenOverlappingInputs_fitAndEvaluate_readEachPlayOnce_andSaySo(@TempDir Path dir) throws Exception {
        // the same season as .csv and .csv.gz in one folder, that folder and a file inside it, the same file twice
        Path csv = Files.write(dir.resolve("nfl_pbp_2021.csv"), lines2021);
        Path gz = gz(dir.resolve("nfl_pbp_2021.csv.gz"), lines2021);
        JsonNode once = JSON.readTree(fit("--name", "once", "--plays", csv.toString(), "--json").out());
        Cli.Run twice = fit("--name", "twice", "--plays", dir.toString(), csv.toString(), "--json");
        assertThat(twice.code()).as(twice.err()).isZero();
        JsonNode t = JSON.readTree(twice.out());
        assertThat(t.get("plays").asInt()).isEqualTo(once.get("plays").asInt()).isEqualTo(3000);
        assertThat(t.get("duplicate_plays").asInt()).isEqualTo(3000);
        assertThat(once.get("duplicate_plays").asInt()).isZero();
        assertThat(t.get("regulation")).as("not double-weighted").isEqualTo(once.get("regulation"));
        assertThat(twice.err()).contains("precog: " + csv + " is given more than once; read once")
                .contains("precog: " + gz + ": ").contains(" games (3,000 plays) already read from " + csv + "; skipped");

        JsonNode single = JSON.readTree(evaluate("--model", "wp@v1.0", "--plays", csv.toString(), "--json").out());
        Cli.Run doubled = evaluate("--model", "wp@v1.0", "--plays", csv.toString(), csv.toString(), dir.toString(), "--json");
        assertThat(doubled.code()).as(doubled.err()).isZero();
        JsonNode d = JSON.readTree(doubled.out());
        assertThat(d).isEqualTo(single);
        List<String> keys = new ArrayList<>();
        d.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("plays", "games", "model", "baseline_normal");
        assertThat(evaluate("--model", "wp@v1.0", "--plays", dir.toString()).out()).contains("duplicate plays skipped: 3000;");
    }

    @Test
    void givenTheNameOfAModelOfAnotherType_fit_isRefusedNamingTheType() {
        Cli.Run r = fit("--name", "elo_nfl", "--plays", sample.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("precog: the name elo_nfl belongs to a model of type elo (elo_nfl@v1.0); "
                + "in-game models are of type in_game_logistic: choose another --name");
        assertThat(shared.list()).extracting(ModelVersion::ref).doesNotContain(ModelRef.parse("elo_nfl@v1.1"));
    }

    @Test
    void givenAVersionOfAnotherModelType_evaluate_saysWhatItIs() {
        Cli.Run r = evaluate("--model", "elo_nfl@v1.0", "--plays", sample.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("model elo_nfl@v1.0 is a model of type elo, not an in-game model (type in_game_logistic)")
                .doesNotContain("not stored");
        assertThat(evaluate("--model", "elo_nfl@v9.0", "--plays", sample.toString()).err()).contains("elo_nfl@v9.0 is not stored");
    }

    @Test
    void givenAPlainFileNamedGz_evaluate_namesTheFileAndWhatIsWrong(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("nfl_pbp_2022.csv.gz"), lines2021.subList(0, 11));
        Cli.Run r = evaluate("--model", "wp@v1.0", "--plays", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ": not a play-by-play file: its name ends in .gz but it is not gzip-compressed");
    }

    @Test
    void givenARefusingGate_evaluate_saysRefusedOnce(@TempDir Path dir) throws Exception {
        Path few = Files.write(dir.resolve("nfl_pbp_2021.csv"), lines2021.subList(0, 41)); // under the gate's 100 predictions
        Cli.Run r = evaluate("--model", "wp@v1.0", "--plays", few.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("activation gate (SPEC §3, baseline as benchmark): refused: ").doesNotContain("refused: refused:");
    }

    @Test
    void givenSeasonsPartlyOutsideTheFiles_fit_goesOnAndWarnsNamingThem() throws Exception {
        Cli.Run r = fit("--name", "partly", "--plays", sample.toString(), "--seasons", "2019-2022", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("plays").asInt()).isEqualTo(3000);
        assertThat(r.err()).contains("precog: seasons 2019-2020, 2022 are not in the files (they hold 2021); fitting on the other seasons of 2019-2022");
        Cli.Run one = fit("--name", "partly", "--plays", sample.toString(), "--seasons", "2021-2022");
        assertThat(one.err()).contains("precog: season 2022 is not in the files (they hold 2021)");
        Cli.Run all = fit("--name", "partly", "--plays", sample.toString(), "--seasons", "2021");
        assertThat(all.err()).doesNotContain("not in the files");
    }

    @Test
    void givenFilesWithoutPlays_fit_saysSo(@TempDir Path dir) throws Exception {
        Path headerOnly = Files.write(dir.resolve("nfl_pbp_2021.csv"), lines2021.subList(0, 1));
        Cli.Run r = fit("--name", "empty", "--plays", headerOnly.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("precog: the files hold no plays (1 file read)");
        assertThat(r.err()).doesNotContain("1900");
    }

    @Test
    void givenPlaysWithoutASpread_evaluate_countsThemInTheTextOutput(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(lines2021.subList(0, 1001));
        int spread = List.of(lines.get(0).split(",")).indexOf("spread_line");
        int noSpread = 0;
        for (int i = 1; i <= 200; i++) {
            String[] f = lines.get(i).split(",", -1);
            f[spread] = "";
            lines.set(i, String.join(",", f));
            if (Integer.parseInt(f[6]) <= 4 && !f[20].equalsIgnoreCase("TIMEOUT")) noSpread++;
        }
        Path f = Files.write(dir.resolve("nfl_pbp_2021.csv"), lines);
        Cli.Run r = evaluate("--model", "wp@v1.0", "--plays", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(noSpread).isPositive();
        assertThat(r.out()).contains("scored plays without a closing spread (spread_line missing): " + noSpread + "; baseline_normal takes s = 0");
        assertThat(evaluate("--model", "wp@v1.0", "--plays", sample.toString()).out()).doesNotContain("without a closing spread");
    }
}
