package com.precog.runner.cli.run;

import com.precog.application.config.ConfigKey;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.runner.PrecogHome;
import com.precog.runner.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precog run}: the main job. With no Kalshi credentials it runs the offline backtest of
 * bundled real NFL seasons and ends with a summary and an HTML report. {@code --mode live}
 * trades real money and is refused unless {@code --live} is given and trading.yaml confirms it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run Precog. Default (no Kalshi credentials): offline backtest of bundled real NFL seasons, ending with a summary and an HTML report.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    /** The four execution environments. */
    public enum Mode { BACKTEST, PAPER, DEMO, LIVE }

    @Spec
    CommandSpec spec;
    @Option(names = "--mode", paramLabel = "MODE", description = "backtest, paper, demo or live (default: backtest without Kalshi credentials, else paper).")
    Mode mode;
    @Option(names = "--live", description = "Required, with live_trading_confirmed: true in trading.yaml, before --mode live may trade real money.")
    boolean liveSwitch;
    @picocli.CommandLine.Mixin
    OfflineBacktest.Options options;  // --from, --to, --bankroll (paper/demo/live: the paper account's cash), --report, --config-dir, --no-db
    @Option(names = "--json", description = "Print the backtest's summary as JSON on stdout; paper/demo/live: stdout stays empty, the session's lines go to stderr.")
    boolean json;
    @Option(names = "--fair-values", paramLabel = "FILE", description = "paper/demo/live: operator fair values, CSV market_ticker,yes_probability,confidence,game_start (consulted before the models).")
    Path fairValues;
    @Option(names = "--duration", paramLabel = "DURATION", description = "paper/demo/live: stop gracefully after this long (e.g. 30m, 2h; default: run until SIGTERM/Ctrl-C).")
    String duration;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EffectiveConfig cfg = OfflineBacktest.config(options.configDir, err);
        if (cfg == null) return ExitCodes.BAD_INPUT;
        com.precog.runner.cli.PrecogCommand.applyConfiguredLogging(spec, cfg); // system.yaml logging.*, unless a flag says otherwise
        Mode m = mode != null ? mode : defaultMode();
        if (liveSwitch && m != Mode.LIVE) {
            // the operator asked for real money but the mode is another: starting that mode would mislead, so say so
            err.println("precog: --live is the switch of --mode live, but the mode is " + m.name().toLowerCase(java.util.Locale.ROOT)
                    + (mode == null ? " (the default)" : "") + ": add --mode live to trade real money, or drop --live.");
            return ExitCodes.BAD_INPUT;
        }
        if (m == Mode.LIVE) {
            boolean confirmed = cfg.bool(ConfigSchema.TRADING, "live_trading_confirmed");
            if (!liveSwitch || !confirmed) {
                err.println("precog: --mode live trades REAL MONEY and is refused: it needs both the --live flag"
                        + (liveSwitch ? "" : " (missing)") + " and live_trading_confirmed: true in trading.yaml"
                        + (confirmed ? "" : " (currently false)") + ". Use --mode demo to trade on the Kalshi demo exchange.");
                return ExitCodes.BAD_INPUT;
            }
        }
        if (m != Mode.BACKTEST) return session(m, cfg, out, err);
        return OfflineBacktest.run(cfg, options, json, com.precog.runner.cli.ProgressBar.of(spec), out, err);
    }

    private int session(Mode m, EffectiveConfig cfg, PrintWriter out, PrintWriter err) throws Exception {
        java.util.Optional<java.time.Duration> limit = java.util.Optional.empty();
        if (duration != null) {
            try {
                limit = java.util.Optional.of(ConfigKey.parseDuration(duration)); // the same forms as the YAML durations
            } catch (RuntimeException e) {
                err.println("precog: --duration '" + duration + "' is not a duration like 90s, 30m or 2h");
                return ExitCodes.BAD_INPUT;
            }
            try {
                limit.get().toMillis(); // what the session waits for: refused now, not once the session has started
            } catch (ArithmeticException e) {
                err.println("precog: --duration '" + duration + "' is too long; leave it out to run until SIGTERM/Ctrl-C");
                return ExitCodes.BAD_INPUT;
            }
        }
        if (fairValues != null && !java.nio.file.Files.isReadable(fairValues)) {
            err.println("precog: --fair-values file " + fairValues + " does not exist or is not readable");
            return ExitCodes.BAD_INPUT;
        }
        java.util.Optional<Dollars> paperCash = OfflineBacktest.bankroll(options.bankroll, err);
        if (paperCash.isEmpty()) return ExitCodes.BAD_INPUT;
        ExecutionEnvironment env = switch (m) {
            case PAPER -> ExecutionEnvironment.PAPER;
            case DEMO -> ExecutionEnvironment.DEMO;
            default -> ExecutionEnvironment.LIVE;
        };
        if (env != ExecutionEnvironment.PAPER && (blank(System.getenv("KALSHI_API_KEY_ID")) || blank(System.getenv("KALSHI_PRIVATE_KEY_PATH")))) {
            err.println("precog: --mode " + env.wireName() + " places orders on Kalshi and needs credentials: set KALSHI_API_KEY_ID and "
                    + "KALSHI_PRIVATE_KEY_PATH (see docs/OPERATIONS.md); --mode paper needs none");
            return ExitCodes.BAD_INPUT;
        }
        com.precog.runner.daemon.SessionOptions sessionOptions = new com.precog.runner.daemon.SessionOptions(env, cfg, PrecogHome.path(), System.getenv(),
                java.util.Optional.ofNullable(fairValues), paperCash.get(), tickInterval(), com.precog.runner.daemon.CrashPoints.fromEnvironment(), java.util.Optional.empty());
        try {
            // SPEC §13.1: with --json stdout carries JSON only; the session's "running" and "stopped" lines go to stderr (INFO)
            return com.precog.runner.daemon.LiveSession.run(sessionOptions, limit, json ? com.precog.runner.cli.PrecogCommand.infoLines(spec) : out);
        } catch (RuntimeException e) {
            // one line that names the cause; the stack trace only at --log-level DEBUG (a wrong URL or key is no crash)
            Throwable cause = startFailure(e);
            boolean badInput = cause instanceof IllegalArgumentException;
            LOG.debug("cannot start the {} session", env.wireName(), e);
            err.println("precog: cannot start the " + env.wireName() + " session: " + cause.getMessage()
                    + (badInput ? "" : " (--log-level DEBUG shows the stack trace)"));
            return badInput ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
        }
    }

    /**
     * What stopped a session's start: the outermost cause with a message that is not Guice's wrapper (its message is
     * the whole multi-line report); bad input when it is an IllegalArgumentException. Before, the innermost cause (or
     * the first IllegalArgumentException) was taken: a refused connection read "cannot start the demo session: null",
     * and an unresolvable host (the JDK's UnresolvedAddressException is an IllegalArgumentException) exited 2.
     */
    static Throwable startFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean guice = t instanceof com.google.inject.ProvisionException || t instanceof com.google.inject.CreationException;
            if (!guice && t.getMessage() != null && !t.getMessage().isBlank()) return t;
        }
        return e;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The monitoring tick (1 s; {@code PRECOG_TICK_MS} compresses it for tests). */
    private static java.time.Duration tickInterval() {
        String v = System.getenv("PRECOG_TICK_MS");
        if (v == null || v.isBlank()) return java.time.Duration.ofSeconds(1);
        return java.time.Duration.ofMillis(Long.parseLong(v.trim()));
    }

    private static Mode defaultMode() {
        String key = System.getenv("KALSHI_API_KEY_ID");
        String path = System.getenv("KALSHI_PRIVATE_KEY_PATH");
        return key != null && !key.isBlank() && path != null && !path.isBlank() ? Mode.PAPER : Mode.BACKTEST;
    }

}
