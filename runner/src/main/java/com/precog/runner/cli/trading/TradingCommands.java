package com.precog.runner.cli.trading;

import picocli.CommandLine;

/** Registers the trading area's top-level commands: {@code size}, {@code edges}, {@code strategy}, {@code trade}. */
public final class TradingCommands {
    private TradingCommands() {}

    public static void addTo(CommandLine cl) {
        cl.addSubcommand(new SizeCommand());
        cl.addSubcommand(new EdgesCommand());
        cl.addSubcommand(new StrategyCommand());
        cl.addSubcommand(new TradeCommand());
    }
}
