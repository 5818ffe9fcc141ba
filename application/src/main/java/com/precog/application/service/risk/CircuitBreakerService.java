package com.precog.application.service.risk;

import com.precog.application.port.out.BreakerEvents;
import com.precog.domain.money.Dollars;
import com.precog.domain.risk.BreakerConfig;
import com.precog.domain.risk.BreakerEvent;
import com.precog.domain.risk.BreakerKind;
import com.precog.domain.risk.EventWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The eight circuit breakers of SPEC §8. Observations come in ({@link #recordPnl},
 * {@link #recordClosedTrade}, {@link #recordApiError}, ...); a breaker trips synchronously
 * inside the observing call, is appended to {@link BreakerEvents} first, and takes effect at
 * once: {@link #entriesHalted} and {@link #flattenRequired} read a volatile snapshot, and
 * listeners (the position monitor) are told before the call returns — well within SPEC's 1 s.
 *
 * <p>Trips are rebuilt from the event history on construction, and {@link #reconfigure}
 * changes only thresholds, so neither a restart nor a config reload clears a trip. Exits are
 * never halted: infrastructure breakers stop entries only. Thread-safe.
 */
public final class CircuitBreakerService implements com.precog.application.port.out.TradingHalts {
    private static final Logger log = LoggerFactory.getLogger(CircuitBreakerService.class);

    /** What is tripped right now. */
    private record Snapshot(List<BreakerEvent> active, boolean haltAll, boolean flatten) {}

    private final Clock clock;
    private final BreakerEvents store;
    private final ZoneId tradingZone;
    private volatile BreakerConfig config;
    private volatile Snapshot snapshot = new Snapshot(List.of(), false, false);
    private final Map<String, BreakerEvent> active = new LinkedHashMap<>(); // key kind|scope
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private EventWindow apiErrors;
    private EventWindow bigEdges;
    private EventWindow trades;
    private final ArrayDeque<long[]> equity = new ArrayDeque<>(); // [millis, units]
    private LocalDate equityDay; // the trading day of the equity samples
    private long lastRealizedUnits; // the realized part of the last sample
    private long lastTotalUnits; // today's P&L (realized + unrealized) of the last sample
    private long dailyLossBaselineUnits; // today's P&L when an operator last resolved daily_loss (0: none today)
    private LocalDate dailyLossBaselineDay; // the trading day that baseline belongs to
    private int consecutiveLosses;
    private long lastApiErrorMillis = Long.MIN_VALUE;

    public CircuitBreakerService(Clock clock, BreakerEvents store, BreakerConfig config, ZoneId tradingZone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.tradingZone = Objects.requireNonNull(tradingZone, "tradingZone");
        windows(config);
        for (BreakerEvent e : store.all()) {
            String key = key(e.kind(), e.scope());
            if (e.type() == BreakerEvent.Type.TRIPPED) active.put(key, e);
            else active.remove(key);
        }
        publish();
    }

    private void windows(BreakerConfig c) {
        apiErrors = new EventWindow(c.apiErrorWindow().toMillis());
        bigEdges = new EventWindow(c.edgeAnomalyWindow().toMillis());
        trades = new EventWindow(c.unusualTradeWindow().toMillis());
    }

    private static String key(BreakerKind kind, String scope) {
        return kind.name() + "|" + scope;
    }

    /**
     * Re-reads the event history so that trips and resolves written by another process (the
     * {@code precog circuit-breaker} CLI) take effect here; {@link #tick()} does it every call.
     */
    public void sync() {
        mutate(() -> {
            syncLocked();
            return null;
        });
    }

    private void syncLocked() {
        Map<String, BreakerEvent> rebuilt = new LinkedHashMap<>();
        for (BreakerEvent e : store.all()) {
            String key = key(e.kind(), e.scope());
            if (e.type() == BreakerEvent.Type.TRIPPED) rebuilt.put(key, e);
            else rebuilt.remove(key);
        }
        if (!rebuilt.equals(active)) {
            if (active.containsKey(key(BreakerKind.CONSECUTIVE_LOSSES, BreakerEvent.ALL))
                    && !rebuilt.containsKey(key(BreakerKind.CONSECUTIVE_LOSSES, BreakerEvent.ALL))) {
                consecutiveLosses = 0; // resolved elsewhere (the CLI): start counting again
            }
            BreakerEvent dailyTrip = active.get(key(BreakerKind.DAILY_LOSS, BreakerEvent.ALL));
            if (limitTrip(dailyTrip) && !rebuilt.containsKey(key(BreakerKind.DAILY_LOSS, BreakerEvent.ALL))) {
                dailyLossResolvedAt(lastTotalUnits); // its limit trip resolved elsewhere (the CLI): the limit counts from today's P&L now
            }
            active.clear();
            active.putAll(rebuilt);
            publish();
        }
    }

    /** Called (synchronously) after every trip and resolve. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** New thresholds for future trips; tripped breakers stay tripped. */
    public void reconfigure(BreakerConfig newConfig) {
        Objects.requireNonNull(newConfig, "newConfig");
        synchronized (lock) {
            this.config = newConfig;
            windows(newConfig);
        }
    }

    public BreakerConfig config() {
        return config;
    }

    // ---- queries (lock-free)

    /** Whether new entries into {@code marketTicker} are halted by any tripped breaker. */
    public boolean entriesHalted(String marketTicker) {
        Snapshot s = snapshot;
        if (s.haltAll) return true;
        for (BreakerEvent e : s.active) {
            if (e.appliesTo(marketTicker)) return true;
        }
        return false;
    }

    /**
     * The tripped breaker that halts entries into {@code marketTicker}, if any (the oldest): what
     * the trading core's {@code TradingHalts.mayEnter} answers with ({@code kind().wireName()}, {@code reason()}).
     */
    public Optional<BreakerEvent> haltingBreaker(String marketTicker) {
        for (BreakerEvent e : snapshot.active) {
            if (e.appliesTo(marketTicker)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** The trading core's entry check: halted by the oldest tripped breaker covering the market, else allowed. */
    @Override
    public EntryPermission mayEnter(String marketTicker, Instant now) {
        Optional<BreakerEvent> e = haltingBreaker(marketTicker);
        return e.isEmpty() ? Allowed.INSTANCE : new Halted(e.get().kind().wireName(), e.get().reason());
    }

    /** Whether any tripped breaker (a loss-type one, or a flattening manual one of any scope) requires exiting positions. */
    public boolean flattenRequired() {
        return snapshot.flatten;
    }

    /**
     * Whether the positions of {@code marketTicker} must be exited: a flattening breaker tripped for every market or for
     * this one. A manual breaker halts only what it names (SPEC §8), so one scoped to another market exits nothing here.
     */
    public boolean flattenRequired(String marketTicker) {
        Snapshot s = snapshot;
        if (!s.flatten) return false;
        for (BreakerEvent e : s.active) {
            if (e.flatten() && e.appliesTo(marketTicker)) return true;
        }
        return false;
    }

    /** Exits are never halted by a breaker (SPEC §8: exits continue for infrastructure kinds). */
    public boolean exitsAllowed() {
        return true;
    }

    /** The tripped breakers (their trip events), oldest first: what health output shows. */
    public List<BreakerEvent> active() {
        return snapshot.active;
    }

    // ---- operator

    /** Trips a breaker (idempotent per kind and scope: an already tripped one is returned unchanged). */
    public BreakerEvent trip(BreakerKind kind, String scope, boolean flatten, String reason, String actor) {
        return mutate(() -> tripLocked(kind, scope, flatten, reason, actor));
    }

    private BreakerEvent tripLocked(BreakerKind kind, String scope, boolean flatten, String reason, String actor) {
        Objects.requireNonNull(kind, "kind");
        String sc = scope == null || scope.isBlank() ? BreakerEvent.ALL : scope;
        BreakerEvent existing = active.get(key(kind, sc));
        if (existing != null && (existing.flatten() || !flatten)) return existing;
        BreakerEvent e = new BreakerEvent(UUID.randomUUID().toString(), kind, sc, BreakerEvent.Type.TRIPPED,
                flatten || kind.flattens(), reason, actor, clock.instant());
        store.append(e);
        active.put(key(kind, sc), e);
        log.warn("circuit breaker {} tripped (scope {}, flatten {}): {}", kind.wireName(), sc, e.flatten(), reason);
        publish();
        return e;
    }

    /** Resolves a tripped breaker; empty when it was not tripped. */
    public Optional<BreakerEvent> resolve(BreakerKind kind, String scope, String actor, String reason) {
        return mutate(() -> resolveLocked(kind, scope, actor, reason));
    }

    private Optional<BreakerEvent> resolveLocked(BreakerKind kind, String scope, String actor, String reason) {
        Objects.requireNonNull(kind, "kind");
        String sc = scope == null || scope.isBlank() ? BreakerEvent.ALL : scope;
        if (!active.containsKey(key(kind, sc))) return Optional.empty();
        BreakerEvent e = new BreakerEvent(UUID.randomUUID().toString(), kind, sc, BreakerEvent.Type.RESOLVED, false, reason,
                actor, clock.instant());
        store.append(e);
        BreakerEvent tripped = active.remove(key(kind, sc));
        if (kind == BreakerKind.CONSECUTIVE_LOSSES) consecutiveLosses = 0;
        if (kind == BreakerKind.DAILY_LOSS && !"system".equals(actor) && limitTrip(tripped)) dailyLossResolvedAt(lastTotalUnits);
        log.info("circuit breaker {} resolved (scope {}) by {}: {}", kind.wireName(), sc, actor, reason);
        publish();
        return Optional.of(e);
    }

    private final Object lock = new Object();
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    /** Runs a mutation under the lock, then tells listeners outside it (no lock held: no deadlock with the monitor). */
    private <T> T mutate(java.util.function.Supplier<T> body) {
        long before = version.get();
        T result;
        synchronized (lock) {
            result = body.get();
        }
        if (version.get() != before) fire();
        return result;
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException ex) {
                log.error("circuit breaker listener failed", ex);
            }
        }
    }

    private void publish() {
        List<BreakerEvent> list = List.copyOf(new ArrayList<>(active.values()));
        boolean haltAll = false;
        boolean flatten = false;
        for (BreakerEvent e : list) {
            if (BreakerEvent.ALL.equals(e.scope())) haltAll = true;
            if (e.flatten()) flatten = true;
        }
        snapshot = new Snapshot(list, haltAll, flatten);
        version.incrementAndGet();
    }

    // ---- observations

    /**
     * Today's realized and current unrealized P&L (negative = loss). Trips daily_loss when the
     * loss reaches the daily limit and rapid_loss when equity fell by the rapid limit within its window.
     */
    public void recordPnl(Dollars realizedToday, Dollars unrealized) {
        mutate(() -> {
            recordPnlLocked(realizedToday, unrealized);
            return null;
        });
    }

    /**
     * New positions' entry costs (negative: the spread to the mark and the fees, shown as unrealized loss the moment they
     * are marked): rapid_loss measures how equity moves after entry, so the samples of its window are lowered by that much
     * and an entry is no "loss within the window"; daily_loss keeps it (SPEC §8: realized + unrealized loss today).
     */
    public void entryCostsBooked(Dollars entryCosts) {
        mutate(() -> {
            for (long[] sample : equity) sample[1] += entryCosts.units();
            return null;
        });
    }

    /** The start of the trading day holding {@code at}: what "today" means for daily_loss and its reset. */
    public Instant tradingDayStart(Instant at) {
        return LocalDate.ofInstant(at, tradingZone).atStartOfDay(tradingZone).toInstant();
    }

    private void recordPnlLocked(Dollars realizedToday, Dollars unrealized) {
        long now = clock.millis();
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), tradingZone);
        if (!today.equals(equityDay)) {
            // realized "today" starts again at zero: the samples still in the window are rebased by the day's last realized
            // P&L, so a profitable day's gains leaving the measure at midnight are no rapid loss (and a day's losses no gain)
            for (long[] sample : equity) sample[1] -= lastRealizedUnits;
            equityDay = today;
        }
        lastRealizedUnits = realizedToday.units();
        long total = realizedToday.plus(unrealized).units();
        lastTotalUnits = total;
        BreakerConfig c = config;
        // after an operator's resolve (SPEC: daily_loss resets the next trading day or by hand) the limit counts from the
        // P&L at that moment: without it the same loss re-tripped at once and a manual reset could never hold
        long baseline = today.equals(dailyLossBaselineDay) ? Math.min(0, dailyLossBaselineUnits) : 0;
        if (baseline - total >= c.dailyLossLimit().units()) {
            tripLocked(BreakerKind.DAILY_LOSS, BreakerEvent.ALL, true, "loss today " + Dollars.ofUnits(-total) + (baseline == 0 ? ""
                    : " (" + Dollars.ofUnits(baseline - total) + " since it was resolved)") + " >= " + c.dailyLossLimit(), "system");
        }
        long windowStart = now - c.rapidLossWindow().toMillis();
        while (!equity.isEmpty() && equity.peekFirst()[0] < windowStart) equity.pollFirst();
        equity.addLast(new long[] {now, total});
        long peak = Long.MIN_VALUE;
        for (long[] s : equity) peak = Math.max(peak, s[1]);
        if (peak - total >= c.rapidLossLimit().units()) {
            tripLocked(BreakerKind.RAPID_LOSS, BreakerEvent.ALL, true, "lost " + Dollars.ofUnits(peak - total) + " within "
                    + c.rapidLossWindow().toMinutes() + " min", "system");
        }
    }

    /** A closed trade's realized P&L: trips consecutive_losses after N losing trades in a row. */
    public void recordClosedTrade(Dollars pnl) {
        mutate(() -> {
            recordClosedTradeLocked(pnl);
            return null;
        });
    }

    private void recordClosedTradeLocked(Dollars pnl) {
        consecutiveLosses = pnl.isNegative() ? consecutiveLosses + 1 : 0;
        if (consecutiveLosses >= config.consecutiveLosses()) {
            tripLocked(BreakerKind.CONSECUTIVE_LOSSES, BreakerEvent.ALL, false, consecutiveLosses + " losing trades in a row", "system");
        }
    }

    /**
     * Where the losing streak of consecutive_losses counts from: the last time the breaker was resolved (a resolve
     * starts counting again), {@link Instant#EPOCH} when it never was. What {@link #restoreLosingStreak} is given after
     * a restart is the closed trades since then.
     */
    public Instant losingStreakCountsFrom() {
        Instant from = Instant.EPOCH;
        for (BreakerEvent e : store.all()) {
            if (e.kind() == BreakerKind.CONSECUTIVE_LOSSES && e.type() == BreakerEvent.Type.RESOLVED && e.at().isAfter(from)) from = e.at();
        }
        return from;
    }

    /**
     * On start: the losing streak of earlier runs, from their closed trades' P&amp;L oldest first (those since
     * {@link #losingStreakCountsFrom()}), so a restart does not start consecutive_losses at zero. Trips it when the streak
     * has reached the limit (a limit lowered since); nothing changes while the breaker is tripped (a resolve starts at zero).
     * A trade of exactly $0 is skipped: start-up reconciliation closes a position the venue no longer holds at an unknown
     * P&amp;L recorded as 0, which must not pass for a win that ends the streak.
     *
     * @return the streak now counted
     */
    public int restoreLosingStreak(List<Dollars> closedTradePnls) {
        Objects.requireNonNull(closedTradePnls, "closedTradePnls");
        return mutate(() -> {
            if (active.containsKey(key(BreakerKind.CONSECUTIVE_LOSSES, BreakerEvent.ALL))) return consecutiveLosses;
            int streak = 0;
            for (Dollars pnl : closedTradePnls) {
                if (pnl.isZero()) continue; // what a start-up reconciliation records for a close of unknown P&L: neither a win nor a loss
                streak = pnl.isNegative() ? streak + 1 : 0;
            }
            consecutiveLosses = streak;
            if (streak >= config.consecutiveLosses()) {
                tripLocked(BreakerKind.CONSECUTIVE_LOSSES, BreakerEvent.ALL, false, streak + " losing trades in a row (before the restart)", "system");
            }
            return streak;
        });
    }

    /**
     * Whether {@code trip} is daily_loss's own limit trip (by the system), whose resolve moves the limit; an operator's
     * trip (to flatten, below the limit) resolved again leaves the limit where it was.
     */
    private static boolean limitTrip(BreakerEvent trip) {
        return trip != null && trip.kind() == BreakerKind.DAILY_LOSS && "system".equals(trip.actor());
    }

    private void dailyLossResolvedAt(long totalUnits) {
        dailyLossBaselineUnits = totalUnits;
        dailyLossBaselineDay = LocalDate.ofInstant(clock.instant(), tradingZone);
    }

    /** An exchange API error: trips api_failures after N within the window. */
    public void recordApiError(String what) {
        mutate(() -> {
            recordApiErrorLocked(what);
            return null;
        });
    }

    private void recordApiErrorLocked(String what) {
        long now = clock.millis();
        lastApiErrorMillis = now;
        int n = apiErrors.record(now);
        if (n >= config.apiErrorLimit()) {
            tripLocked(BreakerKind.API_FAILURES, BreakerEvent.ALL, false, n + " API errors within "
                    + config.apiErrorWindow().toSeconds() + " s (last: " + what + ")", "system");
        }
    }

    /** The entry loop's observation of an edge ({@link com.precog.application.port.out.TradingHalts#edgeSeen}): {@link #recordEdge}. */
    @Override
    public void edgeSeen(long edgeMicros) {
        recordEdge(edgeMicros);
    }

    /** A computed edge: trips edge_anomaly when edges at or above the anomaly level are seen N times in the window. */
    public void recordEdge(long edgeMicros) {
        mutate(() -> {
            recordEdgeLocked(edgeMicros);
            return null;
        });
    }

    private void recordEdgeLocked(long edgeMicros) {
        if (edgeMicros < config.edgeAnomalyMicros()) return;
        int n = bigEdges.record(clock.millis());
        if (n >= config.edgeAnomalyCount()) {
            tripLocked(BreakerKind.EDGE_ANOMALY, BreakerEvent.ALL, false, n + " edges >= " + config.edgeAnomalyMicros() / 1e6 + " within "
                    + config.edgeAnomalyWindow().toMinutes() + " min", "system");
        }
    }

    /** An executed trade: trips unusual_activity at more than N trades in the window. */
    public void recordTrade() {
        mutate(() -> {
            recordTradeLocked();
            return null;
        });
    }

    private void recordTradeLocked() {
        int n = trades.record(clock.millis());
        if (n > config.unusualTradeCount()) {
            tripLocked(BreakerKind.UNUSUAL_ACTIVITY, BreakerEvent.ALL, false, n + " trades within " + config.unusualTradeWindow().toMinutes() + " min", "system");
        }
    }

    /**
     * Freshness of a traded market's data: trips data_stale for that market when prices are
     * older than the price limit or the game state older than the game limit; resolves it when fresh.
     * {@code lastGameUpdate} may be null for markets without a linked game.
     */
    public void checkFreshness(String marketTicker, Instant lastPriceUpdate, Instant lastGameUpdate) {
        mutate(() -> {
            checkFreshnessLocked(marketTicker, lastPriceUpdate, lastGameUpdate);
            return null;
        });
    }

    private void checkFreshnessLocked(String marketTicker, Instant lastPriceUpdate, Instant lastGameUpdate) {
        Instant now = clock.instant();
        boolean stalePrice = lastPriceUpdate == null || lastPriceUpdate.plus(config.priceStaleAfter()).isBefore(now);
        boolean staleGame = lastGameUpdate != null && lastGameUpdate.plus(config.gameStaleAfter()).isBefore(now);
        boolean tripped = active.containsKey(key(BreakerKind.DATA_STALE, marketTicker));
        if ((stalePrice || staleGame) && !tripped) {
            tripLocked(BreakerKind.DATA_STALE, marketTicker, false, stalePrice ? "prices older than " + config.priceStaleAfter().toSeconds() + " s"
                    : "game state older than " + config.gameStaleAfter().toSeconds() + " s", "system");
        } else if (!stalePrice && !staleGame && tripped) {
            resolveLocked(BreakerKind.DATA_STALE, marketTicker, "system", "data fresh again");
        }
    }

    /** Time-based resets: api_failures after the healthy period, daily_loss on the next trading day. Call about once a second. */
    public void tick() {
        mutate(() -> {
            tickLocked();
            return null;
        });
    }

    private void tickLocked() {
        syncLocked();
        Instant now = clock.instant();
        for (BreakerEvent e : List.copyOf(active.values())) {
            if (e.kind() == BreakerKind.API_FAILURES) {
                long lastError = Math.max(lastApiErrorMillis, e.at().toEpochMilli());
                if (now.toEpochMilli() - lastError >= config.apiHealthyReset().toMillis()) {
                    resolveLocked(e.kind(), e.scope(), "system", "no API errors for " + config.apiHealthyReset().toSeconds() + " s");
                }
            } else if (e.kind() == BreakerKind.DAILY_LOSS) {
                LocalDate tripDay = LocalDate.ofInstant(e.at(), tradingZone);
                if (LocalDate.ofInstant(now, tradingZone).isAfter(tripDay)) {
                    equity.clear();
                    resolveLocked(e.kind(), e.scope(), "system", "next trading day");
                }
            }
        }
    }
}
