package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precog.application.port.out.ingame.InMemoryInGameModelVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fit-ingame and evaluate-ingame on the real play-by-play files, including the baseline oracle. */
class InGameCommandsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    static InMemoryInGameModelVersions versions = new InMemoryInGameModelVersions();
    static JsonNode fitted;

    @BeforeAll
    static void fitOn2020() throws Exception {
        Cli.Run r = Cli.run(new FitIngameCommand(() -> versions, CLOCK), "--name", "wp", "--plays", SharedData.pbp().toString(),
                "--seasons", "2020-2020", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        fitted = new ObjectMapper().readTree(r.out());
    }

    @Test
    void fit_storesANewVersionAndPrintsNameAtVersion() {
        assertThat(fitted.get("model").asText()).isEqualTo("wp@v1.0");
        assertThat(fitted.get("seasons").asText()).isEqualTo("2020");
        assertThat(fitted.get("games").asInt()).isEqualTo(269);
        assertThat(fitted.get("regulation").get("coefficients").get("lead_z").asDouble()).isPositive();
        assertThat(versions.find(com.precog.domain.model.ModelRef.parse("wp@v1.0"))).isPresent();
    }

    @Test
    void sameData_fitAgain_givesTheSameCoefficientsInANewVersion() throws Exception {
        Cli.Run r = Cli.run(new FitIngameCommand(() -> versions, CLOCK), "--name", "wp", "--plays",
                SharedData.season(2020).toString(), "--json");
        JsonNode again = new ObjectMapper().readTree(r.out());
        assertThat(again.get("model").asText()).startsWith("wp@").isNotEqualTo("wp@v1.0");
        assertThat(again.get("regulation")).isEqualTo(fitted.get("regulation"));
        assertThat(again.get("overtime")).isEqualTo(fitted.get("overtime"));
        var ref = com.precog.domain.model.ModelRef.parse(again.get("model").asText());
        assertThat(versions.find(ref).orElseThrow().config()).isEqualTo(versions.find(com.precog.domain.model.ModelRef.parse("wp@v1.0")).orElseThrow().config());
    }

    @Test
    void fit_onPlaysWithoutOvertime_usesTheNormalPriorForOvertimeAndSaysSo(@TempDir Path dir) throws Exception {
        assertThat(fitted.get("overtime").get("source").asText()).isEqualTo("fitted");
        // the first 3,000 rows of the real 2021 file without their overtime rows (qtr 5): a set of plays with no overtime play
        java.util.List<String> lines;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(SharedData.season(2021))), java.nio.charset.StandardCharsets.UTF_8))) {
            java.util.List<String> head = in.lines().limit(3_001).toList();
            lines = new java.util.ArrayList<>(head.subList(0, 1));
            head.stream().skip(1).filter(l -> Integer.parseInt(l.split(",", -1)[6]) <= 4).forEach(lines::add);
            assertThat(lines.size()).as("overtime rows removed").isLessThan(head.size());
        }
        Path f = dir.resolve("nfl_pbp_2021.csv");
        Files.write(f, lines);
        Cli.Run r = Cli.run(new FitIngameCommand(() -> versions, CLOCK), "--name", "nootp", "--plays", f.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("overtime").get("source").asText()).isEqualTo("normal_prior");
        assertThat(j.get("overtime").get("coefficients").get("lead_z").asDouble()).isEqualTo(1.702);
        assertThat(j.get("overtime").get("coefficients").get("poss_z").asDouble()).isZero();
        assertThat(r.err()).contains("no overtime play");
    }

    @Test
    void oracle_baselineOn2021And2022MatchesTheReferenceFigures() throws Exception {
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run(new EvaluateIngameCommand(() -> versions), "--model", "wp@v1.0", "--plays",
                SharedData.season(2021).toString(), SharedData.season(2022).toString(), "--json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("plays").asInt()).isEqualTo(91_378);
        assertThat(j.get("games").asInt()).isEqualTo(569);
        JsonNode b = j.get("baseline_normal");
        assertThat(b.get("brier").asDouble()).isCloseTo(0.1653, offset(0.0005));
        assertThat(b.get("log_loss").asDouble()).isCloseTo(0.5295, offset(0.0005));
        assertThat(b.get("ece").asDouble()).isCloseTo(0.0444, offset(0.0005));
        JsonNode m = j.get("model");
        assertThat(m.get("brier").asDouble()).isBetween(0.0, 0.25);
        assertThat(m.get("log_loss").asDouble()).isPositive();
        assertThat(m.get("ece").asDouble()).isBetween(0.0, 1.0);
        java.util.List<String> keys = new java.util.ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("plays", "games", "model", "baseline_normal");
        assertThat(ms).as("read + score 2 seasons, ms").isLessThan(30_000);
    }

    @Test
    void evaluate_writesAnHtmlReportWithReliabilityAndQuarters(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("r.html");
        Cli.Run r = Cli.run(new EvaluateIngameCommand(() -> versions), "--model", "wp@v1.0", "--plays",
                SharedData.season(2022).toString(), "--report", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("baseline_normal").contains("brier");
        assertThat(r.out()).contains("activation gate (SPEC §3, baseline as benchmark): passed");
        String text = Files.readString(html);
        assertThat(text).contains("Reliability diagram").contains("Brier by quarter").contains("<svg").contains("baseline_normal");
    }

    @Test
    void givenUnknownModel_evaluate_exitsWithBadInputNamingIt() {
        Cli.Run r = Cli.run(new EvaluateIngameCommand(() -> versions), "--model", "nope@v3.0", "--plays", SharedData.season(2022).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope@v3.0");
    }

    @Test
    void givenBadSeasons_fit_exitsWithBadInputNamingThem() {
        Cli.Run r = Cli.run(new FitIngameCommand(() -> versions, CLOCK), "--name", "wp", "--plays", SharedData.season(2022).toString(), "--seasons", "twenty");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("twenty");
    }

    @Test
    void givenSeasonsOutsideTheFiles_fit_exitsWithBadInput() {
        Cli.Run r = Cli.run(new FitIngameCommand(() -> versions, CLOCK), "--name", "wp", "--plays", SharedData.season(2022).toString(), "--seasons", "2010-2011");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("2010-2011");
    }

    @Test
    void givenAFileThatIsNotPlayByPlay_fitAndEvaluate_exitWithBadInputNamingIt(@TempDir Path dir) throws Exception {
        // a wrong --plays file is the operator's mistake (exit 2), as a missing one is; it was reported as a runtime failure (1)
        Path notPlays = Files.writeString(dir.resolve("book.json"), "{\"orderbook_fp\":{}}\n");
        Cli.Run fit = Cli.run(new FitIngameCommand(() -> versions, CLOCK), "--name", "wp", "--plays", notPlays.toString(), "--seasons", "2020-2020");
        assertThat(fit.code()).as(fit.err()).isEqualTo(2);
        assertThat(fit.err()).contains(notPlays.toString()).contains("not a play-by-play file");
        Cli.Run evaluate = Cli.run(new EvaluateIngameCommand(() -> versions), "--model", "wp@v1.0", "--plays", notPlays.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isEqualTo(2);
        assertThat(evaluate.err()).contains("not a play-by-play file");
    }
}
