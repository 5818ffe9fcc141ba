package com.precog.runner.daemon;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.precog.adapters.kalshi.KalshiMarketStream;
import com.precog.adapters.persistence.Database;
import com.precog.application.port.out.Strategies;
import com.precog.application.service.games.GameEventBus;
import com.precog.application.service.games.GamePollingService;
import com.precog.application.service.session.LinkedGames;
import com.precog.application.service.session.TradingSession;
import com.precog.domain.game.GameEvent;
import com.precog.domain.game.League;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.strategy.StrategyKey;
import com.precog.domain.strategy.StrategyStatus;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code precog run --mode paper|demo|live}: builds the mode's Guice modules, starts the game
 * feed and the trading session (which reconciles with the venue before trading), publishes
 * health, and runs until SIGTERM/SIGINT (or {@code --duration}), then stops gracefully: entries
 * first, resting orders canceled, fills recorded, positions persisted.
 */
public final class LiveSession {
    private static final Logger log = LoggerFactory.getLogger(LiveSession.class);

    private LiveSession() {}

    /** A started session and what it runs on; closing it is the graceful {@link #stop()}. */
    public static final class Handle implements AutoCloseable {
        private final Injector injector;
        private final TradingSession session;
        private final SessionOptions options;
        private volatile boolean closed;

        Handle(Injector injector, TradingSession session, SessionOptions options) {
            this.injector = injector;
            this.session = session;
            this.options = options;
        }

        public TradingSession session() {
            return session;
        }

        public Injector injector() {
            return injector;
        }

        /** Graceful stop (SIGTERM): the session stops, feeds close, the database closes unless it was given. */
        public synchronized void stop() {
            if (closed) return;
            closed = true;
            try {
                injector.getInstance(GamePollingService.class).stop();
                session.stop();
            } catch (RuntimeException e) {
                log.warn("graceful stop failed: {}", e.getMessage(), e);
            } finally {
                release();
            }
        }

        /** {@link #stop()}: a handle in try-with-resources stops its session gracefully. */
        @Override
        public void close() {
            stop();
        }

        /** What a crash leaves: the session thread dies mid-step, nothing graceful runs (tests). */
        public synchronized void abandon() {
            if (closed) return;
            closed = true;
            injector.getInstance(GamePollingService.class).stop();
            session.abandon();
            release();
        }

        private void release() {
            injector.getInstance(com.google.inject.Key.get(java.util.concurrent.ScheduledExecutorService.class,
                    com.google.inject.name.Names.named("espn"))).shutdownNow();
            injector.getInstance(KalshiMarketStream.class).close();
            if (options.database().isEmpty()) injector.getInstance(Database.class).close();
        }
    }

