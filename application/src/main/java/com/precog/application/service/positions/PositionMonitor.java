package com.precog.application.service.positions;

import com.precog.application.port.out.MarketQuotes;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.exit.ExitContext;
import com.precog.domain.exit.ExitDecision;
import com.precog.domain.exit.ExitResolver;
import com.precog.domain.market.BookTop;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.position.HealthScore;
import com.precog.domain.position.Position;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Watches every open position (SPEC §1 step 8, §7). Event-driven: a book, model or game
 * change re-evaluates the positions of that market at once, a breaker change re-evaluates all;
 * {@link #tick()} guarantees a re-check at least every 30 s, every 5 s when a position is
 * within 0.02 of any threshold. A re-check trusts the streamed book for 10 s, then refreshes it
 * through {@link MarketQuotes} if the shared {@link ApiBudget} has a token.
 *
 * <p>Each evaluation marks the position to its held side's best bid (updating P&L and the
 * trailing stop; stored as a new SCD2 version when material), evaluates all ten exit
 * conditions through the {@link ExitResolver} and hands an exit to the {@link ExitSink} (the exit executor).
 * Thread-safe (one lock); evaluation reuses one {@link ExitContext} and allocates nothing
 * while holding.
 */
public final class PositionMonitor {
    private final Clock clock;
    private final PositionBook book;
    private final MarketBoard board;
    private final ExitResolver resolver;
    private final ExitSink executor;
    private final CircuitBreakerService breakers;
    private final MarketQuotes quotes;
    private final ApiBudget budget;
    private final MonitorConfig config;
    private final ExitContext ctx = new ExitContext();
    private final Map<String, Tracked> tracked = new HashMap<>();
    private volatile Function<String, OptionalLong> eventClock = ticker -> OptionalLong.empty();
    // the event end of the market last evaluated, at that time: its other positions in the same pass reuse it
    private com.precog.domain.market.Market endMemoMarket;
    private long endMemoNow;
    private long endMemo;

    private static final class Tracked {
        long nextCheckMillis;
        boolean urgent;
        ExitDecision last = ExitDecision.Hold.INSTANCE;
    }

    private com.precog.application.port.out.CloseRequests closeRequests;

    /** Operators' close requests to carry out on every {@link #tick()} (optional). */
    public synchronized void useCloseRequests(com.precog.application.port.out.CloseRequests requests) {
        this.closeRequests = Objects.requireNonNull(requests, "requests");
    }

    /**
     * Seconds the market's event still has to run at least, when known (e.g. the game clock of a linked
     * live game, or a kick-off that has not happened): the event's end used by the time-based exits and
     * the health score is then never earlier than now plus that — a game delayed or in overtime past
     * Kalshi's expected expiration is not "about to end".
     *
     * @param secondsLeft market ticker → lower bound of the event's remaining seconds, empty when unknown
     */
    public synchronized void useEventClock(Function<String, OptionalLong> secondsLeft) {
        this.eventClock = Objects.requireNonNull(secondsLeft, "secondsLeft");
    }

