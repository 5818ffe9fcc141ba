package com.precog.runner.cli.data;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precog data <subcommand>}: loading reference data. Each loader is its own class, listed here. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Load historical and reference data.",
        subcommands = {ImportHistoryCommand.class})
public final class DataCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return com.precog.runner.cli.CommandGroups.missingSubcommand(spec);
    }
}
