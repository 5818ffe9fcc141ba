package com.precog.runner;

import com.precog.runner.cli.PrecogCommand;
import com.precog.runner.cli.QuickStart;

/** Entry point of the {@code precog} executable. Exit codes: 0 success, 1 runtime failure, 2 bad usage or input. */
public final class Precog {
    private Precog() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        int quick = QuickStart.run(args, System.out);   // --help and --version without building the picocli model
        return quick >= 0 ? quick : PrecogCommand.commandLine(args).execute(args);
    }
}
