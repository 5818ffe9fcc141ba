package com.precog.runner.daemon;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiOrderGroupHalt;
import com.precog.application.service.risk.BreakerExchangeMirror;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.Portfolio;
import java.util.function.Consumer;

/**
 * Demo and live mode's venue: V2 order entry on the Kalshi exchange (demo or production host,
 * chosen by the mode) and the exchange's own account (cash, positions, fills). Needs credentials
 * ({@code KALSHI_API_KEY_ID}, {@code KALSHI_PRIVATE_KEY_PATH}).
 */
final class KalshiVenueModule extends AbstractModule {
    @Provides
    @Singleton
    @Named("venue")
    OrderGateway venue(KalshiAdapter kalshi) {
        if (kalshi.settings().apiKeyId().isEmpty()) {
            throw new IllegalArgumentException("demo and live modes place orders on Kalshi and need credentials: set KALSHI_API_KEY_ID and "
                    + "KALSHI_PRIVATE_KEY_PATH (see docs/OPERATIONS.md)");
        }
        return kalshi.orderGateway();
    }

    /** Contracts per 15 s the exchange lets our entry orders fill before it cancels them (a last-resort cap). */
    static final long ENTRY_GROUP_LIMIT = 10_000;

    /**
     * Circuit breakers mirrored to a Kalshi order group: entry orders join the group, a breaker that
     * halts all markets triggers it (the exchange cancels resting entries too), resolving resets it.
     * Exits never join the group.
     */
    @Provides
    @Singleton
    BreakerExchangeMirror breakerMirror(KalshiAdapter kalshi, CircuitBreakerService breakers, @Named("venue") OrderGateway venue) {
        KalshiOrderGroupHalt group = kalshi.entryOrderGroup(ENTRY_GROUP_LIMIT);
        group.open();
        return BreakerExchangeMirror.attach(breakers, group);
    }

    /** Retries a breaker mirror that could not reach the exchange. */
    @Provides
    @Singleton
    @Named("tick")
    Runnable venueTick(BreakerExchangeMirror mirror) {
        return mirror::tick;
    }

    @Provides
    @Singleton
    Portfolio portfolio(KalshiAdapter kalshi) {
        return kalshi.portfolio();
    }

    @Provides
    @Singleton
    Consumer<String> onBookChange() {
        return ticker -> { };
    }
}
