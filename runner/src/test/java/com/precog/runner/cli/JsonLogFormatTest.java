package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log-format json}: every line on stderr is one JSON object — the log lines, and what commands write there
 * themselves: the {@code precog: …} messages, usage errors, a usage printed for bad usage, configuration problems,
 * progress. Before, those were plain text beside the JSON log lines, and the progress bars were drawn with carriage returns.
 */
class JsonLogFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIG = Path.of("..", "config").toString();

    @AfterEach
    void textLogsAgain() {
        com.precog.runner.logging.Logging.configure(com.precog.runner.logging.Logging.Format.TEXT, ch.qos.logback.classic.Level.INFO);
    }

    /** The command's stderr and the process's (where the log lines go), one line a list entry. */
    private record Run(int exit, String out, List<String> stderr) {}

    private static Run precog(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            CliRunner.Result r = CliRunner.run(args);
            List<String> lines = new ArrayList<>(r.err().lines().toList());
            lines.addAll(logs.toString(StandardCharsets.UTF_8).lines().toList());
            return new Run(r.exitCode(), r.out(), lines);
        } finally {
            System.setErr(err);
        }
    }

    private static List<JsonNode> everyLineIsJson(Run run) {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : run.stderr()) {
            assertThat(line).as("a stderr line that is no JSON object:\n" + String.join("\n", run.stderr())).startsWith("{");
            try {
                JsonNode n = JSON.readTree(line);
                assertThat(n.isObject()).isTrue();
                assertThat(n.has("level") && n.has("msg") && n.has("ts")).as(line).isTrue();
                objects.add(n);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }
        return objects;
    }

    @Test
    void aBacktest_logsOnlyJsonLines_andItsSummaryStaysOnStdout(@TempDir Path dir) throws Exception {
        Run run = precog("--log-format", "json", "backtest", "--no-db", "--from", "2022", "--to", "2022", "--json",
                "--report", dir.resolve("r.html").toString(), "--config-dir", CONFIG);
        assertThat(run.exit()).as(String.join("\n", run.stderr())).isZero();
        assertThat(JSON.readTree(run.out()).get("trades").asInt()).isPositive();
        assertThat(everyLineIsJson(run)).extracting(n -> n.get("msg").asText()).anyMatch(m -> m.contains("backtest finished"));
        assertThat(String.join("\n", run.stderr())).doesNotContain("\r").doesNotContain("[####");
    }

    @Test
    void errorsUsageAndConfigurationProblems_areJsonLinesToo(@TempDir Path dir) throws Exception {
        Run bad = precog("--log-format", "json", "backtest", "--from", "2020", "--to", "2010", "--config-dir", CONFIG);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(everyLineIsJson(bad)).anySatisfy(n -> {
            assertThat(n.get("level").asText()).isEqualTo("ERROR");
            assertThat(n.get("msg").asText()).startsWith("precog: --from/--to").contains("2020-2010");
        });

        Run group = precog("--log-format=json", "kalshi");
        assertThat(group.exit()).isEqualTo(2);
        assertThat(everyLineIsJson(group)).extracting(n -> n.get("msg").asText()).contains("precog: missing subcommand of 'precog kalshi'")
                .anyMatch(m -> m.startsWith("Usage: precog kalshi"));

        Run unknown = precog("config", "show", "--bogus", "--log-format", "JSON");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(everyLineIsJson(unknown)).extracting(n -> n.get("msg").asText()).contains("precog: Unknown option: '--bogus'");

        Files.writeString(dir.resolve("trading.yaml"), "kelly_fraction: \"0.9\"\n");
        Run invalid = precog("--log-format", "json", "config", "validate", "--config-dir", dir.toString());
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(everyLineIsJson(invalid)).extracting(n -> n.get("msg").asText()).anyMatch(m -> m.contains("kelly_fraction"));
    }

    @Test
    void withTextLogs_stderrIsUnchanged() {
        Run bad = precog("backtest", "--from", "2020", "--to", "2010", "--config-dir", CONFIG);
        assertThat(bad.stderr()).contains("precog: --from/--to must be NFL seasons within 1979-2022 with from <= to, was 2020-2010");
    }

    @Test
    void offATerminal_progressIsALogLineAtMostEveryFewSeconds_neverABar() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        com.precog.runner.logging.Logging.configure(com.precog.runner.logging.Logging.Format.JSON, ch.qos.logback.classic.Level.INFO);
        try {
            ProgressBar p = new ProgressBar(new PrintWriter(err, true), false, now::get);
            for (int i = 0; i <= 100; i++) {
                now.addAndGet(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(200)); // 20 s in all
                p.progress("replay", i, 100);
            }
        } finally {
            System.setErr(systemErr);
        }
        assertThat(err.toString()).isEmpty();
        List<String> lines = logs.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("replay")).toList();
        assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{").contains("\"level\":\"INFO\"").contains("replay: "));

        StringWriter tty = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(tty, true), true, now::get);
        bar.progress("replay", 50, 100);
        bar.progress("replay", 100, 100);
        assertThat(tty.toString()).startsWith("\rreplay").contains(" 50% (50/100)").endsWith("100% (100/100)\n");
    }

    @Test
    void stderrLines_splitOnLineEndsAndCarriageReturns_andNameTheLevel() throws Exception {
        StringWriter target = new StringWriter();
        StderrLines lines = new StderrLines(new PrintWriter(target, true), true);
        lines.errors().print("precog: first\r\n");
        lines.errors().println("warning: second");
        lines.errors().print("\r[###   ] 50%"); // a bar redrawn in place on the error writer (data import-pbp): progress, INFO
        lines.errors().print("\r[######] 100%");
        lines.errors().println();
        lines.errors().print("unended");
        lines.finish();
        List<JsonNode> n = new ArrayList<>();
        for (String l : target.toString().lines().toList()) n.add(JSON.readTree(l));
        assertThat(n).extracting(x -> x.get("level").asText() + " " + x.get("msg").asText())
                .containsExactly("ERROR precog: first", "WARN warning: second", "INFO [###   ] 50%", "INFO [######] 100%", "ERROR unended");
        StringWriter plain = new StringWriter();
        StderrLines text = new StderrLines(new PrintWriter(plain, true), false);
        text.errors().print("precog: as is\r\n");
        assertThat(plain.toString()).isEqualTo("precog: as is\r\n");
    }
}
