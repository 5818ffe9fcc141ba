package com.precog.runner.cli.trading;

import com.precog.runner.cli.Commands;

/** Registers the trading area's top-level commands: {@code size}, {@code edges}, {@code strategy}, {@code trade}. */
public final class TradingCommands {
    private TradingCommands() {}

    public static void addTo(Commands commands) {
        commands.add(SizeCommand.class, SizeCommand::new);
        commands.add(EdgesCommand.class, EdgesCommand::new);
        commands.add(StrategyCommand.class, StrategyCommand::new);
        commands.add(TradeCommand.class, TradeCommand::new);
    }
}
