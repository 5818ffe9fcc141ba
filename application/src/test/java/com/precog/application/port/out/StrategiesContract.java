package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link Strategies} must have; extend it with a factory for the implementation under test. */
public abstract class StrategiesContract {
    protected static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    private Strategies strategies;

    protected abstract Strategies newStrategies();

    @BeforeEach
    void setUp() {
        strategies = newStrategies();
    }

    static StrategyVersion draft(String name, String version, StrategyType type) {
        return StrategyVersion.draft(StrategyKey.of(name, version), StrategyConfig.defaults(type), "test " + name, T0);
    }

    @Test
    void create_thenFind_returnsTheSameDefinition() {
        StrategyVersion v = draft("pregame", "v1.0", StrategyType.PRE_GAME_ENTRY);
        strategies.create(v);
        StrategyVersion found = strategies.find(v.key()).orElseThrow();
        assertThat(found.sameDefinitionAs(v)).isTrue();
        assertThat(found.status()).isEqualTo(StrategyStatus.DRAFT);
        assertThat(strategies.find(StrategyKey.of("pregame", "v9.9"))).isEmpty();
    }

    @Test
    void create_sameKeyOtherConfig_isRefused_sameDefinitionIsIdempotent() {
        strategies.create(draft("s", "v1.0", StrategyType.PRE_GAME_ENTRY));
        assertThat(strategies.create(draft("s", "v1.0", StrategyType.PRE_GAME_ENTRY)).key()).isEqualTo(StrategyKey.of("s", "v1.0"));
        assertThatThrownBy(() -> strategies.create(draft("s", "v1.0", StrategyType.HALFTIME_ENTRY))).isInstanceOf(IllegalStateException.class);
        assertThat(strategies.list()).hasSize(1);
    }

    @Test
    void changeStatus_followsLifecycle_andActiveListsOnlyActive() {
        strategies.create(draft("b", "v1.0", StrategyType.PRE_GAME_ENTRY));
        strategies.create(draft("a", "v1.1", StrategyType.HALFTIME_ENTRY));
        StrategyKey b = StrategyKey.of("b", "v1.0");
        assertThatThrownBy(() -> strategies.changeStatus(b, StrategyStatus.ACTIVE, T0)).isInstanceOf(IllegalStateException.class);
        strategies.changeStatus(b, StrategyStatus.TESTING, T0.plusSeconds(1));
        StrategyVersion active = strategies.changeStatus(b, StrategyStatus.ACTIVE, T0.plusSeconds(2));
        assertThat(active.statusChangedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(strategies.active()).extracting(StrategyVersion::key).containsExactly(b);
        assertThat(strategies.list()).extracting(v -> v.key().name()).containsExactly("a", "b");
        assertThat(strategies.find(b).orElseThrow().status()).isEqualTo(StrategyStatus.ACTIVE);
        assertThatThrownBy(() -> strategies.changeStatus(StrategyKey.of("zz", "v1.0"), StrategyStatus.TESTING, T0))
                .isInstanceOf(NoSuchElementException.class);
    }
}
