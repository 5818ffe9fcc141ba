package com.precog.runner.cli.run;

import com.precog.application.config.EffectiveConfig;
import com.precog.runner.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog backtest} (SPEC §13): the offline backtest of bundled real NFL seasons, the same code, options and output
 * as {@code precog run --mode backtest} ({@link OfflineBacktest}), under the name the operator interface gives it.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Offline backtest of bundled real NFL seasons (what 'run --mode backtest' does): summary and a self-contained HTML report.")
public final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    OfflineBacktest.Options options;
    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        EffectiveConfig cfg = OfflineBacktest.config(options.configDir, err);
        if (cfg == null) return ExitCodes.BAD_INPUT;
        com.precog.runner.cli.PrecogCommand.applyConfiguredLogging(spec, cfg); // system.yaml logging.*, unless a flag says otherwise
        return OfflineBacktest.run(cfg, options, json, com.precog.runner.cli.ProgressBar.of(spec), spec.commandLine().getOut(), err);
    }
}
