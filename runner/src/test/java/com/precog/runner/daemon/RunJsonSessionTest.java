package com.precog.runner.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §13.1: with {@code --json} stdout is machine-readable JSON only. {@code run --mode paper --json} printed its
 * "precog: paper session running …" and "precog: session stopped …" lines there; they go to stderr now, and with
 * {@code --log-format json} as JSON objects (INFO) like every other stderr line. A real process, as an operator runs it,
 * with the JVM flag {@code ./precog} adds on JDK 24+ (without it the JDK prints four "WARNING: sun.misc.Unsafe…" lines
 * for Guava, which no JSON flag of ours can reach).
 */
class RunJsonSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runPaperJson_printsNoTextOnStdout_andItsSessionLinesAreJsonOnStderr(@TempDir Path dir) throws Exception {
        try (SessionFixture f = new SessionFixture(dir, 1, 0)) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            if (Runtime.version().feature() >= 24) cmd.add("--sun-misc-unsafe-memory-access=allow"); // as ./precog does
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.precog.runner.Precog",
                    "--log-format", "json", "run", "--mode", "paper", "--fair-values", f.fairValues.toString(), "--duration", "3s", "--json"));
            Path out = dir.resolve("stdout.txt");
            Path err = dir.resolve("stderr.txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .directory(Path.of("").toAbsolutePath().getParent().toFile()); // the repository: ./config
            Map<String, String> env = pb.environment();
            env.putAll(f.env);
            env.put("PRECOG_HOME", f.home.toString());
            env.put("PRECOG_TICK_MS", "50");
            env.remove("PRECOG_DB_URL");
            env.remove("PRECOG_CRASH_AT");
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the session stops after --duration").isTrue();
            String stderr = Files.readString(err);
            assertThat(p.exitValue()).as(stderr).isZero();

            for (String line : Files.readAllLines(out)) {
                assertThat(line).as("stdout with --json: JSON only").startsWith("{");
                JSON.readTree(line);
            }
            List<JsonNode> lines = new ArrayList<>();
            for (String line : stderr.lines().toList()) {
                assertThat(line).as("stderr with --log-format json: one JSON object a line\n" + stderr).startsWith("{");
                lines.add(JSON.readTree(line));
            }
            assertThat(lines).filteredOn(n -> n.get("msg").asText().startsWith("precog: paper session running (ready "))
                    .singleElement().satisfies(n -> assertThat(n.get("level").asText()).isEqualTo("INFO"));
            assertThat(lines).filteredOn(n -> n.get("msg").asText().startsWith("precog: session stopped; "))
                    .singleElement().satisfies(n -> assertThat(n.get("level").asText()).isEqualTo("INFO"));
        }
    }
}
