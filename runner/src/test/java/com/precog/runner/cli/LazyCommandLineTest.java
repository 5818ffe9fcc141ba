package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line built for the arguments (only the invoked command in full) behaves exactly like the full
 * one: same exit code, stdout and stderr for help, version, errors and the read-only commands.
 */
class LazyCommandLineTest {
    static Stream<List<String>> arguments() {
        List<List<String>> all = new ArrayList<>(List.of(
                List.of(), List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"), List.of("-hV"),
                List.of("help"), List.of("help", "config"), List.of("help", "nosuch"),
                List.of("--log-format", "json", "--help"), List.of("--log-level=DEBUG", "-h"), List.of("--log-level"),
                List.of("--log-format", "yaml"), List.of("--bogus"), List.of("-x", "config"), List.of("nosuch"), List.of("conifg"),
                List.of("--", "config"), List.of("config"), List.of("config", "--help"), List.of("config", "show", "--help"),
                List.of("config", "show", "--config-dir", "../config"), List.of("config", "show", "--json", "--config-dir", "../config"),
                List.of("--log-level", "WARN", "config", "validate", "--config-dir", "../config"),
                List.of("config", "validate", "--config-dir", "../config", "--log-format=json"),
                List.of("config", "nosuch"), List.of("config", "show", "--bogus"),
                List.of("model", "fit-ingame", "--help"), List.of("model", "evaluate-ingame", "--help"),
                List.of("data", "import-pbp", "--help"), List.of("data", "import-pbp"), List.of("size", "--probability", "x"),
                List.of("-h", "config"), List.of("config", "-h", "show")));
        for (String name : PrecogCommand.commandLine().getSubcommands().keySet()) {
            all.add(List.of(name, "--help"));
            all.add(List.of(name, "--bogus"));
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void sameExitCodeAndOutputAsTheFullCommandLine(List<String> args) {
        String[] a = args.toArray(String[]::new);
        CliRunner.Result full = CliRunner.run(PrecogCommand.commandLine(), a);
        CliRunner.Result lazy = CliRunner.run(PrecogCommand.commandLine(a), a);
        assertThat(lazy).as("precog %s", String.join(" ", args)).isEqualTo(full);
    }

    @Test
    void helpListsEveryCommandWithoutBuildingThem() {
        CommandLine cl = PrecogCommand.commandLine(new String[] {"--help"});
        CliRunner.Result r = CliRunner.run(cl, "--help");
        assertThat(r.exitCode()).isZero();
        for (String name : PrecogCommand.commandLine().getSubcommands().keySet()) {
            assertThat(r.out()).containsPattern("(?m)^  " + name + " ");
        }
        // only the listing, no command object: nothing but `help` was built in full
        assertThat(cl.getSubcommands().values()).filteredOn(c -> c.getCommand() != null)
                .extracting(c -> c.getCommandName()).containsExactly("help");
    }

    @Test
    void onlyTheInvokedCommandIsBuilt() {
        CommandLine cl = PrecogCommand.commandLine(new String[] {"--log-level", "WARN", "config", "show"});
        assertThat(cl.getSubcommands().values()).filteredOn(c -> c.getCommand() != null)
                .extracting(c -> c.getCommandName()).containsExactly("help", "config");
    }

    @Test
    void invokedCommandIsReadOnlyWhenSure() {
        assertThat(PrecogCommand.invokedCommand(new String[] {})).isEmpty();
        assertThat(PrecogCommand.invokedCommand(new String[] {"-hV", "--log-format=json"})).isEmpty();
        assertThat(PrecogCommand.invokedCommand(new String[] {"help"})).isEmpty();
        assertThat(PrecogCommand.invokedCommand(new String[] {"--log-format", "json", "kalshi", "status"})).isEqualTo("kalshi");
        assertThat(PrecogCommand.invokedCommand(new String[] {"--log-level", "run"})).isEmpty();
        assertThat(PrecogCommand.invokedCommand(new String[] {"help", "run"})).isNull();
        assertThat(PrecogCommand.invokedCommand(new String[] {"-x", "run"})).isNull();
        assertThat(PrecogCommand.invokedCommand(new String[] {"@args.txt"})).isNull();
        assertThat(PrecogCommand.invokedCommand(new String[] {"--", "run"})).isNull();
    }
}
