package com.precog.runner;

import com.precog.runner.cli.PrecogCommand;
import com.precog.runner.cli.QuickStart;

/** Entry point of the {@code precog} executable. Exit codes: 0 success, 1 runtime failure, 2 bad usage or input. */
public final class Precog {
    private Precog() {}

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0 || otherThreadsRunning()) {
            System.exit(code);
        }
        // success and nothing else running: returning ends the JVM the same way (exit 0, shutdown hooks run)
        // without System.exit starting the JDK's logging to log the exit (~40 ms of a short command)
    }

    /** Whether a thread other than this one could keep the JVM alive (a live non-daemon thread). */
    static boolean otherThreadsRunning() {
        Thread self = Thread.currentThread();
        for (Thread t : Thread.getAllStackTraces().keySet()) {   // a loop: no lambda to bootstrap on the quick path
            if (t != self && t.isAlive() && !t.isDaemon()) {
                return true;
            }
        }
        return false;
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        int quick = QuickStart.run(args, System.out);   // --help and --version without building the picocli model
        return quick >= 0 ? quick : PrecogCommand.commandLine(args).execute(args);
    }
}
