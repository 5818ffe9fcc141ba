package com.precog.runner.config;

import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.ConfigOverrides;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The configuration of a command that works from any directory (the model commands): the YAML files of
 * {@link ConfigDirectory} ({@code --config-dir} or {@code $PRECOG_CONFIG_DIR}, which must then exist, else
 * {@code ./config} when there is one, else the built-in defaults); with the database overrides of {@code precog config set} on top when the command has the
 * database (SPEC §12: override &gt; YAML &gt; default).
 */
public final class CommandConfig {
    private CommandConfig() {}

    /**
     * @param configDir the {@code --config-dir} option, or null
     * @param overrides the database's overrides, or null for a command without a database
     * @param now when the overrides must be active
     * @throws com.precog.application.config.InvalidConfigException with every problem of the files and overrides
     */
    public static EffectiveConfig load(Path configDir, ConfigOverrides overrides, Instant now) {
        EffectiveConfig files = ConfigDirectory.load(configDir, List.of()); // the one rule for which directory is read
        return overrides == null ? files : DatabaseOverrides.apply(files, overrides, now);
    }
}
