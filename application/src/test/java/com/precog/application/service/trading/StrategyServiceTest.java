package com.precog.application.service.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.in.trading.ManageStrategies.CreateStrategyVersion;
import com.precog.application.port.out.InMemoryStrategies;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StrategyServiceTest {
    private static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    private final StrategyService service = new StrategyService(new InMemoryStrategies(), Clock.fixed(T0, ZoneOffset.UTC));
    private final StrategyKey key = StrategyKey.of("half", "v1.0");

    @Test
    void create_stampsTheClock_andMovesThroughTheLifecycle() {
        var v = service.create(new CreateStrategyVersion(key, StrategyConfig.defaults(StrategyType.HALFTIME_ENTRY), "halftime NFL"));
        assertThat(v.createdAt()).isEqualTo(T0);
        assertThat(v.status()).isEqualTo(StrategyStatus.DRAFT);
        service.moveTo(key, StrategyStatus.TESTING);
        assertThat(service.moveTo(key, StrategyStatus.ACTIVE).isActive()).isTrue();
        assertThat(service.show(key).orElseThrow().status()).isEqualTo(StrategyStatus.ACTIVE);
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void badRequests_becomeIllegalArgument_namingTheProblem() {
        service.create(new CreateStrategyVersion(key, StrategyConfig.defaults(StrategyType.HALFTIME_ENTRY), ""));
        assertThatThrownBy(() -> service.create(new CreateStrategyVersion(key, StrategyConfig.defaults(StrategyType.PRE_GAME_ENTRY), "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> service.moveTo(key, StrategyStatus.ACTIVE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("draft").hasMessageContaining("active");
        assertThatThrownBy(() -> service.moveTo(StrategyKey.of("nope", "v1.0"), StrategyStatus.TESTING)).hasMessageContaining("nope@v1.0");
    }
}
