package com.precog.runner.config;

import com.precog.application.config.ConfigProblem;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How configuration problems read on stderr: one line each, {@code file: key = "value": problem; allowed: range}; a
 * problem of a whole file (unreadable, not valid YAML) reads {@code file: line L, column C: problem}, without the
 * {@code = (missing)} of a key that has no value.
 */
public final class ConfigProblems {
    private static final Pattern LOCATION = Pattern.compile("line \\d+, column \\d+");

    private ConfigProblems() {}

    /** One problem on one line. */
    public static String line(ConfigProblem p) {
        boolean ofTheFile = p.value() == null && (p.path().isEmpty() || LOCATION.matcher(p.path()).matches());
        if (!ofTheFile) return p.toString();
        return p.file() + (p.path().isEmpty() ? "" : ": " + p.path()) + ": " + p.problem()
                + (p.allowed() == null || p.allowed().isEmpty() ? "" : "; allowed: " + p.allowed());
    }

    /**
     * Prints the problems after {@code precog: }: one problem on one line ({@code precog: invalid configuration: …}),
     * several under a line that counts them.
     */
    public static void print(PrintWriter err, List<ConfigProblem> problems) {
        if (problems.size() == 1) {
            err.println("precog: invalid configuration: " + line(problems.get(0)));
        } else {
            err.println("precog: invalid configuration (" + problems.size() + " problems):");
            for (ConfigProblem p : problems) err.println("  " + line(p));
        }
        err.flush();
    }
}
