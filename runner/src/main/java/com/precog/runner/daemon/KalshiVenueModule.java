package com.precog.runner.daemon;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiMarketStream;
import com.precog.adapters.kalshi.KalshiOrderGroupHalt;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.service.risk.BreakerExchangeMirror;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.Portfolio;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * Contracts per 15 s the exchange lets our entry orders fill before it triggers the group (a
     * last-resort cap against a runaway loop): twice what the largest position
     * ({@code limits.max_position_dollars}) buys at the lowest price, $0.01, so one legitimate entry
     * can never reach it (a fixed 10,000 did: $500 of a 4¢ contract is 12,500 contracts); within
     * Kalshi's 1,000,000.
     */
    static long entryGroupLimit(EffectiveConfig config) {
        BigDecimal maxPosition = config.decimal(ConfigSchema.TRADING, "limits.max_position_dollars");
        long atOneCent = maxPosition.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.min(1_000_000L, Math.max(1L, 2 * atOneCent));
    }

    /**
     * Circuit breakers mirrored to a Kalshi order group: entry orders join the group, a breaker that
     * halts all markets triggers it (the exchange cancels resting entries too), resolving resets it.
     * Exits never join the group. The group follows {@code order_group_updates} on the session's
     * stream, so a trigger the exchange makes by itself trips {@code unusual_activity} instead of
     * leaving every later entry refused unseen.
     */
    @Provides
    @Singleton
    BreakerExchangeMirror breakerMirror(KalshiAdapter kalshi, CircuitBreakerService breakers, @Named("venue") OrderGateway venue,
                                        KalshiMarketStream stream, EffectiveConfig config) {
        KalshiOrderGroupHalt group = kalshi.entryOrderGroup(entryGroupLimit(config));
        group.open();
        group.follow(stream);
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
