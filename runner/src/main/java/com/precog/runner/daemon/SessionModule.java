package com.precog.runner.daemon;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.precog.adapters.espn.EspnConfig;
import com.precog.adapters.espn.EspnGameFeed;
import com.precog.adapters.kalshi.KalshiAdapter;
import com.precog.adapters.kalshi.KalshiMarketStream;
import com.precog.adapters.kalshi.KalshiModels;
import com.precog.adapters.kalshi.KalshiSettings;
import com.precog.adapters.persistence.Database;
import com.precog.adapters.persistence.PersistenceAdapters;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.port.out.BreakerEvents;
import com.precog.application.port.out.EdgeJournal;
import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.MarketCatalog;
import com.precog.application.port.out.MarketDataFeed;
import com.precog.application.port.out.MarketResults;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.Portfolio;
import com.precog.application.port.out.Positions;
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.ProbabilitySource;
import com.precog.application.port.out.SessionHealthReports;
import com.precog.application.port.out.Strategies;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.service.exits.ExitExecutor;
import com.precog.application.service.games.ExecutorPollScheduler;
import com.precog.application.service.games.GameEventBus;
import com.precog.application.service.games.GamePollingService;
import com.precog.application.service.games.PollingPolicy;
import com.precog.application.service.positions.MarketBoard;
import com.precog.application.service.positions.MonitorConfig;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.positions.PositionMonitor;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.application.service.session.AccountExposures;
import com.precog.application.service.session.ActiveInGameModel;
import com.precog.application.service.session.BalanceRecorder;
import com.precog.application.service.session.JournalingGateway;
import com.precog.application.service.session.LinkedGames;
import com.precog.application.service.session.LiveMarkets;
import com.precog.application.service.session.SessionSettings;
import com.precog.application.service.session.StartupReconciliation;
import com.precog.application.service.session.TradingSession;
import com.precog.application.service.trading.EntryService;
import com.precog.application.service.trading.NoEntryWhileExiting;
import com.precog.application.service.session.ExchangeHours;
import com.precog.application.service.session.PositionDrift;
import com.precog.application.port.out.VenueStatus;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameLinker;
import com.precog.domain.game.League;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Dollars;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.StrategyKey;
import com.precog.runner.cli.db.DbCommand;
import com.precog.runner.cli.positions.DatabaseExitStore;
import com.precog.runner.cli.positions.LegacyExitImport;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The Guice module every live-data mode shares: the database (orders, trades, edges,
 * strategies, game states, and the mode's positions, exits, breakers and close requests), the Kalshi market data (catalog and
 * book stream), the ESPN game feed, and the trading session built from them. The venue — where
 * orders go and what the account holds — comes from the mode's module: {@link PaperVenueModule}
 * (simulated fills against live books) or {@link KalshiVenueModule} (the demo or live exchange).
 */
public final class SessionModule extends AbstractModule {
    /** The New York trading day (SPEC §8 daily limits). */
    public static final ZoneId TRADING_ZONE = ZoneId.of("America/New_York");

    private final SessionOptions options;

    public SessionModule(SessionOptions options) {
        this.options = options;
    }

    /** The Guice modules of a mode. */
    public static List<com.google.inject.Module> forMode(SessionOptions options) {
        series(options.config()); // markets.yaml mistakes are bad input before anything is built
        com.google.inject.Module venue = options.environment() == ExecutionEnvironment.PAPER ? new PaperVenueModule() : new KalshiVenueModule();
        return List.of(new SessionModule(options), venue);
    }

    @Override
    protected void configure() {
        bind(SessionOptions.class).toInstance(options);
        bind(Clock.class).toInstance(Clock.systemUTC());
    }

    /**
     * The configuration in force: the files read at start with the database overrides of {@code precog config set}
     * active now on top (SPEC §12: override > YAML > default), read once — a later change applies at the next start.
     */
    @Provides
    @Singleton
    EffectiveConfig config(PersistenceAdapters persistence, Clock clock) {
        return com.precog.runner.config.DatabaseOverrides.apply(options.config(), persistence.configOverrides("precog-run"), clock.instant());
    }

