package com.precog.runner.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.runner.cli.CliRunner;
import com.precog.runner.cli.PrecogCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** SPEC §13 names {@code precog backtest}: the offline backtest of {@code run --mode backtest}, same options, same output. */
class BacktestCommandTest {
    private static final String CONFIG = Path.of("..", "config").toString();

    @Test
    void backtest_printsWhatRunModeBacktestPrints_andWritesTheReport(@TempDir Path dir) throws Exception {
        CliRunner.Result backtest = CliRunner.run("backtest", "--no-db", "--from", "2018", "--to", "2019", "--json",
                "--report", dir.resolve("a.html").toString(), "--config-dir", CONFIG);
        CliRunner.Result run = CliRunner.run("run", "--mode", "backtest", "--no-db", "--from", "2018", "--to", "2019", "--json",
                "--report", dir.resolve("b.html").toString(), "--config-dir", CONFIG);
        assertThat(backtest.exitCode()).as(backtest.err()).isZero();
        assertThat(run.exitCode()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        ObjectNode b = (ObjectNode) json.readTree(backtest.out());
        ObjectNode r = (ObjectNode) json.readTree(run.out());
        assertThat(b.get("trades").asInt()).isPositive();
        assertThat(b.remove("report").asText()).isEqualTo(dir.resolve("a.html").toAbsolutePath().toString());
        r.remove("report");
        assertThat(b).isEqualTo(r);
        assertThat(Files.readString(dir.resolve("a.html"))).contains("Equity curve").contains("Reliability diagram");

        CliRunner.Result text = CliRunner.run("backtest", "--no-db", "--from", "2021", "--to", "2021", "--report", dir.resolve("c.html").toString(),
                "--config-dir", CONFIG);
        CliRunner.Result runText = CliRunner.run("run", "--no-db", "--from", "2021", "--to", "2021", "--report", dir.resolve("c.html").toString(),
                "--config-dir", CONFIG);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Precog backtest").contains("win rate").isEqualTo(runText.out());
    }

    @Test
    void backtest_takesRunsBacktestOptions() {
        Set<String> backtest = options("backtest");
        Set<String> run = options("run");
        run.removeAll(Set.of("--mode", "--live", "--fair-values", "--duration"));
        assertThat(backtest).isEqualTo(run).contains("--from", "--to", "--bankroll", "--report", "--no-db", "--json", "--config-dir");
    }

    @Test
    void backtest_badSeasonsOrBankroll_exit2NamingTheValue() {
        CliRunner.Result seasons = CliRunner.run("backtest", "--from", "2020", "--to", "2010", "--config-dir", CONFIG);
        assertThat(seasons.exitCode()).isEqualTo(2);
        assertThat(seasons.err()).contains("2020-2010");
        CliRunner.Result bankroll = CliRunner.run("backtest", "--bankroll", "-5", "--config-dir", CONFIG);
        assertThat(bankroll.exitCode()).isEqualTo(2);
        assertThat(bankroll.err()).contains("'-5'");
    }

    private static Set<String> options(String command) {
        Set<String> names = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : PrecogCommand.commandLine().getSubcommands().get(command).getCommandSpec().options()) {
            names.add(o.longestName());
        }
        return names;
    }
}
