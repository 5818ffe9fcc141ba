package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ConfigOverrides} implementation must have (in-memory and PostgreSQL). */
public abstract class ConfigOverridesContract {
    protected abstract ConfigOverrides newStore();

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void newestActiveUnexpiredOverridePerKeyApplies() {
        ConfigOverrides s = newStore();
        s.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.10", T0, Optional.empty(), true, "first"));
        s.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.15", T0.plusSeconds(1), Optional.empty(), true, "second"));
        assertThat(s.activeAt(T0.plusSeconds(2))).singleElement().extracting(ConfigOverrides.Override::value).isEqualTo("0.15");
    }

    @Test
    void expiredOverridesStopApplying() {
        ConfigOverrides s = newStore();
        s.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.10", T0, Optional.of(T0.plusSeconds(60)), true, "temp"));
        assertThat(s.activeAt(T0.plusSeconds(59))).hasSize(1);
        assertThat(s.activeAt(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void removedOverridesStopApplying() {
        ConfigOverrides s = newStore();
        s.put(new ConfigOverrides.Override("trading.yaml", "kelly_fraction", "0.10", T0, Optional.empty(), true, "x"));
        s.remove("trading.yaml", "kelly_fraction");
        assertThat(s.activeAt(T0.plusSeconds(1))).isEmpty();
    }
}