    @Provides
    @Singleton
    Database database() {
        return options.database().orElseGet(() -> DbCommand.openMigrated(options.config()));
    }

    @Provides
    @Singleton
    PersistenceAdapters persistence(Database db, Clock clock) {
        return new PersistenceAdapters(db, clock);
    }

    @Provides
    @Singleton
    OrderJournal orderJournal(PersistenceAdapters p) {
        return p.orderJournal();
    }

    @Provides
    @Singleton
    EdgeJournal edgeJournal(PersistenceAdapters p) {
        return p.edgeJournal();
    }

    @Provides
    @Singleton
    Strategies strategies(PersistenceAdapters p) {
        return p.strategies();
    }

    /** Positions, exits, breakers and close requests of this mode's environment in PostgreSQL; a legacy file store is imported first. */
    @Provides
    @Singleton
    DatabaseExitStore exitStore(PersistenceAdapters p) {
        LegacyExitImport.importOnce(options.home(), p);
        return new DatabaseExitStore(p, options.environment());
    }

    @Provides
    @Singleton
    Positions positions(DatabaseExitStore s) {
        return s.positions();
    }

    @Provides
    @Singleton
    ExitJournal exitJournal(DatabaseExitStore s) {
        return s.journal();
    }

    @Provides
    @Singleton
    BreakerEvents breakerEvents(DatabaseExitStore s) {
        return s.breakerEvents();
    }

    @Provides
    @Singleton
    KalshiAdapter kalshi(Clock clock, CircuitBreakerService breakers, EffectiveConfig config) {
        Map<String, String> env = new HashMap<>(options.env());
        switch (options.environment()) {
            case DEMO -> env.put("KALSHI_ENV", "demo");
            case LIVE -> env.put("KALSHI_ENV", "prod");
            default -> env.putIfAbsent("KALSHI_ENV", config.text(ConfigSchema.DATA, "kalshi.environment"));
        }
        // Kalshi HTTP failures (5xx, timeouts, connection errors) feed the api_failures breaker (SPEC §8)
        com.precog.adapters.kalshi.ExchangeHealthListener toBreaker = new com.precog.adapters.kalshi.ExchangeHealthListener() {
            @Override
            public void onFailure(String endpoint, String reason) {
                breakers.recordApiError("Kalshi " + endpoint + ": " + reason);
            }
        };
        // the General Trading Fees coefficients of trading.yaml; each series scales them by its fee_multiplier
        env.putIfAbsent("KALSHI_RATE_TIER", config.text(ConfigSchema.DATA, "kalshi.rate_limit_tier")); // the environment beats data_sources.yaml
        return KalshiAdapter.create(KalshiSettings.fromEnvironment(env).withGeneralFees(config.generalFees())
                .withRequestTimeout(config.duration(ConfigSchema.DATA, "kalshi.request_timeout")), clock, toBreaker);
    }

    @Provides
    @Singleton
    KalshiMarketStream marketStream(KalshiAdapter kalshi) {
        return kalshi.marketStream().start();
    }

    @Provides
    @Singleton
    MarketDataFeed feed(KalshiMarketStream stream) {
        return stream;
    }

    @Provides
    @Singleton
    Discovery discovery(KalshiAdapter kalshi) {
        return new Discovery(kalshi);
    }

    @Provides
    @Singleton
    MarketCatalog catalog(Discovery d) {
        return d;
    }

