package com.precog.application.service.risk;

import com.precog.application.port.out.InMemoryBreakerEvents;
import com.precog.application.port.out.TradingHalts;
import com.precog.application.port.out.TradingHaltsContract;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import java.time.Clock;
import java.time.ZoneOffset;

/** The circuit breaker service is the trading core's {@link TradingHalts}. */
class BreakerTradingHaltsTest extends TradingHaltsContract {
    @Override
    protected TradingHalts newHalts() {
        return new CircuitBreakerService(Clock.fixed(T0, ZoneOffset.UTC), new InMemoryBreakerEvents(), BreakerConfig.defaults(), ZoneOffset.UTC);
    }

    @Override
    protected void tripAll(TradingHalts halts, String breaker) {
        ((CircuitBreakerService) halts).trip(BreakerKind.parse(breaker), BreakerEvent.ALL, false, "test", "test");
    }

    @Override
    protected void tripMarket(TradingHalts halts, String ticker, String breaker) {
        ((CircuitBreakerService) halts).trip(BreakerKind.parse(breaker), ticker, false, "test", "test");
    }

    @Override
    protected void resetAll(TradingHalts halts) {
        CircuitBreakerService s = (CircuitBreakerService) halts;
        for (BreakerEvent e : s.active()) s.resolve(e.kind(), e.scope(), "test", "reset");
    }
}
