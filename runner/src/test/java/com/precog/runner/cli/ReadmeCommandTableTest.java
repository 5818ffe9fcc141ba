package com.precog.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * README's command table and the commands agree: every top-level command has a row (SPEC §13's {@code backtest} and
 * {@code report} were named but missing), and the defaults it states are the ones the options have (it said positions of
 * one environment, default paper, where {@code positions list} shows every environment unless {@code --env} names one).
 */
class ReadmeCommandTableTest {
    private static List<String> table() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String commands = readme.substring(readme.indexOf("## Commands"));
        return commands.lines().takeWhile(l -> !l.startsWith("## Layout")).filter(l -> l.startsWith("| `")).toList();
    }

    @Test
    void everyTopLevelCommandHasARow() throws Exception {
        List<String> rows = table();
        for (String name : PrecogCommand.commandLine().getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            assertThat(rows).as("README's command table row for '%s'", name).anyMatch(r -> r.contains("`" + name + " ") || r.contains("`" + name + "`")
                    || r.contains("`" + name + " …`"));
        }
    }

    @Test
    void theEnvironmentDefaultsItStates_areTheOptions() throws Exception {
        String row = table().stream().filter(r -> r.startsWith("| `positions ")).findFirst().orElseThrow();
        CommandLine cl = PrecogCommand.commandLine();
        CommandLine.Model.OptionSpec positionsEnv = cl.getSubcommands().get("positions").getSubcommands().get("list").getCommandSpec().findOption("--env");
        CommandLine.Model.OptionSpec breakersEnv = cl.getSubcommands().get("circuit-breaker").getSubcommands().get("list").getCommandSpec().findOption("--env");
        assertThat(positionsEnv.defaultValue()).as("positions list: every environment").isNull();
        assertThat(String.join(" ", positionsEnv.description())).contains("default: every one");
        assertThat(row).contains("positions (every environment unless `--env` names one)");
        assertThat(breakersEnv.defaultValue()).isEqualTo("paper");
        assertThat(row).contains("breakers (one environment, default paper)");
        CommandLine.Model.OptionSpec reportEnv = cl.getSubcommands().get("report").getCommandSpec().findOption("--env");
        assertThat(reportEnv.defaultValue()).isEqualTo("paper");
        assertThat(table()).anyMatch(r -> r.startsWith("| `report ") && r.contains("default paper"));
    }
}
