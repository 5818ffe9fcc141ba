package com.precog.runner.config;

import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.ConfigOverrides;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database overrides of {@code precog config set} (table {@code config_overrides}) on top of the
 * YAML files: the SPEC §12 precedence "active, unexpired DB override > YAML > built-in default" for
 * every process that reads the configuration and has a database — the daemon, the backtest and
 * {@code config show --db}. {@code live_trading_confirmed} is never taken from an override: real
 * money is confirmed in trading.yaml only ({@code config set} refuses one; one stored by an earlier
 * release is ignored here).
 */
public final class DatabaseOverrides {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOverrides.class);

    private DatabaseOverrides() {}

    /** Whether {@code file:path} is the real-money switch, which no override may set. */
    public static boolean isLiveTradingConfirmed(String file, String path) {
        return file.equals(ConfigSchema.TRADING) && path.equals("live_trading_confirmed");
    }

    /** The overrides of {@code store} active at {@code now}, without any on the real-money switch. */
    public static List<ConfigOverrides.Override> activeAt(ConfigOverrides store, Instant now) {
        return store.activeAt(now).stream().filter(o -> !isLiveTradingConfirmed(o.file(), o.path())).toList();
    }

    /**
     * {@code files} with the overrides active at {@code now} on top; each one in force is logged (what
     * runs differs from the files).
     *
     * @throws com.precog.application.config.InvalidConfigException when a stored override no longer fits the files
     *                                                              (e.g. a cross-field rule with a changed YAML value)
     */
    public static EffectiveConfig apply(EffectiveConfig files, ConfigOverrides store, Instant now) {
        List<ConfigOverrides.Override> active = activeAt(store, now);
        if (active.isEmpty()) return files;
        EffectiveConfig cfg = files.withOverrides(active);
        for (ConfigOverrides.Override o : active) {
            LOG.info("configuration: database override {}:{} = {} in force{} (precog config set; the file says {})", o.file(), o.path(), o.value(),
                    o.expiresAt().map(t -> " until " + t).orElse(""), files.text(o.file(), o.path()));
        }
        return cfg;
    }
}
