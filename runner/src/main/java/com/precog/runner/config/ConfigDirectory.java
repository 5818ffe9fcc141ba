package com.precog.runner.config;

import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.ConfigOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which YAML directory a command reads, the same rule for every command with {@code --config-dir}: a directory given
 * there must exist (else bad input, exit 2, naming it: a typo must not run on the built-in defaults); without the
 * option, {@code $PRECOG_CONFIG_DIR} or {@code ./config}, and when that default does not exist the built-in defaults.
 */
public final class ConfigDirectory {
    private ConfigDirectory() {}

    /**
     * The directory to read; empty when the option was not given and the default directory does not exist.
     *
     * @param given the {@code --config-dir} value, or null when the option was not given
     * @throws IllegalArgumentException when {@code given} does not exist or is not a directory
     */
    public static Optional<Path> resolve(Path given) {
        if (given != null) {
            String shown = given + (given.isAbsolute() ? "" : " (" + given.toAbsolutePath().normalize() + ")");
            if (!Files.exists(given)) throw new IllegalArgumentException("--config-dir " + shown + " does not exist");
            if (!Files.isDirectory(given)) throw new IllegalArgumentException("--config-dir " + shown + " is not a directory");
            return Optional.of(given);
        }
        Path standard = YamlConfigLoader.defaultDirectory();
        return Files.isDirectory(standard) ? Optional.of(standard) : Optional.empty();
    }

    /**
     * The configuration of {@link #resolve the directory} with these overrides (the built-in defaults and the overrides
     * when there is no directory).
     *
     * @throws IllegalArgumentException when {@code given} does not exist or is not a directory
     * @throws com.precog.application.config.InvalidConfigException with every problem of the files and overrides
     */
    public static EffectiveConfig load(Path given, List<ConfigOverrides.Override> overrides) {
        Optional<Path> dir = resolve(given);
        return dir.isPresent() ? YamlConfigLoader.load(dir.get(), overrides) : EffectiveConfig.resolve(Map.of(), overrides);
    }
}
