package com.precog.runner.cli;

import com.precog.application.service.backtest.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr (plain lines when stderr is not a terminal). */
public final class ProgressBar implements ProgressListener {
    private final PrintStream err;
    private final boolean tty;
    private String lastStage = "";
    private int lastPct = -1;

    public ProgressBar(PrintStream err) {
        this.err = err;
        this.tty = System.console() != null;
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
        int pct = total <= 0 ? 100 : (int) (100 * done / total);
        if (stage.equals(lastStage) && (pct == lastPct || (!tty && pct < 100 && pct / 25 == lastPct / 25))) return;
        lastStage = stage;
        lastPct = pct;
        int filled = pct / 5;
        String bar = "[" + "#".repeat(filled) + " ".repeat(20 - filled) + "]";
        String line = String.format(Locale.ROOT, "%-14s %s %3d%% (%d/%d)", stage, bar, pct, done, total);
        if (tty) {
            err.print("\r" + line + (pct >= 100 ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
