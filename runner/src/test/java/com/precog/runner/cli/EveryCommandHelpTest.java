package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * README: every command has {@code --help}. Walks the whole picocli command tree: {@code precog <path> --help} and
 * {@code -h} exit 0 with the usage of that very command on stdout, {@code precog <parent> help <name>} prints the same
 * usage, and no description makes picocli warn on stderr (an unescaped {@code %} in a description did, three times).
 * The ten {@code kalshi} queries had no help option at all, and {@code strategy create}'s own {@code --version}
 * (the strategy version) left it without one.
 */
class EveryCommandHelpTest {
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        walk(PrecogCommand.commandLine(), List.of(), all);
        return all.stream();
    }

    private static void walk(CommandLine cl, List<String> path, List<List<String>> all) {
        all.add(path);
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) return; // an alias
            List<String> child = new ArrayList<>(path);
            child.add(name);
            walk(sub, List.copyOf(child), all);
        });
    }

    /** Runs the CLI as a start of precog would build it for these arguments, with what picocli itself writes to System.err. */
    private static Run precog(List<String> args) {
        PrintStream err = System.err;
        ByteArrayOutputStream picocliErr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocliErr, true, StandardCharsets.UTF_8));
        try {
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            return new Run(r, picocliErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    private record Run(CliRunner.Result result, String systemErr) {}

    @ParameterizedTest
    @MethodSource("commands")
    void helpOption_exits0_printsThisCommandsUsage_withoutWarnings(List<String> path) {
        String usage = "Usage: " + String.join(" ", prepend("precog", path)) + " ";
        for (String flag : List.of("--help", "-h")) {
            Run run = precog(append(path, flag));
            String what = "precog " + String.join(" ", append(path, flag));
            assertThat(run.result().exitCode()).as(what + "\n" + run.result().err()).isZero();
            assertThat(run.result().out()).as(what).containsPattern("(?m)^" + java.util.regex.Pattern.quote(usage)); // after a header, if any
            assertThat(run.result().err()).as(what).isEmpty();
            assertThat(run.systemErr()).as(what).doesNotContain("[picocli WARN]").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpSubcommandOfTheParent_printsTheSameUsage(List<String> path) {
        if (path.isEmpty()) return;
        List<String> args = new ArrayList<>(path.subList(0, path.size() - 1));
        args.add("help");
        args.add(path.get(path.size() - 1));
        Run run = precog(args);
        String what = "precog " + String.join(" ", args);
        assertThat(run.result().exitCode()).as(what + "\n" + run.result().err()).isZero();
        assertThat(run.result().out()).as(what).isEqualTo(precog(append(path, "--help")).result().out());
        assertThat(run.systemErr()).as(what).doesNotContain("[picocli WARN]");
    }

    /** SPEC §13.1: a missing (sub)command is bad usage: exit 2, the usage on stderr, nothing on stdout ({@code --help} stays exit 0). */
    @ParameterizedTest
    @MethodSource("commands")
    void aGroupWithoutASubcommand_isBadUsage_withTheUsageOnStderr(List<String> path) {
        CommandLine cl = PrecogCommand.commandLine();
        for (String name : path) cl = cl.getSubcommands().get(name);
        if (cl.getSubcommands().isEmpty()) return; // a command, not a group
        Run run = precog(path);
        String what = "precog " + String.join(" ", path);
        assertThat(run.result().exitCode()).as(what).isEqualTo(2);
        assertThat(run.result().out()).as(what).isEmpty();
        assertThat(run.result().err()).as(what).startsWith("precog: missing ")
                .containsPattern("(?m)^" + java.util.regex.Pattern.quote("Usage: " + String.join(" ", prepend("precog", path)) + " "));
    }

    private static List<String> append(List<String> path, String last) {
        List<String> l = new ArrayList<>(path);
        l.add(last);
        return l;
    }

    private static List<String> prepend(String first, List<String> path) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(path);
        return l;
    }
}