    @Provides
    @Singleton
    MarketResults results(KalshiAdapter kalshi) {
        boolean paper = options.environment() == ExecutionEnvironment.PAPER;
        return new MarketResults() {
            @Override
            public Optional<Side> winningSide(String ticker) {
                return outcome(ticker).flatMap(MarketOutcome::winningSide);
            }

            @Override
            public Optional<MarketOutcome> outcome(String ticker) {
                // market_lifecycle_v2 "determined" carries result and settlement value for every market we stream
                var streamed = kalshi.marketLifecycle().state(ticker).flatMap(com.precog.adapters.kalshi.KalshiMarketLifecycle.State::outcome);
                if (streamed.isPresent()) return streamed;
                // a determination the stream never delivered (down or reconnecting at the time): the market's own REST result
                try {
                    var rest = kalshi.rest().marketOutcome(ticker);
                    if (rest.isPresent() || paper) return rest;
                } catch (RuntimeException e) {
                    if (paper) return Optional.empty(); // asked again at the next discovery
                }
                for (var s : kalshi.rest().settlements()) {
                    if (s.marketTicker().equals(ticker)) {
                        var o = s.outcome();
                        if (o.isPresent()) return o;
                    }
                }
                return Optional.empty();
            }
        };
    }

    @Provides
    @Singleton
    SessionHealthReports healthReports(LinkedGames linked, ExchangeHours hours, PositionDrift drift, MarketCoverage coverage, EffectiveConfig config) {
        return new HealthFile(HealthFile.defaultPath(options.home()), () -> Optional.of(linked.modelHealth()),
                () -> List.of(hours.health(), drift.health(), coverage.health()), config.duration(ConfigSchema.SYSTEM, "health.check_interval"));
    }

    /** Which tracked markets can be priced (fair values, or a model of their league and a linked game): health component {@code model_coverage}. */
    @Provides
    @Singleton
    MarketCoverage coverage(FairValues fair, LinkedGames linked, Clock clock, Discovery discovery) {
        MarketCoverage coverage = new MarketCoverage(ticker -> fair.file().flatMap(f -> f.estimate(ticker)).isPresent(),
                ticker -> linked.gameOf(ticker).isPresent(), clock, options.tick().multipliedBy(LINK_GRACE_TICKS));
        coverage.unknownSeries(discovery::unknownSeries);
        return coverage;
    }

    /** The session's open positions (loaded at start, marks written every {@link DatabaseExitStore#MARK_INTERVAL}). */
    @Provides
    @Singleton
    PositionBook positionBook(Positions positions) {
        return new PositionBook(positions, MonitorConfig.defaults().markStepMicros(), DatabaseExitStore.MARK_INTERVAL);
    }

    /** The venue's holdings against the book, compared every 60 ticks (a minute): health component {@code positions}. */
    @Provides
    @Singleton
    PositionDrift positionDrift(Portfolio portfolio, PositionBook book, Clock clock, KalshiAdapter kalshi) {
        return new PositionDrift(portfolio, book, clock, options.tick().multipliedBy(VENUE_CHECK_TICKS),
                ticker -> kalshi.marketLifecycle().tradingOver(ticker)); // settling markets legitimately differ until the payout
    }

    /** Ticks (30 s at the 1 s tick) a discovered market may wait for its game link before health reports it unlinked. */
    static final int LINK_GRACE_TICKS = 30;

    /** How often the session reads the venue's status and holdings (one read each): every 60 ticks, a minute at the 1 s tick. */
    static final int VENUE_CHECK_TICKS = 60;

    /**
     * Whether Kalshi is trading (maintenance, exchange hours): entries halt and exits wait while it is
     * not. Paper too: its fills come from Kalshi's books, which stand still then.
     */
    @Provides
    @Singleton
    ExchangeHours exchangeHours(KalshiAdapter kalshi, Clock clock) {
        ExchangeHours hours = new ExchangeHours(() -> {
            var st = kalshi.rest().exchangeStatus();
            return new VenueStatus.Status(st.exchangeActive(), st.tradingActive(), st.estimatedResumeTime());
        }, clock, options.tick().multipliedBy(VENUE_CHECK_TICKS));
        hours.refresh(); // known before the session's first scan
        return hours;
    }

    @Provides
    @Singleton
    CircuitBreakerService breakers(Clock clock, BreakerEvents events, EffectiveConfig config) {
        return new CircuitBreakerService(clock, events, com.precog.application.config.ConfiguredRisk.breakers(config), TRADING_ZONE); // circuit_breakers.*
    }

