package com.precog.runner.daemon;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.precog.adapters.kalshi.KalshiAdapter;
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
