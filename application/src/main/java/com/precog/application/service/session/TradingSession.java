package com.precog.application.service.session;

import com.precog.application.port.out.MarketCatalog;
import com.precog.application.port.out.MarketDataFeed;
import com.precog.application.port.out.MarketResults;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.ProbabilitySource;
import com.precog.application.port.out.SessionHealth;
import com.precog.application.port.out.SessionHealthReports;
import com.precog.application.port.out.Settlements;
import com.precog.application.port.out.Settlements.Settlement;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.service.exits.ExitExecutor;
import com.precog.application.service.positions.MarketBoard;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.positions.PositionMonitor;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.application.service.trading.EntryDecision;
import com.precog.application.service.trading.EntryService;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketOutcome;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderState;
import com.precog.domain.position.ConfidenceLevel;
import com.precog.domain.money.Dollars;
import com.precog.domain.position.Position;
import com.precog.domain.position.TrailingStopConfig;
import com.precog.domain.risk.BreakerEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One continuous live-data trading session (paper, demo or live, SPEC §1): start-up
 * reconciliation with the venue, then market discovery → order-book stream → models → edges →
 * entries → position monitoring → exits → settlement, until {@link #stop()}.
 *
 * <p>All trading work runs on one event thread ({@code precog-session}): book changes are
 * coalesced per market and drained there, game changes and the 1 s monitoring tick are queued
 * there, so the entry loop, the monitor and the exit executor never race. Failures of one step are
 * logged and counted, never fatal to the loop.
 *
 * <p>{@link #stop()} (SIGTERM) stops entries first, cancels resting entry orders, works the exit
 * queue once more, cancels the remaining exit orders (a restart re-decides them), records every
 * fill, persists positions and publishes a final health snapshot.
 */
public final class TradingSession implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TradingSession.class);

    /** Where the session is in its life. */
    public enum State { CREATED, RECONCILING, RUNNING, STOPPING, STOPPED }

    /** The collaborators of a session; the runner's Guice module per mode builds them. */
    public record Parts(MarketCatalog catalog, MarketDataFeed feed, JournalingGateway gateway, OrderJournal journal,
                        LiveMarkets markets, EntryService entries, AccountExposures exposures, PositionBook book, MarketBoard board,
                        PositionMonitor monitor, ExitExecutor exits, CircuitBreakerService breakers, ApiBudget budget,
                        ProbabilitySource probabilities, MarketResults results, StartupReconciliation reconciliation,
                        SessionHealthReports health, LifecyclePoints points, TrailingStopConfig trailing,
                        Function<Market, Optional<TradableMarket>> tradable, Consumer<String> onBookChange, Runnable onTick,
                        Settlements settlements) {
        public Parts {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(feed, "feed");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(markets, "markets");
            Objects.requireNonNull(entries, "entries");
            Objects.requireNonNull(exposures, "exposures");
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(board, "board");
            Objects.requireNonNull(monitor, "monitor");
            Objects.requireNonNull(exits, "exits");
            Objects.requireNonNull(breakers, "breakers");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(probabilities, "probabilities");
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(reconciliation, "reconciliation");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(trailing, "trailing");
            Objects.requireNonNull(tradable, "tradable");
            Objects.requireNonNull(settlements, "settlements");
            onBookChange = onBookChange == null ? t -> { } : onBookChange;
            onTick = onTick == null ? () -> { } : onTick;
        }
    }

    private final SessionSettings settings;
    private final Parts p;
    private final Clock clock;
    private final ScheduledExecutorService loop;
    private final Set<String> dirtyBooks = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final Map<ClientOrderId, RestingEntryOrder> restingEntries = new ConcurrentHashMap<>();
    /** Entry fills already turned into positions, by fill id, with when they were seen (pruned after an hour: fills are re-read only 5 s back). */
    private final Map<String, Instant> openedFills = new ConcurrentHashMap<>();
    /** Why each tracked market was not entered at its last evaluation (absent: entered, or not evaluated yet). */
    private final Map<String, EntryDecision.SkipReason> lastSkip = new ConcurrentHashMap<>();
    private final AtomicLong loopErrors = new AtomicLong();
    private final AtomicLong fillsRecorded = new AtomicLong();
    private final AtomicLong entriesSent = new AtomicLong();
    private final AtomicLong bookEvents = new AtomicLong();
    private volatile State state = State.CREATED;
    private volatile boolean entriesEnabled;
    /** Orders of ours counted as a trade for unusual_activity, with when (kept an hour). */
    private final Map<String, Instant> tradedOrders = new ConcurrentHashMap<>();
    /** Positions whose entry cost rapid_loss has been told of (session thread only). */
    private final java.util.Set<String> entryCostBooked = new java.util.HashSet<>();
    private volatile Instant startedAt;
    private volatile Instant lastBookUpdate;
    private volatile Instant lastGameUpdate;
    private volatile Instant lastDiscovery;
    private volatile String lastDiscoveryError = "";
    private volatile String lastLoopError = "";
    private volatile StartupReconciliation.Report reconciliationReport;
    private Instant fillCursor;

    /** A resting entry; {@code maker} ones are walked and canceled by the entry loop itself ({@link EntryService#poll()}). */
    private record RestingEntryOrder(ClientOrderId id, String ticker, Side side, long hundredths, long priceMicros, Instant placedAt, boolean maker) { }

    public TradingSession(SessionSettings settings, Parts parts, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.p = Objects.requireNonNull(parts, "parts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "precog-session");
            t.setDaemon(true);
            return t;
        });
    }

    /** The resting entry orders, as the exposure view counts them. */
    public Collection<AccountExposures.RestingEntry> restingEntryExposure() {
        List<AccountExposures.RestingEntry> out = new ArrayList<>();
        for (RestingEntryOrder r : restingEntries.values()) out.add(new AccountExposures.RestingEntry(r.ticker, r.side, r.hundredths, r.priceMicros));
        return out;
    }

    public State state() {
        return state;
    }

    /** {@return the markets the session trades now} */
    public List<TradableMarket> trackedMarkets() {
        return p.markets().all();
    }

    /** What start-up reconciliation did (empty before it ran). */
    public Optional<StartupReconciliation.Report> reconciliation() {
        return Optional.ofNullable(reconciliationReport);
    }

    /**
     * Reconciles with the venue, discovers and subscribes markets, then starts trading. Returns when
     * the session is RUNNING (the work continues on the session thread). Throws when reconciliation
     * fails: a session never trades on an unreconciled account.
     */
    public synchronized void start() {
        if (state != State.CREATED) throw new IllegalStateException("session already " + state);
        startedAt = clock.instant();
        state = State.RECONCILING;
        publishHealth();
        try {
            reconciliationReport = callOnLoop(p.reconciliation()::reconcile);
            // consecutive_losses goes on counting the losing trades of earlier runs (a restart is no winning trade), and a
            // trade still open goes on with what its closed records realized
            PositionBook.Trades trades = p.book().trades();
            p.exits().restoreOpenTrades(trades.openByMarket());
            int streak = p.breakers().restoreLosingStreak(trades.closedPnlsAfter(p.breakers().losingStreakCountsFrom()));
            if (streak > 0) log.info("consecutive_losses: {} losing trade(s) in a row before this start", streak);
            Instant reconciledAt = clock.instant();
            for (String id : reconciliationReport.venueFillIds()) openedFills.put(id, reconciledAt); // their holdings are reconciled already
            p.points().reached(LifecyclePoints.RECONCILED);
            fillCursor = clock.instant();
            runOnLoop(this::discover);
        } catch (RuntimeException e) {
            state = State.STOPPED;
            loop.shutdownNow();
            throw e;
        }
        p.feed().addListener(new MarketDataFeed.BookListener() {
            @Override
            public void onBook(String ticker, BookTop top) {
                bookChanged(ticker);
            }
        });
        entriesEnabled = true;
        state = State.RUNNING;
        // the last market-wide breaker resolved (CLI, auto-reset): the markets held back are looked at again now, not at their next book change
        java.util.concurrent.atomic.AtomicBoolean haltedAll = new java.util.concurrent.atomic.AtomicBoolean(haltsAllMarkets());
        p.breakers().addListener(() -> {
            boolean now = haltsAllMarkets();
            if (haltedAll.getAndSet(now) && !now) rescan();
        });
        long tick = settings.tickInterval().toMillis();
        loop.scheduleWithFixedDelay(() -> guarded("tick", this::tick), tick, tick, TimeUnit.MILLISECONDS);
        long discovery = settings.discoveryInterval().toMillis();
        loop.scheduleWithFixedDelay(() -> guarded("discovery", this::discover), discovery, discovery, TimeUnit.MILLISECONDS);
        long health = settings.healthInterval().toMillis();
        loop.scheduleWithFixedDelay(() -> guarded("health", this::publishHealth), 0, health, TimeUnit.MILLISECONDS);
        loop.execute(() -> guarded("initial scan", () -> {
            if (entriesEnabled) afterEntries(p.entries().evaluateAll()); // a stop right after start halts entries before this runs
        }));
        log.info("{} session running: {} markets tracked; reconciliation: {}", settings.environment().wireName(), p.markets().size(),
                reconciliationReport.summary());
    }

    private boolean haltsAllMarkets() {
        return p.breakers().active().stream().anyMatch(e -> BreakerEvent.ALL.equals(e.scope()));
    }

    /**
     * Every tracked market is evaluated for entry again, on the session thread — after something
     * that held entries back without moving a book (the exchange trading again after maintenance,
     * the last market-wide breaker resolved).
     */
    public void rescan() {
        try {
            loop.execute(() -> guarded("rescan", () -> {
                if (entriesEnabled) afterEntries(p.entries().evaluateAll());
            }));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // stopping: nothing to do
        }
    }

    /** A book changed (feed thread): coalesced per market and handled on the session thread. */
    public void bookChanged(String ticker) {
        lastBookUpdate = clock.instant();
        bookEvents.incrementAndGet();
        dirtyBooks.add(ticker);
        if (drainQueued.compareAndSet(false, true)) {
            try {
                loop.execute(() -> guarded("books", this::drainBooks));
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                drainQueued.set(false);
            }
        }
    }

    /** A game's state changed (game feed thread): its markets are re-evaluated on the session thread. */
    public void gameChanged(String gameId) {
        lastGameUpdate = clock.instant();
        try {
            loop.execute(() -> guarded("game", () -> {
                for (TradableMarket m : p.markets().ofGame(gameId)) p.monitor().onGameUpdate(m.ticker());
                if (entriesEnabled) afterEntries(p.entries().onGameChanged(gameId));
            }));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // stopping: nothing to do
        }
    }

    /**
     * The venue announced a market status change (paused, reopened, closed, determined, settled):
     * handled on the session thread now. A reopened market is open again for entries and exits at
     * once (before, only at the next discovery).
     */
    public void marketChanged(String ticker) {
        try {
            loop.execute(() -> guarded("market status", () -> {
                if (p.markets().find(ticker).isEmpty()) return;
                Optional<Market> m = p.catalog().market(ticker);
                if (m.isEmpty()) return;
                if (m.get().status() != MarketStatus.OPEN) {
                    closeMarket(ticker, m, clock.instant()); // the market just read: not asked for twice
                } else if (p.markets().setStatus(ticker, MarketStatus.OPEN)) {
                    p.board().putMarket(m.get(), clock.instant());
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // stopping
        }
    }

    private void drainBooks() {
        drainQueued.set(false);
        Iterator<String> it = dirtyBooks.iterator();
        while (it.hasNext()) {
            String ticker = it.next();
            it.remove();
            Optional<BookTop> top = p.feed().top(ticker);
            if (top.isEmpty()) continue;
            p.onBookChange().accept(ticker);
            p.monitor().onBookUpdate(ticker, top.get());
            if (entriesEnabled) afterEntry(p.entries().onBookChanged(ticker));
        }
    }

    private void afterEntries(List<EntryDecision> decisions) {
        for (EntryDecision d : decisions) afterEntry(d);
    }

    private void afterEntry(EntryDecision d) {
        if (d instanceof EntryDecision.Skipped s) {
            if (p.markets().find(s.marketTicker()).isPresent()) lastSkip.put(s.marketTicker(), s.reason());
            return;
        }
        if (!(d instanceof EntryDecision.Entered e)) return;
        lastSkip.remove(e.marketTicker());
        entriesSent.incrementAndGet();
        p.exposures().recordEntry(clock.instant());
        OrderState st = e.order();
        if (st.isOpen()) {
            boolean maker = p.journal().order(st.clientOrderId()).map(o -> o.request().postOnly()).orElse(false);
            restingEntries.put(st.clientOrderId(), new RestingEntryOrder(st.clientOrderId(), st.marketTicker(), st.side(),
                    st.remaining().hundredths(), st.limitPrice().micros(), clock.instant(), maker));
        }
        syncFills();
    }

    /**
     * A position marked by the market for the first time (or held 10 s without a new mark) shows what entering cost — the
     * spread to the bid and the fees — as an unrealized loss at once: rapid_loss is told, so that a burst of entries is not
     * a "loss within 15 minutes" that flattens everything (daily_loss keeps counting it: SPEC's realized + unrealized).
     * Positions adopted at start-up are told the same way: their loss so far happened before this session's window.
     */
    private void bookEntryCosts(Instant now) {
        Dollars entryCosts = Dollars.ZERO;
        for (Position pos : p.book().all()) {
            if (entryCostBooked.contains(pos.id())) continue;
            boolean marked = pos.markedAt().isAfter(pos.openedAt()) || !now.isBefore(pos.openedAt().plus(ENTRY_MARK_WAIT));
            if (!marked) continue;
            entryCostBooked.add(pos.id());
            entryCosts = entryCosts.plus(pos.unrealizedPnl().min(Dollars.ZERO));
        }
        entryCostBooked.removeIf(id -> p.book().get(id).isEmpty()); // closed positions leave the book
        if (entryCosts.isNegative()) p.breakers().entryCostsBooked(entryCosts);
    }

    /** How often the session asks the strategy store whether the active versions changed. */
    static final Duration STRATEGY_REFRESH = Duration.ofSeconds(15);
    private Instant nextStrategyRefresh = Instant.MIN;

    /** How long a new position waits for its first market mark before its entry cost is told to rapid_loss as it stands. */
    static final Duration ENTRY_MARK_WAIT = Duration.ofSeconds(10);

    /** The 1 s monitoring tick. */
    void tick() {
        syncFills();
        expireRestingEntries();
        if (entriesEnabled) {
            Instant at = clock.instant();
            if (!at.isBefore(nextStrategyRefresh)) {
                // a version activated or deactivated from the CLI while running (the store is shared): in force within 15 s
                nextStrategyRefresh = at.plus(STRATEGY_REFRESH);
                p.entries().refreshStrategies();
            }
            p.entries().poll(); // maker entries walk toward the ask
            trackMakerWalks();
        }
        p.monitor().tick();
        p.exits().poll();
        syncFills();
        // SPEC §8 daily_loss / rapid_loss: today's realized plus the open positions' unrealized P&L, every tick
        Instant now = clock.instant();
        bookEntryCosts(now);
        p.breakers().recordPnl(p.book().realizedPnlSince(p.breakers().tradingDayStart(now)), p.book().unrealizedPnl());
        p.breakers().tick();
        p.onTick().run();
    }

    /** Records new fills of our orders as trades and opens a position for every entry fill. */
    void syncFills() {
        if (fillCursor == null) return;
        // the newest venue fill time seen (or our start): a fill listed late, or stamped by a venue clock behind ours, is still
        // within the overlap; already recorded ones are skipped (journal by fill id, positions by openedFills)
        Instant since = fillCursor.minus(OrderGateway.CLOCK_SLACK);
        List<Fill> fills = p.gateway().fillsSince(since);
        for (Fill venueFill : fills) {
            if (venueFill.time().isAfter(fillCursor)) fillCursor = venueFill.time();
            Optional<OrderRecord> order = p.journal().order(venueFill.clientOrderId());
            if (order.isEmpty()) continue; // not ours
            Fill f = JournalingGateway.asOrdered(venueFill, order.get().request());
            if (f.action() == OrderAction.BUY && openedFills.containsKey(f.fillId())) continue;
            p.points().reached(LifecyclePoints.FILL_RECEIVED);
            boolean recorded = p.journal().recordTrade(new TradeRecord(f, order.get().attribution(), clock.instant()));
            p.points().reached(LifecyclePoints.FILL_RECORDED);
            boolean opened = false;
            if (f.action() == OrderAction.BUY && p.book().get(f.fillId()).isEmpty()) {
                openPosition(f, order.get());
                opened = true;
                p.points().reached(LifecyclePoints.POSITION_OPENED);
            }
            // an entry's immediate fill was recorded by the entry loop already: it counts when its position opens
            if (recorded || opened) fillsRecorded.incrementAndGet();
            // SPEC §8 unusual_activity counts trades: an order of ours that filled, once, however many fills it took
            if ((recorded || opened) && tradedOrders.putIfAbsent(f.clientOrderId().value(), clock.instant()) == null) p.breakers().recordTrade();
            if (f.action() == OrderAction.BUY) openedFills.put(f.fillId(), clock.instant());
        }
        Instant horizon = clock.instant().minus(java.time.Duration.ofHours(1));
        openedFills.values().removeIf(seen -> seen.isBefore(horizon));
        tradedOrders.values().removeIf(seen -> seen.isBefore(horizon));
    }

    private void openPosition(Fill f, OrderRecord order) {
        Optional<TradableMarket> tm = p.markets().find(f.marketTicker());
        String event = tm.map(m -> m.market().eventTicker()).orElse(f.marketTicker());
        ConfidenceLevel level = p.probabilities().estimate(f.marketTicker()).map(ProbabilityEstimate::confidence)
                .map(c -> c.millionths() >= 800_000 ? ConfidenceLevel.HIGH : c.millionths() >= 700_000 ? ConfidenceLevel.MEDIUM : ConfidenceLevel.LOW)
                .orElse(ConfidenceLevel.MEDIUM);
        Position pos = Position.open(f.fillId(), f.marketTicker(), event, f.side(), level, order.attribution().environment(),
                order.attribution().strategy().toString(), order.attribution().modelVersion(), f.price(), f.fee(), f.count(), p.trailing(),
                f.time());
        p.book().open(pos, clock.instant());
        p.feed().top(f.marketTicker()).ifPresent(top -> p.monitor().onBookUpdate(f.marketTicker(), top));
        log.info("position {} opened: {} {} {} @ {} ({})", pos.id(), f.count(), f.side(), f.marketTicker(), f.price(), order.attribution().strategy());
    }

    /**
     * A maker entry that walked rests under a new client order id: it is a resting entry of the session like the first
     * (counted in the exposure the limits see, canceled by a graceful stop); the order it replaced leaves once terminal.
     */
    private void trackMakerWalks() {
        for (ClientOrderId id : p.entries().workingMakerEntries().values()) {
            if (restingEntries.containsKey(id)) continue;
            p.journal().order(id).ifPresent(o -> restingEntries.put(id, new RestingEntryOrder(id, o.request().marketTicker(), o.request().side(),
                    o.request().count().hundredths(), o.request().limitPrice().micros(), clock.instant(), true)));
        }
    }

    private void expireRestingEntries() {
        Instant now = clock.instant();
        for (RestingEntryOrder r : new ArrayList<>(restingEntries.values())) {
            Optional<OrderState> st = p.gateway().find(r.id);
            if (st.isEmpty() || st.get().status().isTerminal()) {
                restingEntries.remove(r.id);
                continue;
            }
            if (r.maker || r.placedAt.plus(settings.entryTimeout()).isAfter(now)) continue;
            p.points().reached(LifecyclePoints.ENTRY_TIMEOUT);
            p.gateway().cancel(r.ticker, r.id);
            restingEntries.remove(r.id);
            log.info("entry {} in {} canceled after resting {}", r.id, r.ticker, settings.entryTimeout());
        }
    }

    /** Discovers open markets of the configured series; subscribes new ones; settles and drops markets that closed. */
    void discover() {
        Instant now = clock.instant();
        Set<String> open = new HashSet<>();
        List<String> added = new ArrayList<>();
        try {
            for (String series : settings.seriesTickers()) {
                for (Market m : p.catalog().openMarkets(series)) {
                    open.add(m.ticker());
                    Optional<TradableMarket> tm = p.tradable().apply(m);
                    if (tm.isEmpty()) continue;
                    if (p.markets().put(tm.get())) added.add(m.ticker());
                    p.board().putMarket(m, now);
                    p.board().updateVolume(m.ticker(), Math.multiplyExact(tm.get().volume24h(), 100L), now);
                }
            }
            lastDiscoveryError = "";
        } catch (RuntimeException e) {
            lastDiscoveryError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("market discovery failed (kept the markets already tracked): {}", lastDiscoveryError);
            return;
        }
        if (!added.isEmpty()) p.feed().subscribe(added);
        Set<String> gone = new LinkedHashSet<>();
        for (TradableMarket m : p.markets().all()) {
            if (!open.contains(m.ticker())) gone.add(m.ticker());
        }
        // a position in a market no longer listed and not tracked (it closed or was determined while the daemon was down):
        // looked up like a market that just closed, so a known result settles it
        for (Position pos : p.book().all()) {
            if (!open.contains(pos.marketTicker()) && p.markets().find(pos.marketTicker()).isEmpty()) gone.add(pos.marketTicker());
        }
        for (String t : gone) {
            try {
                closeMarket(t, now);
            } catch (RuntimeException e) { // one market's lookup failing must not keep the others from settling
                log.warn("market {} could not be closed or settled now (retried at the next discovery): {}", t, e.getMessage());
            }
        }
        lastDiscovery = now;
        if (!added.isEmpty() || !gone.isEmpty()) log.info("discovery: {} markets tracked (+{} new, -{} closed)", p.markets().size(), added.size(), gone.size());
    }

    private void closeMarket(String ticker, Instant now) {
        closeMarket(ticker, p.catalog().market(ticker), now);
    }

    private void closeMarket(String ticker, Optional<Market> m, Instant now) {
        MarketStatus status = m.map(Market::status).orElse(MarketStatus.CLOSED);
        boolean tracked = p.markets().setStatus(ticker, status);
        if (tracked) m.ifPresent(x -> p.board().putMarket(x, now)); // an untracked position's market only settles here
        if (status == MarketStatus.OPEN) return;
        Optional<MarketOutcome> outcome = p.results().outcome(ticker);
        if (outcome.isEmpty()) return; // closed, not yet determined: positions wait for the result
        // exits resting in the market end first: what they sold is booked, the settlement pays the rest
        p.exits().endExitsIn(ticker, "market settled");
        int stuck = p.exits().queued(ticker);
        if (stuck > 0) {
            log.warn("market {} settles while {} exit order(s) could not be canceled at the venue: what they sold is reconciled at the next start",
                    ticker, stuck);
        }
        // records of the market that exits closed while others stayed open belong to the same trade
        Dollars marketPnl = p.exits().takeClosedPnl(ticker).orElse(null);
        for (Position pos : p.book().inMarket(ticker)) {
            Position settled = pos.settle(outcome.get(), now);
            // the settlement row first: a crash before the position is closed settles it again on restart, and
            // the second record is a no-op (one row per position)
            Settlement row = Settlement.of(pos, settled, outcome.get());
            p.settlements().record(row);
            p.book().update(settled, now);
            marketPnl = marketPnl == null ? settled.realizedPnl() : marketPnl.plus(settled.realizedPnl());
            log.info("position {} settled: {} ({} a {} contract), realized {}", pos.id(), outcome.get().kind(), row.settlementPrice(), pos.side(),
                    settled.realizedPnl());
        }
        // a settled market is one closed trade (consecutive_losses), however many fills (position records) built it
        if (marketPnl != null) p.breakers().recordClosedTrade(marketPnl);
        p.markets().remove(ticker);
        lastSkip.remove(ticker);
        p.feed().unsubscribe(List.of(ticker));
    }

    /** Stops the session gracefully (SIGTERM): entries first, then orders, fills, state. Idempotent. */
    public synchronized void stop() {
        if (state == State.STOPPED || state == State.STOPPING) return;
        if (state == State.CREATED) {
            state = State.STOPPED;
            loop.shutdownNow();
            return;
        }
        log.info("stopping the {} session: entries halted", settings.environment().wireName());
        entriesEnabled = false;
        state = State.STOPPING;
        try {
            runOnLoop(() -> {
                for (RestingEntryOrder r : new ArrayList<>(restingEntries.values())) {
                    guarded("cancel entry", () -> p.gateway().cancel(r.ticker, r.id));
                    restingEntries.remove(r.id);
                }
                guarded("exits", p.exits()::poll);
                guarded("cancel exits", () -> p.exits().cancelAll("shutdown"));
                guarded("fills", this::syncFills);
                guarded("positions", () -> p.book().flush(clock.instant())); // marks held back by the write policy
            });
        } catch (RuntimeException e) {
            log.warn("graceful stop was incomplete: {}", e.getMessage());
        }
        loop.shutdown();
        try {
            if (!loop.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) loop.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loop.shutdownNow();
        }
        state = State.STOPPED;
        publishHealth();
        log.info("{} session stopped: {} entries sent, {} fills recorded", settings.environment().wireName(), entriesSent.get(), fillsRecorded.get());
    }

    /** Abandons the session without any of the graceful work (what a crash leaves behind). For restart tests. */
    public void abandon() {
        entriesEnabled = false;
        loop.shutdownNow();
        try {
            loop.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        state = State.STOPPED;
    }

    @Override
    public void close() {
        stop();
    }

    /** The current health snapshot. */
    public SessionHealth health() {
        Instant now = clock.instant();
        List<SessionHealth.Component> components = new ArrayList<>();
        int live = 0;
        for (TradableMarket m : p.markets().all()) if (p.feed().top(m.ticker()).isPresent()) live++;
        Optional<String> degradation = p.feed().degradation();
        String marketData = p.markets().size() == 0 || live == 0 || degradation.isPresent() ? SessionHealth.Component.DEGRADED
                : SessionHealth.Component.UP;
        components.add(new SessionHealth.Component("market_data", marketData, live + " of " + p.markets().size() + " books live, "
                + bookEvents.get() + " book events" + degradation.map(d -> "; " + d).orElse("")));
        components.add(new SessionHealth.Component("discovery", lastDiscoveryError.isEmpty() ? SessionHealth.Component.UP : SessionHealth.Component.DEGRADED,
                lastDiscoveryError.isEmpty() ? (lastDiscovery == null ? "not run yet" : "last at " + lastDiscovery) : lastDiscoveryError));
        components.add(new SessionHealth.Component("trading_loop",
                state == State.RUNNING ? (lastLoopError.isEmpty() ? SessionHealth.Component.UP : SessionHealth.Component.DEGRADED)
                        : state == State.STOPPED ? SessionHealth.Component.DOWN : SessionHealth.Component.DEGRADED,
                state + ", " + loopErrors.get() + " step failures" + (lastLoopError.isEmpty() ? "" : "; last: " + lastLoopError)));
        components.add(new SessionHealth.Component("entries", SessionHealth.Component.UP, entriesDetail()));
        List<BreakerEvent> active = p.breakers().active();
        components.add(new SessionHealth.Component("breakers", active.isEmpty() ? SessionHealth.Component.UP : SessionHealth.Component.DEGRADED,
                active.size() + " active"));
        List<SessionHealth.ActiveBreaker> breakers = new ArrayList<>();
        for (BreakerEvent b : active) breakers.add(new SessionHealth.ActiveBreaker(b.kind().name().toLowerCase(java.util.Locale.ROOT), b.scope(), b.reason(), b.at()));
        return new SessionHealth(now, settings.environment().wireName(), state.name(), startedAt == null ? now : startedAt, components, breakers,
                p.markets().size(), live, p.book().size(), restingEntries.size(), Optional.ofNullable(lastBookUpdate), Optional.ofNullable(lastGameUpdate),
                p.budget().available(), p.budget().perMinute(), p.gateway().placed(), fillsRecorded.get(),
                reconciliationReport == null ? "" : reconciliationReport.summary());
    }

    /**
     * Why the tracked markets are not entered, by the reason of their last evaluation in checklist order:
     * {@code "12 markets not entered now: no_probability 9, illiquid 1, no_signal 2"}. Before, a skip left no trace
     * and a session that never traded did not say why.
     */
    private String entriesDetail() {
        Map<EntryDecision.SkipReason, Integer> counts = new java.util.EnumMap<>(EntryDecision.SkipReason.class);
        int n = 0;
        for (Map.Entry<String, EntryDecision.SkipReason> e : lastSkip.entrySet()) {
            if (p.markets().find(e.getKey()).isEmpty()) continue;
            counts.merge(e.getValue(), 1, Integer::sum);
            n++;
        }
        StringBuilder d = new StringBuilder().append(entriesSent.get()).append(" entries sent since start");
        if (n == 0) return d.toString();
        d.append("; ").append(n).append(" markets not entered now: ");
        String sep = "";
        for (Map.Entry<EntryDecision.SkipReason, Integer> e : counts.entrySet()) {
            d.append(sep).append(e.getKey().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(e.getValue());
            sep = ", ";
        }
        return d.toString();
    }

    private void publishHealth() {
        try {
            p.health().publish(health());
        } catch (RuntimeException e) {
            log.warn("could not publish health: {}", e.getMessage());
        }
    }

    private void guarded(String step, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            loopErrors.incrementAndGet();
            lastLoopError = step + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.warn("session step '{}' failed: {}", step, lastLoopError, e);
        }
    }

    private void runOnLoop(Runnable r) {
        callOnLoop(() -> {
            r.run();
            return null;
        });
    }

    private <T> T callOnLoop(java.util.concurrent.Callable<T> c) {
        try {
            return loop.submit(c).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
