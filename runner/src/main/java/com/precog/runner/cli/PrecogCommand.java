package com.precog.runner.cli;

import ch.qos.logback.classic.Level;
import com.precog.runner.logging.Logging;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: {@code precog <subcommand>}. Subcommands are registered in {@link #register}. */
@Command(
        name = "precog",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Trades Kalshi prediction markets from its own probability models.",
        subcommands = {CommandLine.HelpCommand.class})
public final class PrecogCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--log-format", scope = CommandLine.ScopeType.INHERIT, paramLabel = "text|json",
            description = "Log line format on stderr: text (default) or json (one JSON object per line).")
    Logging.Format logFormat = Logging.Format.TEXT;

    @CommandLine.Option(names = "--log-level", scope = CommandLine.ScopeType.INHERIT, paramLabel = "LEVEL", converter = LevelName.class,
            description = "Log level: TRACE, DEBUG, INFO (default), WARN, ERROR.")
    String logLevel = "INFO";

    /** This run's stderr (plain, or JSON lines with --log-format json); set as the command runs. */
    StderrLines stderr;

    /**
     * system.yaml's {@code logging.format} and {@code logging.level} for a command that has read the configuration (the
     * daemon and the backtest, {@code precog run}): each applies unless its flag was given on the command line (a flag
     * beats the file). Logging is set from the flags before any command runs; this re-sets it once the file is known.
     */
    public static void applyConfiguredLogging(CommandLine.Model.CommandSpec spec, com.precog.application.config.EffectiveConfig cfg) {
        boolean formatGiven = false;
        boolean levelGiven = false;
        for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            CommandLine.ParseResult pr = c.getParseResult();
            if (pr == null) continue;
            formatGiven |= pr.hasMatchedOption("--log-format");
            levelGiven |= pr.hasMatchedOption("--log-level");
        }
        if (formatGiven && levelGiven) return;
        if (!(spec.root().userObject() instanceof PrecogCommand root)) return;
        String sys = com.precog.application.config.ConfigSchema.SYSTEM;
        Logging.Format format = formatGiven ? root.logFormat
                : Logging.Format.valueOf(cfg.text(sys, "logging.format").toUpperCase(java.util.Locale.ROOT));
        String level = levelGiven ? root.logLevel : cfg.text(sys, "logging.level");
        Logging.configure(format, Level.toLevel(level, Level.INFO));
        root.logFormat = format;
        if (root.stderr != null) root.stderr.json(format == Logging.Format.JSON); // the command's stderr lines follow the log format
    }

    /** Whether this run logs JSON lines (--log-format json, or system.yaml's logging.format once applied). */
    public static boolean jsonLogs(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof PrecogCommand root && root.logFormat == Logging.Format.JSON;
    }

    /**
     * Where a command writes a line that reports what happens (not a problem) on stderr: plain text, or a JSON object at
     * level INFO with --log-format json (see {@link StderrLines}).
     */
    public static java.io.PrintWriter infoLines(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof PrecogCommand root && root.stderr != null ? root.stderr.info() : spec.commandLine().getErr();
    }

    /** Whether these arguments ask for JSON log lines (read before picocli has parsed them: for a usage error). */
    static boolean jsonLogFormat(String[] args) {
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--log-format") && i + 1 < args.length) json = args[i + 1].equalsIgnoreCase("json");
            else if (args[i].startsWith("--log-format=")) json = args[i].substring("--log-format=".length()).equalsIgnoreCase("json");
            else if (args[i].equals("--")) break;
        }
        return json;
    }

    /** One of the five documented levels, any case (Logback's own parsing turned any other word into INFO). */
    static final class LevelName implements CommandLine.ITypeConverter<String> {
        private static final java.util.List<String> LEVELS = java.util.List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

        @Override
        public String convert(String value) {
            String level = value.trim().toUpperCase(java.util.Locale.ROOT);
            if (!LEVELS.contains(level)) {
                throw new CommandLine.TypeConversionException("expected one of " + String.join(", ", LEVELS) + " but was '" + value + "'");
            }
            return level;
        }
    }

    /**
     * Every date option and parameter without a converter of its own ({@code --from}, {@code --to}, {@code --holdout-from}…):
     * an ISO date, and a refusal that says so instead of Java's parse text ("could not be parsed at index 4").
     */
    static final class IsoDate implements CommandLine.ITypeConverter<java.time.LocalDate> {
        private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        @Override
        public java.time.LocalDate convert(String value) {
            try {
                return java.time.LocalDate.parse(value.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD"
                        + (SHAPE.matcher(value.trim()).matches() ? ", a day of the calendar)" : ")"));
            }
        }
    }

    @Override
    public Integer call() {
        return CommandGroups.missingSubcommand(spec);
    }

    /** What the help listing shows of a command that is not built: name, aliases, header, description, hidden. */
    private static CommandLine.Model.CommandSpec listing(Command c) {
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(c.name()).aliases(c.aliases());
        spec.usageMessage().header(c.header()).description(c.description()).hidden(c.hidden());
        return spec;
    }

    /**
     * Registers every top-level command, one line each, in the order of the help listing. A command is
     * built only when the arguments invoke it (see {@link Commands}); its class is read for the listing.
     */
    static void register(Commands commands) {
        commands.add(com.precog.runner.cli.run.RunCommand.class, com.precog.runner.cli.run.RunCommand::new);
        commands.add(com.precog.runner.cli.run.BacktestCommand.class, com.precog.runner.cli.run.BacktestCommand::new);
        commands.add(com.precog.runner.cli.report.ReportCommand.class, com.precog.runner.cli.report.ReportCommand::new);
        commands.add(com.precog.runner.cli.config.ConfigCommand.class, com.precog.runner.cli.config.ConfigCommand::new);
        commands.add(com.precog.runner.cli.db.DbCommand.class, com.precog.runner.cli.db.DbCommand::new);
        // in-game models live under `precog model` (versions as files under $PRECOG_HOME/models)
        commands.add(com.precog.runner.cli.model.ModelCommand.class, com.precog.runner.cli.model.ModelCommand::new, model -> {
            model.addSubcommand(new com.precog.runner.cli.ingame.FitIngameCommand());
            model.addSubcommand(new com.precog.runner.cli.ingame.EvaluateIngameCommand());
        });
        com.precog.runner.cli.trading.TradingCommands.addTo(commands);
        commands.add(com.precog.runner.cli.kalshi.KalshiCommand.class, com.precog.runner.cli.kalshi.KalshiCommand::new);
        commands.add(com.precog.runner.cli.espn.EspnCommand.class, com.precog.runner.cli.espn.EspnCommand::new);
        commands.add(com.precog.runner.cli.data.DataCommand.class, com.precog.runner.cli.data.DataCommand::new,
                data -> data.addSubcommand(new com.precog.runner.cli.ingame.ImportPbpCommand(() -> {
                    com.precog.adapters.persistence.Database db = com.precog.runner.cli.db.SharedDatabase.open();   // closed by the command when it ends; a running daemon's too
                    return com.precog.runner.cli.ingame.ImportPbpCommand.closing(new com.precog.adapters.persistence.PersistenceAdapters(db, java.time.Clock.systemUTC()).historicalPlays(), db);
                })));
        commands.add(com.precog.runner.cli.positions.PositionsCommand.class, com.precog.runner.cli.positions.PositionsCommand::new);
        commands.add(com.precog.runner.cli.breaker.CircuitBreakerCommand.class, com.precog.runner.cli.breaker.CircuitBreakerCommand::new);
        commands.add(com.precog.runner.daemon.HealthCommand.class, com.precog.runner.daemon.HealthCommand::new);
    }

    /** Builds the command line with every subcommand in full and the operator contract's exit codes. */
    public static CommandLine commandLine() {
        return build(null, new boolean[1]);
    }

    /**
     * Builds the command line for these arguments: the one top-level command they invoke is built in full,
     * every other one only as its name and description (enough for the help listing and "did you mean"),
     * so a start does not build the picocli model of all commands. Behaves exactly as {@link #commandLine()}
     * (LazyCommandLineTest compares the two); arguments it cannot read for sure get the full command line.
     */
    public static CommandLine commandLine(String[] args) {
        String invoked = invokedCommand(args);
        if (invoked == null) {
            return commandLine();
        }
        boolean[] built = {false};
        CommandLine cl = build(invoked, built);
        // a name that is no command: the full command line gives the same error and suggestions
        return invoked.isEmpty() || built[0] ? cl : commandLine();
    }

    /**
     * picocli's message for a value its converter refused, without the Java exception's class name:
     * {@code cannot convert 'xfl' to League (java.lang.IllegalArgumentException: league must be one of …)}
     * reads {@code cannot convert 'xfl' to League: league must be one of …}.
     */
    static String withoutExceptionName(String message) {
        if (message == null) return "bad input";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" \\((?:[a-z]\\w*\\.)+\\w*(?:Exception|Error): (.*)\\)$").matcher(message);
        return m.find() ? message.substring(0, m.start()) + ": " + m.group(1) : message;
    }

    /**
     * The top-level command these arguments invoke: its name, "" when they invoke none (root options only),
     * or null when they cannot be read for sure without picocli (any other option, {@code @file}, {@code --}).
     */
    static String invokedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help", "-V", "--version", "-hV", "-Vh" -> { continue; }
                case "--log-format", "--log-level" -> { i++; continue; }
                default -> { }
            }
            if (a.startsWith("--log-format=") || a.startsWith("--log-level=")) {
                continue;
            }
            if (a.startsWith("-") || a.startsWith("@") || a.equals("help") && i < args.length - 1) {
                return null;
            }
            return a.equals("help") ? "" : a;
        }
        return "";
    }

    /**
     * Gives every command group under {@code group} (itself included) a {@code help} subcommand, as the root has:
     * {@code precog kalshi help markets} prints what {@code precog kalshi markets --help} does.
     */
    static void addHelpSubcommands(CommandLine group) {
        if (group.getSubcommands().isEmpty()) return;
        for (CommandLine sub : new java.util.ArrayList<>(group.getSubcommands().values())) {
            addHelpSubcommands(sub);
        }
        if (!group.getSubcommands().containsKey("help")) {
            group.addSubcommand(new CommandLine.HelpCommand());
        }
    }

    /**
     * The command line with the command {@code invoked} in full ("" none, null all) and the others as listings;
     * {@code built[0]} tells whether a command was built in full.
     */
    private static CommandLine build(String invoked, boolean[] built) {
        CommandLine cl = new CommandLine(new PrecogCommand());
        register((type, factory, then) -> {
            Command c = type.getAnnotation(Command.class);
            if (invoked == null || invoked.equals(c.name()) || java.util.Arrays.asList(c.aliases()).contains(invoked)) {
                Object command = factory.get();
                cl.addSubcommand(command);
                then.accept(cl.getSubcommands().get(c.name()));
                addHelpSubcommands(cl.getSubcommands().get(c.name()));
                built[0] = true;
            } else {
                cl.addSubcommand(c.name(), listing(c));
            }
        });
        // settings below apply to every subcommand registered above
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.time.LocalDate.class, new IsoDate());
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException
                || t instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            StderrLines lines = new StderrLines(c.getErr(), jsonLogFormat(args)); // --log-format json: JSON lines, parsed or not
            PrintWriter err = lines.errors();
            err.println("precog: " + withoutExceptionName(ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            lines.finish();
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof com.precog.application.config.InvalidConfigException invalid) {
                com.precog.runner.config.ConfigProblems.print(c.getErr(), invalid.problems()); // one line a problem, as config validate
                return ExitCodes.BAD_INPUT;
            }
            c.getErr().println("precog: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
        });
        cl.setExecutionStrategy(parseResult -> {
            PrecogCommand root = cl.getCommand();
            // help and version text go to stdout and log nothing: no need to start the logging system
            if (parseResult.asCommandLineList().stream().noneMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) {
                Logging.configure(root.logFormat, Level.toLevel(root.logLevel, Level.INFO));
            }
            // what commands write on stderr follows the log format too: with json, one JSON object per line (SPEC §13.1)
            root.stderr = new StderrLines(cl.getErr(), root.logFormat == Logging.Format.JSON);
            cl.setErr(root.stderr.errors());
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                root.stderr.finish();
            }
        });
        return cl;
    }
}
