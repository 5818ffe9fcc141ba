package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {
    @Test
    void trainsTheShortCommandsAndEveryCommandsHelp() {
        List<String> commands = StartupTraining.commands("../config").stream().map(a -> String.join(" ", a)).toList();
        assertThat(commands).contains("--help", "--version", "config show --config-dir ../config", "config validate --config-dir ../config",
                "run --help", "kalshi --help", "circuit-breaker --help");
    }

    @Test
    void loadsTheDaemonsStartUpClasses_soTheArchiveHoldsThem() {
        // the recorded list (cds/daemon-classes.txt) still names classes of this build: most of them load
        assertThat(StartupTraining.loadDaemonClasses()).isGreaterThan(3_500);
    }

    @Test
    void printsNothingAndRestoresTheStreams() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true)) {
            System.setOut(capture);
            System.setErr(capture);
            StartupTraining.main(new String[] {"../config"});
            assertThat(System.out).isSameAs(capture);
            assertThat(System.err).isSameAs(capture);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(bytes.size()).isZero();
    }
}
