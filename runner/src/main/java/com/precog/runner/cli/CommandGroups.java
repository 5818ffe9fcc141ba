package com.precog.runner.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** What a command group (or {@code precog} itself) does when no subcommand is given. */
public final class CommandGroups {
    private CommandGroups() {}

    /**
     * Bad usage (SPEC §13.1: exit 2): names what is missing and prints the group's usage, both on stderr, so a script
     * that forgot the subcommand fails instead of reading the usage as output. {@code --help} still prints it on stdout, exit 0.
     */
    public static int missingSubcommand(CommandLine.Model.CommandSpec spec) {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        err.println(spec.parent() == null ? "precog: missing command" : "precog: missing subcommand of '" + spec.qualifiedName() + "'");
        cl.usage(err);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
