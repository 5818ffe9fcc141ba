package com.precog.runner.cli.trading;

import com.precog.runner.cli.PrecogCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI with captured out/err; finds the shared data directory by walking up (or PRECOG_SHARED_DATA). */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        CommandLine cl = PrecogCommand.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static Path sharedData() {
        String explicit = System.getProperty("PRECOG_SHARED_DATA", System.getenv("PRECOG_SHARED_DATA"));
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
            if (Files.isDirectory(p.resolve("shared").resolve("data"))) return p.resolve("shared").resolve("data");
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath() + "; set PRECOG_SHARED_DATA");
    }
}