    public PositionMonitor(Clock clock, PositionBook book, MarketBoard board, ExitResolver resolver, ExitSink executor,
                           CircuitBreakerService breakers, MarketQuotes quotes, ApiBudget budget, MonitorConfig config) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.book = Objects.requireNonNull(book, "book");
        this.board = Objects.requireNonNull(board, "board");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.config = Objects.requireNonNull(config, "config");
        breakers.addListener(this::onBreakerChange);
    }

    // ---- events

    /** A new top of book for a market (WebSocket): updates the board and re-evaluates that market's positions. */
    public void onBookUpdate(String ticker, BookTop top) {
        board.updateBook(ticker, top, clock.instant());
        evaluateMarket(ticker);
    }

    /** A new model probability of YES for a market. */
    public void onModelUpdate(String ticker, Probability yes) {
        board.updateProbability(ticker, yes, clock.instant());
        evaluateMarket(ticker);
    }

    /** The game behind a market changed (score, clock): re-evaluates its positions. */
    public void onGameUpdate(String ticker) {
        evaluateMarket(ticker);
    }

    /** A breaker tripped or was resolved: every position is re-evaluated now. */
    public void onBreakerChange() {
        evaluateAll();
    }

    /** Re-checks every position whose cadence is due (call about once a second). */
    public synchronized void tick() {
        long now = clock.millis();
        endMemoMarket = null;
        if (closeRequests != null) {
            for (com.precog.application.port.out.CloseRequests.CloseRequest r : closeRequests.pending()) {
                Optional<Position> p = book.get(r.positionId());
                // refused now (an exit of the same or higher priority sells part of it, or one just gave up): kept and
                // retried every tick until the executor takes it or the position is closed, never dropped
                if (p.isEmpty() || executor.submitManual(p.get().id(), p.get().currentQuantity(), r.priority(), Instant.ofEpochMilli(now))) {
                    closeRequests.markHandled(r.requestId(), Instant.ofEpochMilli(now));
                }
            }
        }
        for (Position p : book.all()) {
            Tracked t = tracked.get(p.id());
            if (t != null && t.nextCheckMillis > now) continue;
            refreshIfStale(p.marketTicker(), now);
            evaluate(p, now);
        }
        tracked.keySet().retainAll(idsOf(book.all()));
    }

    private static java.util.Set<String> idsOf(List<Position> ps) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Position p : ps) ids.add(p.id());
        return ids;
    }

    private void refreshIfStale(String ticker, long now) {
        MarketBoard.View v = board.viewOrNull(ticker);
        if (v == null || now - v.bookAt().toEpochMilli() < config.priceCacheTtl().toMillis()) return;
        if (!budget.tryAcquire(1)) return; // budget spent: evaluate on the cached book
        quotes.fetchTop(ticker).ifPresent(top -> board.updateBook(ticker, top, Instant.ofEpochMilli(now)));
    }

    public synchronized void evaluateMarket(String ticker) {
        Instant now = clock.instant();
        endMemoMarket = null; // one event end per market and evaluation pass
        for (Position p : book.inMarket(ticker)) evaluate(p, now.toEpochMilli(), now);
    }

    public synchronized void evaluateAll() {
        Instant now = clock.instant();
        endMemoMarket = null;
        for (Position p : book.all()) evaluate(p, now.toEpochMilli(), now);
    }

    // ---- evaluation

    private void evaluate(Position p, long nowMillis) {
        evaluate(p, nowMillis, Instant.ofEpochMilli(nowMillis));
    }

    private void evaluate(Position p, long nowMillis, Instant now) {
        MarketBoard.View v = board.viewOrNull(p.marketTicker());
        Tracked t = tracked.computeIfAbsent(p.id(), k -> new Tracked());
        if (v == null) {
            t.nextCheckMillis = nowMillis + config.normal().toMillis();
            return;
        }
        long bid = v.top().bidMicros(p.side());
        Position cur = p;
        if (bid > 0) {
            cur = bid == p.mark().micros() ? p : p.withMark(Price.ofMicros(bid), now);
            if (cur != p) book.update(cur, now);
        }
        ctx.load(cur).market(v.top(), cur.side(), v.volume24hHundredths(), nowMillis, endMillis(v.market(), nowMillis),
                v.market().fractionalTrading(), v.market().fees());
        ctx.probability(v.yesProbability().isPresent() ? cur.side().probabilityFromYes(v.yesProbability().get()).millionths() : -1);
        long candidate = board.blockedCandidateEdgeMicros();
        ctx.candidate(candidate, candidate != Long.MIN_VALUE);
        ctx.flattenRequired(breakers.flattenRequired(cur.marketTicker())); // a market-scoped flatten exits only that market
        ExitDecision d = resolver.resolve(ctx);
        t.last = d;
        t.urgent = d instanceof ExitDecision.Exit || resolver.nearAny(ctx, config.urgentMarginMicros());
        t.nextCheckMillis = nowMillis + (t.urgent ? config.urgent() : config.normal()).toMillis();
        if (d instanceof ExitDecision.Exit e) executor.submit(cur.id(), e, now);
    }

    // ---- queries

    /** The decision of the last evaluation of a position. */
    public synchronized Optional<ExitDecision> lastDecision(String positionId) {
        Tracked t = tracked.get(positionId);
        return t == null ? Optional.empty() : Optional.of(t.last);
    }

    /** When the position is re-checked next at the latest. */
    public synchronized Optional<Instant> nextCheckAt(String positionId) {
        Tracked t = tracked.get(positionId);
        return t == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(t.nextCheckMillis));
    }

    /** Whether the position is on the urgent cadence. */
    public synchronized boolean isUrgent(String positionId) {
        Tracked t = tracked.get(positionId);
        return t != null && t.urgent;
    }

    /**
     * The position's health (SPEC §7) against its entry edge, a time horizon for the time
     * component, and the stop-loss/profit-target pnl range of its confidence.
     */
    public synchronized Optional<HealthScore> health(String positionId, long entryEdgeMicros, java.time.Duration horizon,
                                                     long stopLossPpm, long profitTargetPpm) {
        Optional<Position> p = book.get(positionId);
        if (p.isEmpty()) return Optional.empty();
        MarketBoard.View v = board.viewOrNull(p.get().marketTicker());
        if (v == null) return Optional.empty();
        long now = clock.millis();
        long bid = v.top().bidMicros(p.get().side());
        long edge = v.yesProbability().isPresent() && bid > 0
                ? com.precog.domain.exit.CurrentEdge.holdEdgeMicros(p.get().side().probabilityFromYes(v.yesProbability().get()).millionths(),
                        bid, v.market().fees()) : 0;
        endMemoMarket = null;
        long end = endMillis(v.market(), now);
        long millisLeft = end < 0 ? horizon.toMillis() : end - now; // no time from the venue: no time pressure, as for the exits
        return Optional.of(HealthScore.of(edge, entryEdgeMicros, millisLeft, horizon.toMillis(),
                v.top().bidQuantity(p.get().side()), p.get().currentQuantity().hundredths(), p.get().pnlPpm(), stopLossPpm, profitTargetPpm));
    }

    /**
     * The event's expected end in epoch millis (the "close" of the exit conditions), −1 when the venue gave
     * no time; never earlier than now plus the event clock's lower bound ({@link #useEventClock}).
     */
    private long endMillis(com.precog.domain.market.Market m, long nowMillis) {
        if (m == endMemoMarket && nowMillis == endMemoNow) return endMemo; // the market's other positions, same update
        Instant end = m.expectedEnd();
        long millis = -1;
        if (!end.equals(Instant.EPOCH)) {
            millis = end.toEpochMilli();
            OptionalLong left = eventClock.apply(m.ticker());
            if (left.isPresent()) millis = Math.max(millis, Math.addExact(nowMillis, Math.multiplyExact(left.getAsLong(), 1000L)));
        }
        endMemoMarket = m;
        endMemoNow = nowMillis;
        endMemo = millis;
        return millis;
    }
}
