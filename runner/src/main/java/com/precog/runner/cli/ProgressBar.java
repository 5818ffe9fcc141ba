package com.precog.runner.cli;

import com.precog.application.service.backtest.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Progress of long work (SPEC §13: long work shows progress). On a terminal, with text logs: a one-line bar on stderr,
 * redrawn with carriage returns. Otherwise (stderr redirected, or {@code --log-format json}, where every stderr line
 * must be a JSON object): an ordinary INFO log line at most every {@link #LOG_EVERY_SECONDS} seconds, none for work
 * that ends sooner.
 */
public final class ProgressBar implements ProgressListener {
    static final long LOG_EVERY_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressBar.class);

    private final PrintWriter err;
    private final boolean bars;
    private final LongSupplier nanoTime;
    private String lastStage = "";
    private int lastPct = -1;
    private long lastLogged;

    ProgressBar(PrintWriter err, boolean bars, LongSupplier nanoTime) {
        this.err = err;
        this.bars = bars;
        this.nanoTime = nanoTime;
        this.lastLogged = nanoTime.getAsLong();
    }

    /** The progress of a command: bars on its stderr when that is a terminal and the logs are text, else log lines. */
    public static ProgressBar of(CommandLine.Model.CommandSpec spec) {
        return new ProgressBar(spec.commandLine().getErr(), !PrecogCommand.jsonLogs(spec) && stderrIsTerminal(), System::nanoTime);
    }

    /**
     * Whether stderr is a terminal. Java cannot tell by itself: {@code ./precog} passes {@code -Dprecog.stderr.tty}
     * ({@code [ -t 2 ]}); without it, whether the JVM has an interactive console (stdin and stdout).
     */
    public static boolean stderrIsTerminal() {
        String told = System.getProperty("precog.stderr.tty");
        if (told != null) return Boolean.parseBoolean(told);
        java.io.Console console = System.console();
        if (console == null) return false;
        try { // JDK 22+: System.console() is there when redirected too; isTerminal() says whether it is interactive
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only on a terminal
        }
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
        int pct = total <= 0 ? 100 : (int) (100 * done / total);
        if (!bars) {
            long now = nanoTime.getAsLong();
            if (now - lastLogged >= TimeUnit.SECONDS.toNanos(LOG_EVERY_SECONDS)) {
                lastLogged = now;
                LOG.info("{}: {}% ({}/{})", stage, pct, done, total);
            }
            return;
        }
        if (stage.equals(lastStage) && pct == lastPct) return;
        lastStage = stage;
        lastPct = pct;
        int filled = pct / 5;
        String bar = "[" + "#".repeat(filled) + " ".repeat(20 - filled) + "]";
        err.print("\r" + String.format(Locale.ROOT, "%-14s %s %3d%% (%d/%d)", stage, bar, pct, done, total) + (pct >= 100 ? "\n" : ""));
        err.flush();
    }
}
