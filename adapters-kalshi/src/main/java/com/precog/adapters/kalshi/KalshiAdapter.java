package com.precog.adapters.kalshi;

import com.precog.application.port.out.MarketCatalog;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.Portfolio;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Kalshi adapter's factory: builds the signed, rate-limited REST client from
 * {@link KalshiSettings} and hands out the port implementations. The runner creates one per
 * process: {@code KalshiAdapter.create(KalshiSettings.fromEnvironment(System.getenv()), Clock.systemUTC(), listener)}.
 */
public final class KalshiAdapter {
    private final KalshiSettings settings;
    private final Clock clock;
    private final ExchangeHealthListener listener;
    private final Optional<RequestSigner> signer;
    private final KalshiRestClient rest;
    private final KalshiMarketLifecycle lifecycle;
    private final KalshiMarketCatalog catalog;
    private final KalshiPortfolio portfolio;
    private final KalshiOrderGateway orders;

    private KalshiAdapter(KalshiSettings settings, Clock clock, ExchangeHealthListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.signer = settings.apiKeyId().map(id -> RequestSigner.fromFile(id, settings.privateKeyPath().orElseThrow(), clock));
        this.rest = new KalshiRestClient(new KalshiHttp(settings, signer, listener), settings.generalFees());
        this.lifecycle = new KalshiMarketLifecycle(clock);
        this.catalog = new KalshiMarketCatalog(rest, lifecycle);
        this.portfolio = new KalshiPortfolio(rest);
        this.orders = new KalshiOrderGateway(rest, lifecycle);
    }

    /**
     * @throws KalshiKeyException when credentials are configured but the key file is missing, unreadable or not an RSA PEM key
     */
    public static KalshiAdapter create(KalshiSettings settings, Clock clock, ExchangeHealthListener listener) {
        return new KalshiAdapter(settings, clock, listener);
    }

    public static KalshiAdapter create(KalshiSettings settings) {
        return create(settings, Clock.systemUTC(), ExchangeHealthListener.NONE);
    }

    public KalshiSettings settings() {
        return settings;
    }

    /** The typed REST client (every endpoint). */
    public KalshiRestClient rest() {
        return rest;
    }

    /** Markets and books over REST. */
    public MarketCatalog marketCatalog() {
        return catalog;
    }

    /**
     * The open binary markets of a series with their top-of-book quote and traded volume, as
     * {@link MarketCatalog#openMarkets} lists them: each with its series' fee schedule (fee type and
     * {@code fee_multiplier}) and the lifecycle's merged status. For discovery that also needs volume.
     */
    public List<KalshiModels.MarketQuote> openMarketQuotes(String seriesTicker) {
        return catalog.openQuotes(seriesTicker);
    }

    /**
     * Market lifecycle (open, paused, closed, determined with its result, settled) as the catalog
     * and the order gateway see it; fed by every stream's {@code market_lifecycle_v2} channel and by
     * REST market answers. Listeners hear every change, e.g. to settle positions.
     */
    public KalshiMarketLifecycle marketLifecycle() {
        return lifecycle;
    }

    /** Cash and positions over REST (needs credentials). */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** V2 order entry with safe (lookup-before-resubmit) retries (needs credentials). */
    public OrderGateway orderGateway() {
        return orders;
    }

    /**
     * The circuit breakers' exchange-side halt over a Kalshi order group with a rolling 15 s cap of
     * {@code contractsLimit} matched contracts (needs credentials). Call {@link KalshiOrderGroupHalt#open()}
     * before the first entry so entry orders join the group; exits (reduce-only) never do.
     */
    public KalshiOrderGroupHalt entryOrderGroup(long contractsLimit) {
        return new KalshiOrderGroupHalt(rest, contractsLimit);
    }

    /**
     * A new live book feed (call {@link KalshiMarketStream#start()}): WebSocket when credentials are
     * configured, REST polling every {@code pollInterval} while the stream is down (or always
     * without credentials). It follows {@code market_lifecycle_v2} into {@link #marketLifecycle()}.
     * Close it when done.
     */
    public KalshiMarketStream marketStream(Duration pollInterval, Duration reconnectBackoff) {
        return new KalshiMarketStream(settings, signer, rest, lifecycle, pollInterval, reconnectBackoff);
    }

    /** {@link #marketStream(Duration, Duration)} with a 2 s REST poll and a 500 ms first reconnect delay. */
    public KalshiMarketStream marketStream() {
        return marketStream(Duration.ofSeconds(2), Duration.ofMillis(500));
    }

    Optional<RequestSigner> signer() {
        return signer;
    }

    Clock clock() {
        return clock;
    }

    ExchangeHealthListener listener() {
        return listener;
    }
}
