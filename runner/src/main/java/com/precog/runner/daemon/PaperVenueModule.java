package com.precog.runner.daemon;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiMarketStream;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.Portfolio;
import com.precog.application.service.trading.PaperBroker;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Paper mode's venue: orders fill in the {@link PaperBroker} against the live Kalshi books (at
 * the touch, with Kalshi's fees), and the paper account is what the recorded paper trades add up
 * to ({@link JournalPortfolio}) — so a restart rebuilds it exactly.
 */
final class PaperVenueModule extends AbstractModule {
    @Provides
    @Singleton
    PaperBroker paperBroker(KalshiMarketStream books, Discovery discovery, KalshiAdapter kalshi, Clock clock) {
        // each market's own schedule (series fee type × fee_multiplier): paper maker fills pay the maker fee where Kalshi charges one
        PaperBroker broker = new PaperBroker(ExecutionEnvironment.PAPER, books, discovery::fees, clock);
        // a market Kalshi has paused, closed or determined (market_lifecycle_v2 / REST) accepts and fills nothing, on paper too
        broker.refuseWhen(ticker -> kalshi.marketLifecycle().status(ticker).filter(s -> s != MarketStatus.OPEN)
                .map(s -> "market_closed: " + ticker + " is " + s.name().toLowerCase(java.util.Locale.ROOT)));
        return broker;
    }

    @Provides
    @Singleton
    @Named("venue")
    OrderGateway venue(PaperBroker broker) {
        return broker;
    }

    @Provides
    @Singleton
    Portfolio portfolio(OrderJournal journal, SessionOptions options, PersistenceAdapters persistence) {
        return new JournalPortfolio(journal, ExecutionEnvironment.PAPER, options.paperBankroll(), persistence.settlements(ExecutionEnvironment.PAPER));
    }

    /** Nothing to keep in step at a paper venue. */
    @Provides
    @Singleton
    @Named("tick")
    Runnable venueTick() {
        return () -> { };
    }

    /** Every book change may fill resting paper orders. */
    @Provides
    @Singleton
    Consumer<String> onBookChange(PaperBroker broker) {
        return broker::onBookChanged;
    }
}
