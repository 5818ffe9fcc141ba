package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The quick answers to help and version are byte for byte picocli's, in plain text and in ANSI colours. */
class QuickStartTest {
    private record Answer(int code, String out) {}

    private static Answer picocli(boolean ansi, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cl = PrecogCommand.commandLine();
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cl.setOut(new PrintWriter(bytes, true, StandardCharsets.UTF_8));
        int code = cl.execute(args);
        return new Answer(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static Answer quick(boolean ansi, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = QuickStart.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), ansi);
        return new Answer(code, bytes.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void helpAndVersionAreAnsweredExactlyAsPicocliWould(boolean ansi) {
        for (List<String> args : List.<List<String>>of(List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"))) {
            String[] a = args.toArray(String[]::new);
            Answer quick = quick(ansi, a);
            assertThat(quick.code()).as("answered quickly: precog %s (usage text built into target/classes?)", args).isZero();
            assertThat(quick).as("precog %s, ansi %s", args, ansi).isEqualTo(picocli(ansi, a));
        }
        assertThat(quick(ansi, "--help").out()).contains("circuit-breaker").contains("Usage:");
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("-hV"), List.of("config"), List.of("--help", "config"), List.of("help"), List.of("--log-level=INFO"))) {
            assertThat(quick(false, args.toArray(String[]::new)).code()).as("%s", args).isEqualTo(-1);
        }
        System.setProperty("picocli.usage.width", "120");
        try {
            assertThat(quick(false, "--help").code()).isEqualTo(-1);
        } finally {
            System.clearProperty("picocli.usage.width");
        }
    }

    @Test
    void onlyPlainVersionLinesArePrintedDirectly() {
        assertThat(QuickStart.plain("precog 0.1.0")).isTrue();
        assertThat(QuickStart.plain("precog 100%")).isFalse();
        assertThat(QuickStart.plain("precog ${sys:x}")).isFalse();
        assertThat(QuickStart.plain("@|bold precog|@")).isFalse();
        assertThat(QuickStart.plain("précog")).isFalse();
    }

    @Test
    void buildStepWritesBothRenderings(@TempDir Path dir) throws Exception {
        QuickStart.main(new String[] {dir.toString()});
        assertThat(Files.readString(dir.resolve(QuickStart.USAGE))).isEqualTo(picocli(false, "--help").out().replace(System.lineSeparator(), "\n"));
        assertThat(Files.readString(dir.resolve(QuickStart.USAGE_ANSI))).contains("\u001b[").isEqualTo(QuickStart.usage(true));
    }
}
