package com.precog.runner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real CLI in-process with captured stdout/stderr. */
public final class CliRunner {
    /** Exit code and captured streams of one CLI run. */
    public record Result(int exitCode, String out, String err) {}

    private CliRunner() {}

    /** Runs the command line a start of {@code precog} builds for these arguments. */
    public static Result run(String... args) {
        return run(PrecogCommand.commandLine(args), args);
    }

    /** Runs {@code cl} with these arguments. */
    public static Result run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
