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
 * option, {@code $PRECOG_CONFIG_DIR} (which, when set, must exist just the same) or {@code ./config}, and when
 * {@code ./config} does not exist the built-in defaults.
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
        if (given != null) return Optional.of(existing(given, "--config-dir"));
        String env = System.getenv("PRECOG_CONFIG_DIR");
        if (env != null && !env.isBlank()) return Optional.of(existing(Path.of(env.trim()), "PRECOG_CONFIG_DIR")); // named: must exist too
        Path standard = YamlConfigLoader.defaultDirectory();
        return Files.isDirectory(standard) ? Optional.of(standard) : Optional.empty();
    }

    private static Path existing(Path dir, String named) {
        String shown = dir + (dir.isAbsolute() ? "" : " (" + dir.toAbsolutePath().normalize() + ")");
        if (!Files.exists(dir)) throw new IllegalArgumentException(named + " " + shown + " does not exist");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(named + " " + shown + " is not a directory");
        return dir;
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