    /** Builds and starts a session; returns when it is RUNNING (after start-up reconciliation). */
    public static Handle start(SessionOptions options) {
        // The database (on a first start: initdb, server start, every migration) is the longest part of the start-up
        // and needs nothing of the rest: it starts on its own thread at once, and the Guice binding waits for it.
        java.util.concurrent.CompletableFuture<Database> database = options.database()
                .map(java.util.concurrent.CompletableFuture::completedFuture)
                .orElseGet(() -> java.util.concurrent.CompletableFuture.supplyAsync(() -> openDatabase(options.config()), runnable -> {
                    Thread t = new Thread(runnable, "precog-db-start");
                    t.setDaemon(true);
                    t.start();
                }));
        Injector injector;
        try {
            injector = Guice.createInjector(com.google.inject.util.Modules.override(SessionModule.forMode(options))
                    .with(binder -> binder.bind(Database.class).toProvider((com.google.inject.Provider<Database>) () -> awaitDatabase(database)).in(com.google.inject.Singleton.class)));
            // meanwhile, what needs no database: the Elo replay of the bundled history (the venue client's breakers
            // are stored in the database, so it waits with the rest)
            BundledEloRatings.prefetch();
            log.info("start-up: modules built and bundled ratings replayed {} s after JVM start; waiting for the database", sinceJvmStart());
            try {
                awaitDatabase(database);
            } catch (RuntimeException e) {
                // as when Guice provided it: RunCommand reports the cause ("cannot start the paper session: ...")
                throw new com.google.inject.ProvisionException("cannot open the database", e);
            }
            log.info("start-up: database ready {} s after JVM start", sinceJvmStart());
            VenueProbe.check(injector.getInstance(com.precog.adapters.kalshi.KalshiAdapter.class)); // a wrong KALSHI_API_BASE_URL ends the start here
        } catch (RuntimeException | Error e) {
            if (options.database().isEmpty()) database.thenAccept(Database::close);
            throw e;
        }
        Clock clock = injector.getInstance(Clock.class);
        GamePollingService games = injector.getInstance(GamePollingService.class);
        LinkedGames linked = injector.getInstance(LinkedGames.class);
        GameEventBus bus = injector.getInstance(GameEventBus.class);
        if (options.environment() == ExecutionEnvironment.PAPER) {
            seedPaperStrategies(injector.getInstance(Strategies.class), injector.getInstance(com.precog.application.config.EffectiveConfig.class), clock);
        }
        TradingSession session = injector.getInstance(TradingSession.class);
        bus.subscribe(event -> {
            if (event instanceof GameEvent.StateChanged sc) {
                // markets discovered before the feed knew this game: link them now, not at the next discovery
                if (linked.eventsOf(sc.current().id()).isEmpty()) linkUnlinked(session, linked, games);
                for (String eventTicker : linked.eventsOf(sc.current().id())) session.gameChanged(eventTicker);
            }
        });
        // a restart finds the feed's games unchanged against their stored states (no StateChanged): markets
        // tracked before the first poll are linked here, within LINK_SWEEP, not at the next discovery
        injector.getInstance(com.google.inject.Key.get(java.util.concurrent.ScheduledExecutorService.class, com.google.inject.name.Names.named("espn")))
                .scheduleWithFixedDelay(() -> {
                    try {
                        for (String eventTicker : linkUnlinked(session, linked, games)) session.gameChanged(eventTicker);
                    } catch (RuntimeException e) {
                        log.warn("linking markets to games failed (tried again in {} s): {}", LINK_SWEEP.toSeconds(), e.toString());
                    }
                }, LINK_SWEEP.toMillis(), LINK_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        injector.getInstance(com.precog.adapters.kalshi.KalshiAdapter.class).marketLifecycle().addListener(state -> session.marketChanged(state.ticker()));
        Handle handle = new Handle(injector, session, options);
        try {
            games.start();
            session.start();
        } catch (RuntimeException | Error e) {
            handle.abandon();
            throw e;
        }
        return handle;
    }

    /** How often tracked markets without a game are matched against the feed's current games. */
    static final Duration LINK_SWEEP = Duration.ofSeconds(2);

    /** Links every tracked market that has no game yet to the feed's current games; returns the event tickers linked now. */
    static List<String> linkUnlinked(TradingSession session, LinkedGames linked, GamePollingService games) {
        List<String> linkedNow = new ArrayList<>();
        for (var m : session.trackedMarkets()) {
            // linkToGame skips markets already linked
            if (SessionModule.linkToGame(m.ticker(), League.ofKalshiSeries(m.market().seriesTicker()).orElse(null), linked, games)) {
                log.info("market {} linked to game {}", m.ticker(), linked.gameOf(m.ticker()).orElseThrow());
                linkedNow.add(m.market().eventTicker());
            }
        }
        return linkedNow;
    }

    private static Database openDatabase(com.precog.application.config.EffectiveConfig files) {
        long t0 = System.nanoTime();
        Database db = com.precog.runner.cli.db.DbCommand.openMigrated(files); // the pool size of the session's own files
        log.info("start-up: {} started and migrated in {} ms", db.description(), (System.nanoTime() - t0) / 1_000_000);
        return db;
    }

    /** The opened database, or the exception that stopped it (unwrapped, so callers see the real cause). */
    private static Database awaitDatabase(java.util.concurrent.CompletableFuture<Database> database) {
        try {
            return database.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private static String sinceJvmStart() {
        return String.format(java.util.Locale.ROOT, "%.2f", (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
    }

    /**
     * Runs a session until a signal (or {@code duration}); returns 0 after a graceful stop.
     */
    public static int run(SessionOptions options, Optional<Duration> duration, PrintWriter out) throws InterruptedException {
        Handle handle = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            handle.stop();
            stopped.countDown();
        }, "precog-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        java.util.concurrent.atomic.AtomicInteger signalled = new java.util.concurrent.atomic.AtomicInteger();
        stopFirstOnSignals(handle, code -> {
            signalled.set(code);
            stopped.countDown();
        });
        double ready = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        out.println(String.format(java.util.Locale.ROOT, "precog: %s session running (ready %.1f s after JVM start); reconciliation: %s; health: %s",
                options.environment().wireName(), ready, handle.session().reconciliation().map(r -> r.summary()).orElse(""),
                HealthFile.defaultPath(options.home())));
        out.flush();
        log.info("daemon ready in {} s", String.format(java.util.Locale.ROOT, "%.2f", ready));
        // a database created by this start was initialised without fsync (start-up time): make it durable now, off the ready path
        handle.injector().getInstance(Database.class).completeInitialSync();
        if (duration.isPresent()) {
            if (!stopped.await(duration.get().toMillis(), TimeUnit.MILLISECONDS)) {
                Runtime.getRuntime().removeShutdownHook(hook);
                handle.stop();
            }
        } else {
            stopped.await();
        }
        var h = handle.session().health();
        out.println("precog: session stopped; " + h.ordersPlaced() + " orders placed, " + h.fillsRecorded() + " fills recorded, "
                + h.openPositions() + " positions open");
        out.flush();
        return signalled.get(); // 0 after --duration; 128 + the signal's number after SIGTERM/SIGINT, as the JVM's own exit would be
    }

    /**
     * SIGTERM and SIGINT stop the session gracefully <em>before</em> the JVM shuts down; then {@code stopped} gets
     * 128 + the signal's number, the exit code the JVM itself would give. Left to the shutdown hook alone, the stop
     * ran next to the embedded PostgreSQL's own hook, which stops the server: every database step of the stop waited
     * for a connection (10 s each) and failed, the position marks were lost and the process took 40 s to exit. The
     * hook stays for every other way the JVM ends; where the signals cannot be handled, it is all there is.
     */
    private static void stopFirstOnSignals(Handle handle, java.util.function.IntConsumer stopped) {
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    log.info("SIG{} received: stopping the session", name);
                    handle.stop();
                    stopped.accept(128 + signal.getNumber());
                });
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                log.debug("SIG{} left to the shutdown hook: {}", name, e.toString());
            }
        }
    }

    /**
     * Paper trading with an empty strategy store would never enter: v1.0 of each strategy type, with the configured
     * defaults of new versions (trading.yaml's Kelly fractions and edge thresholds, trade_strategies.yaml's windows:
     * {@code ConfiguredEntries.strategyConfig}), is created and activated, once, and said so in the log.
     * Demo and live never activate anything by themselves.
     */
    static void seedPaperStrategies(Strategies strategies, com.precog.application.config.EffectiveConfig config, Clock clock) {
        if (!strategies.list().isEmpty()) return;
        Instant now = clock.instant();
        for (StrategyType type : StrategyType.values()) {
            StrategyKey key = StrategyKey.of(type.wireName(), "1.0");
            strategies.create(StrategyVersion.draft(key, com.precog.application.config.ConfiguredEntries.strategyConfig(config, type),
                    "configured defaults (seeded for paper trading)", now));
            strategies.changeStatus(key, StrategyStatus.TESTING, now);
            strategies.changeStatus(key, StrategyStatus.ACTIVE, now);
            log.info("paper: seeded and activated strategy {} (configured defaults)", key);
        }
    }
}
