package com.precog.runner.cli.trading;

import com.precog.domain.money.FeeSchedule;
import com.precog.runner.config.ConfigDirectory;
import java.nio.file.Path;
import java.util.List;

/**
 * The General Trading Fees coefficients of {@code trading.yaml} ({@code fees.taker_coefficient},
 * {@code fees.maker_coefficient}) for the what-if commands, so they price a trade as the daemon and
 * the backtest do. No config directory: the built-in defaults (Kalshi's published 0.07 / 0.0175).
 */
final class ConfiguredFees {
    private ConfiguredFees() {}

    /**
     * The configured coefficients (taker and maker: the {@code quadratic_with_maker_fees} schedule).
     *
     * @param configDir the directory given with {@code --config-dir}, or null for the default
     * @throws IllegalArgumentException when {@code configDir} does not exist or is not a directory (exit 2)
     * @throws com.precog.application.config.InvalidConfigException when the directory's files are invalid (exit 2)
     */
    static FeeSchedule general(Path configDir) {
        return ConfigDirectory.load(configDir, List.of()).generalFees();
    }
}
