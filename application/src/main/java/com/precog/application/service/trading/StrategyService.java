package com.precog.application.service.trading;

import com.precog.application.port.in.trading.ManageStrategies;
import com.precog.application.port.out.Strategies;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ManageStrategies} over the {@link Strategies} port; time from the injected clock. */
public final class StrategyService implements ManageStrategies {
    private static final Logger log = LoggerFactory.getLogger(StrategyService.class);
    private final Strategies strategies;
    private final Clock clock;

    public StrategyService(Strategies strategies, Clock clock) {
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<StrategyVersion> list() {
        return strategies.list();
    }

    @Override
    public Optional<StrategyVersion> show(StrategyKey key) {
        return strategies.find(key);
    }

    @Override
    public StrategyVersion create(CreateStrategyVersion command) {
        StrategyVersion draft = StrategyVersion.draft(command.key(), command.config(), command.description(), clock.instant());
        try {
            StrategyVersion created = strategies.create(draft);
            log.info("strategy {} ({}) created as {}", created.key(), created.type().wireName(), created.status().wireName());
            return created;
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public StrategyVersion moveTo(StrategyKey key, StrategyStatus next) {
        try {
            StrategyVersion moved = strategies.changeStatus(key, next, clock.instant());
            log.info("strategy {} is now {}", key, next.wireName());
            return moved;
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException("no strategy '" + key + "'", e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
