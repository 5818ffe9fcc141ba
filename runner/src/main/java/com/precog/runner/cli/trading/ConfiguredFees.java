package com.precog.runner.cli.trading;

import com.precog.application.config.EffectiveConfig;
import com.precog.domain.money.FeeSchedule;
import com.precog.runner.config.YamlConfigLoader;
import java.nio.file.Files;
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
     * @throws com.precog.application.config.InvalidConfigException when the directory's files are invalid (exit 2)
     */
    static FeeSchedule general(Path configDir) {
        Path dir = configDir != null ? configDir : YamlConfigLoader.defaultDirectory();
        EffectiveConfig cfg = configDir == null && !Files.isDirectory(dir) ? EffectiveConfig.defaults() : YamlConfigLoader.load(dir, List.of());
        return cfg.generalFees();
    }
}
