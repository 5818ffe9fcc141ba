package com.precog.runner.cli.ingame;

import com.precog.runner.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs one command directly with the root command's exit-code rules and captured output. */
final class Cli {
    record Run(int code, String out, String err) {}

    private Cli() {}

    static Run run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("precog: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("precog: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.RUNTIME_FAILURE;
        });
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
