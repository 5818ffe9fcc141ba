package com.precog.runner.cli;

import ch.qos.logback.classic.Level;
import com.precog.runner.logging.Logging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: {@code precog <subcommand>}. Subcommands are registered in {@link #commandLine()}. */
@Command(
        name = "precog",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Trades Kalshi prediction markets from its own probability models.",
        subcommands = {CommandLine.HelpCommand.class})
public final class PrecogCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--log-format", scope = CommandLine.ScopeType.INHERIT, paramLabel = "text|json",
            description = "Log line format on stderr: text (default) or json (one JSON object per line).")
    Logging.Format logFormat = Logging.Format.TEXT;

    @CommandLine.Option(names = "--log-level", scope = CommandLine.ScopeType.INHERIT, paramLabel = "LEVEL",
            description = "Log level: TRACE, DEBUG, INFO (default), WARN, ERROR.")
    String logLevel = "INFO";

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every subcommand and the operator contract's exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PrecogCommand());
        // each area registers its commands here (one line each)
        cl.addSubcommand(new com.precog.runner.cli.run.RunCommand());
        cl.addSubcommand(new com.precog.runner.cli.config.ConfigCommand());
        cl.addSubcommand(new com.precog.runner.cli.db.DbCommand());
        cl.addSubcommand(new com.precog.runner.cli.model.ModelCommand());
        com.precog.runner.cli.trading.TradingCommands.addTo(cl);
        cl.addSubcommand(new com.precog.runner.cli.kalshi.KalshiCommand());
        cl.addSubcommand(new com.precog.runner.cli.espn.EspnCommand());
        cl.addSubcommand(new com.precog.runner.cli.data.DataCommand());
        cl.getSubcommands().get("data").addSubcommand(new com.precog.runner.cli.ingame.ImportPbpCommand(() -> {
            com.precog.adapters.persistence.Database db = com.precog.runner.cli.db.DbCommand.openDefault();   // closed by the command when it ends
            return com.precog.runner.cli.ingame.ImportPbpCommand.closing(new com.precog.adapters.persistence.PersistenceAdapters(db, java.time.Clock.systemUTC()).historicalPlays(), db);
        }));
        // in-game models live under `precog model` (versions as files under $PRECOG_HOME/models)
        cl.getSubcommands().get("model").addSubcommand(new com.precog.runner.cli.ingame.FitIngameCommand());
        cl.getSubcommands().get("model").addSubcommand(new com.precog.runner.cli.ingame.EvaluateIngameCommand());
        cl.addSubcommand(new com.precog.runner.cli.positions.PositionsCommand());
        cl.addSubcommand(new com.precog.runner.cli.breaker.CircuitBreakerCommand());
        cl.addSubcommand(new com.precog.runner.daemon.HealthCommand());

        // settings below apply to every subcommand registered above
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException
                || t instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("precog: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("precog: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
        });
        cl.setExecutionStrategy(parseResult -> {
            PrecogCommand root = cl.getCommand();
            Logging.configure(root.logFormat, Level.toLevel(root.logLevel, Level.INFO));
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cl;
    }
}