    @Provides
    @Singleton
    ApiBudget budget(Clock clock) {
        return new ApiBudget(clock, 600, 600);
    }

    @Provides
    @Singleton
    GameEventBus gameEvents() {
        return new GameEventBus();
    }

    @Provides
    @Singleton
    @Named("espn")
    java.util.concurrent.ScheduledExecutorService espnPolls() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "precog-espn");
            t.setDaemon(true);
            return t;
        });
    }

    @Provides
    @Singleton
    GamePollingService games(Clock clock, PersistenceAdapters persistence, GameEventBus events,
                             @Named("espn") java.util.concurrent.ScheduledExecutorService executor, EffectiveConfig c) {
        com.precog.application.port.out.games.GameStates states = persistence.gameStates(); // SCD2 history in game_states
        Map<String, String> env = new HashMap<>(options.env());
        String override = System.getProperty("ESPN_BASE_URL");
        if (override != null) env.put("ESPN_BASE_URL", override);
        env.putIfAbsent("ESPN_BASE_URL", c.text(ConfigSchema.DATA, "espn.base_url")); // the environment beats data_sources.yaml
        EspnGameFeed feed = new EspnGameFeed(EspnConfig.fromEnvironment(env)
                .withMaxRequestsPerHour(Math.toIntExact(c.integer(ConfigSchema.DATA, "espn.max_requests_per_hour"))), clock);
        PollingPolicy policy = new PollingPolicy(c.duration(ConfigSchema.DATA, "espn.live_poll_interval"),
                c.duration(ConfigSchema.DATA, "espn.idle_poll_interval"), c.duration(ConfigSchema.DATA, "espn.stale_after"));
        return new GamePollingService(feed, states, events, clock, new ExecutorPollScheduler(executor), policy, leagues(c));
    }

    /** How often the model store is re-read for the active in-game version. */
    static final Duration MODEL_REFRESH = Duration.ofMinutes(1);

    @Provides
    @Singleton
    LinkedGames linkedGames(GamePollingService games, PersistenceAdapters persistence,
                            @Named("espn") java.util.concurrent.ScheduledExecutorService executor, EffectiveConfig c) {
        // the newest ACTIVE in_game_logistic version of probability_models, read now and every minute
        ActiveInGameModel active = new ActiveInGameModel(persistence.modelVersions());
        active.refresh();
        executor.scheduleWithFixedDelay(active::refresh, MODEL_REFRESH.toMillis(), MODEL_REFRESH.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        // elo.* and ingame.margin_sd of probability_models.yaml: the pre-game Elo replay and the normal in-game model
        LinkedGames linked = new LinkedGames(games::current,
                BundledEloRatings.load(com.precog.application.config.ConfiguredModels.elo(c, com.precog.domain.game.League.NFL)),
                com.precog.application.config.ConfiguredModels.normalInGame(c), active, LinkedGames.Settings.defaults());
        linked.usePregamePrices(persistence.pregamePrices(options.environment())); // a restart mid-game keeps the market's margin
        return linked;
    }

    /** The enabled leagues of markets.yaml. */
    static Set<League> leagues(EffectiveConfig config) {
        Set<League> out = EnumSet.noneOf(League.class);
        for (League l : League.values()) {
            if (config.bool(ConfigSchema.MARKETS, "leagues." + l.name().toLowerCase(Locale.ROOT) + ".enabled")) out.add(l);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("markets.yaml enables no league: nothing to trade");
        return out;
    }

    /**
     * Series to discover: the enabled leagues' series of markets.yaml. A blank one is refused: Kalshi reads
     * {@code series_ticker=} as no filter, and every open market of the exchange would be tracked.
     */
    static List<String> series(EffectiveConfig config) {
        List<String> out = new ArrayList<>();
        for (League l : leagues(config)) {
            String key = "leagues." + l.name().toLowerCase(Locale.ROOT) + ".series";
            String series = config.text(ConfigSchema.MARKETS, key).trim();
            if (series.isEmpty()) {
                throw new IllegalArgumentException("markets.yaml " + key + " is blank: name the league's Kalshi series (e.g. " + l.kalshiGameSeries()
                        + ") or set leagues." + l.name().toLowerCase(Locale.ROOT) + ".enabled: false");
            }
            out.add(series);
        }
        return out;
    }

    @Provides
    @Singleton
    FairValues fairValues(Clock clock) {
        return new FairValues(options.fairValues().map(p -> FairValueFile.read(p, clock.instant())));
    }

    /** A book update of a linked market before kick-off: its quote is the game's pre-game price (the in-play expected margin). */
    static void observePregameQuote(String ticker, MarketDataFeed feed, LinkedGames linked, Clock clock) {
        Optional<OrderBook> book = feed.book(ticker);
        if (book.isEmpty()) return;
        OrderBook b = book.get();
        linked.observeQuote(ticker, b.bestBidMicros(Side.YES), b.bestAskMicros(Side.YES), clock.millis());
    }

    /** The optional operator file, consulted before the models. */
    record FairValues(Optional<FairValueFile> file) { }

    @Provides
    @Singleton
    TradingSession session(Clock clock, Discovery discovery, MarketDataFeed feed, KalshiMarketStream stream, @Named("venue") OrderGateway venue,
                           Portfolio portfolio, Consumer<String> onBookChange, OrderJournal journal, EdgeJournal edges, Strategies strategies,
                           ExitJournal exitJournal, CircuitBreakerService breakers, ApiBudget budget, MarketResults results,
                           LinkedGames linked, GamePollingService games, FairValues fair, SessionHealthReports healthHolder,
                           @Named("tick") Runnable venueTick, DatabaseExitStore exitStore, PersistenceAdapters persistence,
                           ExchangeHours hours, PositionBook book, PositionDrift drift, MarketCoverage coverage, EffectiveConfig config) {
        ExecutionEnvironment env = options.environment();
        TrailingStopConfig trailing = com.precog.application.config.ConfiguredExits.trailingStop(config); // trailing_stop.*
        MarketBoard board = new MarketBoard();

        LiveMarkets.Situations situations = (gameId, league, now) -> {
            if (fair.file().isPresent()) {
                var s = fair.file().get().situation(gameId, league, now);
                if (s.isPresent()) return s;
            }
            return linked.situation(gameId, league, now);
        };
        LiveMarkets markets = new LiveMarkets(situations);
        ProbabilitySource probabilities = ticker -> {
            if (fair.file().isPresent()) {
                Optional<ProbabilityEstimate> e = fair.file().get().estimate(ticker);
                if (e.isPresent()) return e;
            }
            // the models are football models: a linked game of another league is never priced by them
            return coverage.modelled(ticker) ? linked.estimate(ticker) : Optional.empty();
        };
        coverage.track(markets::all);
        JournalingGateway gateway = new JournalingGateway(venue, journal, r -> exitAttribution(r, book, env), options.points(), clock);
        AtomicReference<TradingSession> self = new AtomicReference<>();
        CachedCash cash = new CachedCash(portfolio, clock);
        AccountExposures exposures = new AccountExposures(book, markets, () -> bankroll(cash.get(), book),
                () -> self.get() == null ? List.of() : self.get().restingEntryExposure(), clock, TRADING_ZONE);
        ExitExecutor exits = new ExitExecutor(clock, gateway, exitJournal, book, board, com.precog.application.config.ConfiguredRisk.execution(config),
                Duration.ofSeconds(1), budget,
                breakers);
        exits.useVenueTrading(hours::trading); // exits wait while Kalshi is not trading instead of being refused every second
        EntryService entries = new EntryService(com.precog.application.config.ConfiguredEntries.entrySettings(config, env), markets, feed::book, probabilities, strategies,
                new NoEntryWhileExiting(hours.halts(breakers), exits::queued), exposures, gateway, edges, journal, clock);
        PositionMonitor monitor = new PositionMonitor(clock, book, board, com.precog.application.config.ConfiguredExits.exitResolver(config), exits, breakers,
                ticker -> discovery.orderBook(ticker).map(OrderBook::top),
                // monitoring's REST refreshes have their own bucket of monitoring.api_budget_per_minute (exits keep the process's)
                new ApiBudget(clock, Math.min(com.precog.application.config.ConfiguredRisk.monitoringRequestsPerMinute(config), (int) budget.perMinute()),
                        (int) budget.perMinute()),
                com.precog.application.config.ConfiguredRisk.monitor(config));
        monitor.useCloseRequests(exitStore.closeRequests()); // `precog positions close` becomes a MANUAL exit on the next tick
        monitor.useEventClock(ticker -> linked.gameClockSecondsLeft(ticker, clock.instant())); // a late or long game is not "about to end"
        StartupReconciliation reconciliation = new StartupReconciliation(env, venue, journal, portfolio, book, trailing, Duration.ofDays(7), clock,
                results).useExitJournal(exitJournal); // exit fills a crash kept from being booked get their position_exits row
        SessionSettings settings = SessionSettings.defaults(env, series(config))
                .withDiscovery(config.duration(ConfigSchema.MARKETS, "discovery.interval")).withTick(options.tick())
                .withEntryTimeout(options.tick().multipliedBy(30)) // SPEC 30 s at the 1 s tick
                .withHealth(config.duration(ConfigSchema.SYSTEM, "health.check_interval"))
                .withShutdownGrace(config.duration(ConfigSchema.SYSTEM, "shutdown.grace_period"));
        String exclude = config.text(ConfigSchema.MARKETS, "discovery.exclude_prefix");
        // account_balance history: cash and the positions' value, read at most once a minute, a row only on change
        BalanceRecorder balances = new BalanceRecorder(persistence.accountBalances(env), cash::get, () -> positionsValue(book), clock,
                Duration.ofMinutes(1));
        // data_stale (SPEC §8): prices over 120 s old (stream and REST polls down) or a live game's last good state over a
        // minute old halt entries in that market: no entry on an old book, or on an old score and clock
        com.precog.application.service.session.DataFreshness freshness = new com.precog.application.service.session.DataFreshness(
                () -> markets.all().stream().map(TradableMarket::ticker).toList(), feed::pricesAsOf, t -> linked.gameOf(t).flatMap(games::current),
                breakers, clock);
        Runnable tick = () -> {
            freshness.check();
            hours.refresh(); // reads the exchange status once a minute
            venueTick.run();
            balances.run();
            drift.check(); // the venue's holdings against the book, once a minute
        };
        TradingSession.Parts parts = new TradingSession.Parts(discovery, feed, gateway, journal, markets, entries, exposures, book, board, monitor,
                exits, breakers, budget, probabilities, results, reconciliation, healthHolder, options.points(), trailing,
                m -> tradable(m, exclude, discovery, linked, games, coverage), onBookChange.andThen(t -> observePregameQuote(t, feed, linked, clock)), tick,
                persistence.settlements(env));
        TradingSession session = new TradingSession(settings, parts, clock);
        self.set(session);
        hours.onTradingAgain(session::rescan); // no book needs to move for the held-back entries to be looked at again
        return session;
    }

    /** Bankroll for sizing: cash plus the open positions at their marks. */
    private static Dollars bankroll(Dollars cash, PositionBook book) {
        return cash.plus(positionsValue(book));
    }

    /** The open positions at their marks. */
    private static Dollars positionsValue(PositionBook book) {
        Dollars value = Dollars.ZERO;
        for (Position p : book.all()) value = value.plus(p.marketValue());
        return value;
    }

    /**
     * The account's cash, read from the venue at most once a second (an entry decision must not
     * cost a REST call or a journal scan); the last known value is kept while the venue is
     * briefly unreachable.
     */
    static final class CachedCash {
        private final Portfolio portfolio;
        private final Clock clock;
        private Dollars cash = Dollars.ZERO;
        private long readAtMillis = Long.MIN_VALUE;

        CachedCash(Portfolio portfolio, Clock clock) {
            this.portfolio = portfolio;
            this.clock = clock;
        }

        synchronized Dollars get() {
            long now = clock.millis();
            if (readAtMillis == Long.MIN_VALUE || now - readAtMillis >= 1_000) {
                try {
                    cash = portfolio.cashBalance();
                } catch (RuntimeException e) {
                    // keep the last known cash
                }
                readAtMillis = now;
            }
            return cash;
        }
    }

    /**
     * Links a game-winner market to its ESPN game among the games the feed has seen, once; true when
     * this call linked it. A market discovered before the feed's first poll is linked later, when a
     * game state arrives ({@link LiveSession}). A market that cannot be linked is warned about once per
     * ticker: at once when its ticker cannot be read or matches several games; when no game matches,
     * once the feed knows that day's games of its league (before that its game may just not be polled yet).
     */
    static boolean linkToGame(String ticker, League league, LinkedGames linked, GamePollingService games) {
        if (league == null || linked.gameOf(ticker).isPresent()) return false;
        // the sweep retries every unlinked market every 2 s: each ticker is warned about once per process
        final class Warned {
            static final java.util.Set<String> TICKERS = java.util.concurrent.ConcurrentHashMap.newKeySet();
            static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionModule.class);
        }
        List<com.precog.domain.game.GameState> known = games.currentGames();
        GameLink link;
        try {
            link = GameLinker.link(ticker, known);
        } catch (IllegalArgumentException unreadable) {
            // a market of a game-winner series whose ticker cannot be read is never linked: say so, once
            if (Warned.TICKERS.add(ticker)) {
                Warned.LOG.warn("market {} of the {} game series is not linked to a game: {}", ticker, league, unreadable.getMessage());
            }
            return false;
        }
        switch (link) {
            case GameLink.Linked l -> {
                linked.link(ticker, l);
                games.track(List.of(l.game()));
                return true;
            }
            case GameLink.Ambiguous a -> {
                if (Warned.TICKERS.add(ticker)) {
                    Warned.LOG.warn("market {} is not linked to a game: it matches {} games {}", ticker, a.candidates().size(), a.candidates());
                }
            }
            case GameLink.Unmatched u -> {
                boolean dayPolled = known.stream().anyMatch(g -> g.league() == u.ticker().league()
                        && GameLinker.gameDay(g).equals(u.ticker().date()));
                if (dayPolled && Warned.TICKERS.add(ticker)) Warned.LOG.warn("market {} is not linked to a game: {}", ticker, u.reason());
            }
        }
        return false;
    }

    private static Optional<TradableMarket> tradable(Market m, String excludePrefix, Discovery discovery, LinkedGames linked, GamePollingService games,
                                                     MarketCoverage coverage) {
        if (!excludePrefix.isBlank() && m.ticker().startsWith(excludePrefix)) return Optional.empty();
        coverage.discovered(m);
        League league = League.ofKalshiSeries(m.seriesTicker()).orElse(null);
        String leagueCode = league == null ? "" : league.name();
        linkToGame(m.ticker(), league, linked, games);
        return Optional.of(new TradableMarket(m, leagueCode, m.eventTicker(), discovery.volume(m.ticker()), 1_000_000, 1_000_000));
    }

    private static Attribution exitAttribution(OrderRequest r, PositionBook book, ExecutionEnvironment env) {
        for (Position p : book.inMarket(r.marketTicker())) {
            if (p.side() == r.side() && r.action() == OrderAction.SELL && !p.strategyVersion().isBlank()) {
                try {
                    return new Attribution(StrategyKey.parse(p.strategyVersion()), p.modelVersion().isBlank() ? "unknown" : p.modelVersion(), env);
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        return new Attribution(StrategyKey.of("reconciled", "1.0"), "unknown", env);
    }
}
