package com.precog.application.service.exits;

import com.precog.application.port.out.ExitJournal;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.service.positions.MarketBoard;
import com.precog.application.service.positions.PositionBook;
import com.precog.application.service.risk.ApiBudget;
import com.precog.application.service.risk.CircuitBreakerService;
import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.execution.ExitOrderType;
import com.precog.domain.execution.ExitPricing;
import com.precog.domain.execution.FirstPrice;
import com.precog.domain.execution.UrgencyPlan;
import com.precog.domain.exit.ExitConditionKind;
import com.precog.domain.exit.ExitPriority;
import com.precog.domain.exit.PositionExit;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.position.Position;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works exit requests into sell orders with the urgency plans of SPEC §9, through any
 * {@link OrderGateway} (paper broker, fake exchange, Kalshi) alike.
 *
 * <ul>
 *   <li>CRITICAL: IOC at the worst acceptable price ({@code bid − max slippage}, floor one tick),
 *       re-sent every {@code resendInterval} until sold; an alert is logged once the 5 s budget is spent.</li>
 *   <li>HIGH: limit at bid + 1 tick, 10 s per attempt, 2 walks, then an IOC cross (then as CRITICAL).</li>
 *   <li>MEDIUM: limit at the mid, 30 s, 5 walks, then cancel (the next monitoring cycle re-evaluates).</li>
 *   <li>LOW: limit at ask − 1 tick, 60 s, 10 walks, then cancel.</li>
 * </ul>
 * A walk moves one tick of the market's own ladder toward the bid, never below bid − 1 tick.
 * Partial fills reduce the remainder. Exits are queued per market and worked serially, most
 * urgent first; a more urgent request preempts (cancels) the active order of its market.
 * Every order is one {@code exit_attempts} row; every order that filled something is one
 * {@code position_exits} row with realized P&L after fees, and a new position version.
 *
 * <p>Driven by {@link #poll()} (the daemon calls it about every 250 ms and after book updates;
 * tests call it after moving a clock). Thread-safe (one lock).
 */
public final class ExitExecutor implements com.precog.application.service.positions.ExitSink {
    private static final Logger log = LoggerFactory.getLogger(ExitExecutor.class);

    /** Realized P&L of the market's records closed so far while others stay open (session thread). */
    private final java.util.Map<String, Dollars> closedInMarket = new java.util.concurrent.ConcurrentHashMap<>();
    private final Clock clock;
    private final OrderGateway gateway;
    private final ExitJournal journal;
    private final PositionBook book;
    private final MarketBoard board;
    private final ExecutionPolicy policy;
    private final Duration resendInterval;
    private final ApiBudget budget;
    private final CircuitBreakerService breakers;
    private final Map<String, List<Job>> byMarket = new LinkedHashMap<>();
    private final Map<String, Job> byPosition = new HashMap<>();
    /** Exits that ran out of walks and were canceled: no new exit of the same or lower priority until the instant. */
    private final Map<String, Cooldown> cooldowns = new HashMap<>();
    private Duration giveUpCooldown = Duration.ofSeconds(30);
    private volatile java.util.function.BooleanSupplier venueTrading = () -> true;

    private record Cooldown(ExitPriority priority, Instant until) {}

    private static final class Job {
        final String positionId;
        final String ticker;
        ExitRequest request;
        UrgencyPlan plan;
        long remaining;
        int attempts;
        int walks;
        boolean iocMode;
        boolean alerted;
        /** The "market unknown to the board" warning was logged for this job and the market is still unknown. */
        boolean unknownMarketSaid;
        Instant startedAt;
        Instant nextSendAt = Instant.MIN;
        // the order in flight
        ClientOrderId orderId;
        long limitMicros;
        boolean orderIsIoc;
        Instant placedAt;
        Duration orderTimeout;
        long orderQuantity;
        // what of the order in flight is already booked against the position (its fills are booked as they come)
        long orderBooked;
        Dollars orderBookedProceeds = Dollars.ZERO;
        Dollars orderBookedFees = Dollars.ZERO;

        Job(String positionId, String ticker) {
            this.positionId = positionId;
            this.ticker = ticker;
        }
    }

    /**
     * @param resendInterval spacing of CRITICAL IOC re-sends (e.g. 250 ms)
     * @param breakers       told about API errors and closed trades; never blocks an exit
     */
    public ExitExecutor(Clock clock, OrderGateway gateway, ExitJournal journal, PositionBook book, MarketBoard board,
                        ExecutionPolicy policy, Duration resendInterval, ApiBudget budget, CircuitBreakerService breakers) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.book = Objects.requireNonNull(book, "book");
        this.board = Objects.requireNonNull(board, "board");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resendInterval = Objects.requireNonNull(resendInterval, "resendInterval");
        if (resendInterval.isNegative()) throw new IllegalArgumentException("resendInterval must not be negative, was " + resendInterval);
        this.budget = Objects.requireNonNull(budget, "budget");
        this.breakers = Objects.requireNonNull(breakers, "breakers");
    }

    /**
     * How long, after a MEDIUM or LOW exit ran out of walks and was canceled, a new exit of the
     * same or lower priority for that position is refused (default 30 s, the normal monitoring
     * cadence: "re-evaluate next cycle"). More urgent exits are always accepted.
     */
    public synchronized void setGiveUpCooldown(Duration cooldown) {
        if (cooldown == null || cooldown.isNegative()) throw new IllegalArgumentException("cooldown must not be negative, was " + cooldown);
        this.giveUpCooldown = cooldown;
    }

    // ---- queries

    public synchronized boolean isExiting(String positionId) {
        return byPosition.containsKey(positionId);
    }

    /** The priority an exit of this position is being worked at, if any. */
    public synchronized Optional<ExitPriority> exitingPriority(String positionId) {
        Job j = byPosition.get(positionId);
        return j == null ? Optional.empty() : Optional.of(j.request.priority());
    }

    /** Whether the exit of this position raised the "still not sold" alert (CRITICAL budget spent). */
    public synchronized boolean alerted(String positionId) {
        Job j = byPosition.get(positionId);
        return j != null && j.alerted;
    }

    /** Exits waiting or active in a market. */
    public synchronized int queued(String ticker) {
        List<Job> q = byMarket.get(ticker);
        return q == null ? 0 : q.size();
    }

    /** Position ids of the exits of a market in work order (head = active). */
    public synchronized List<String> queue(String ticker) {
        List<String> out = new ArrayList<>();
        for (Job j : byMarket.getOrDefault(ticker, List.of())) out.add(j.positionId);
        return out;
    }

    // ---- commands

    @Override
    public boolean submit(String positionId, com.precog.domain.exit.ExitDecision.Exit decision, Instant at) {
        return submit(ExitRequest.of(positionId, decision, at));
    }

    @Override
    public boolean submitManual(String positionId, Contracts quantity, ExitPriority priority, Instant at) {
        return submit(ExitRequest.manual(positionId, quantity, priority, at));
    }

    /**
     * Accepts an exit request. Returns false when the position is unknown/closed or an exit of
     * the same or higher priority is already being worked for it. A more urgent request takes
     * over the position's running exit (its order is canceled first).
     */
    public synchronized boolean submit(ExitRequest r) {
        Objects.requireNonNull(r, "r");
        Optional<Position> pos = book.get(r.positionId());
        if (pos.isEmpty()) return false;
        Instant now = clock.instant();
        Cooldown cd = cooldowns.get(r.positionId());
        if (cd != null) {
            if (now.isBefore(cd.until()) && !r.priority().outranks(cd.priority())) return false;
            if (!now.isBefore(cd.until())) cooldowns.remove(r.positionId());
        }
        Job existing = byPosition.get(r.positionId());
        if (existing != null) {
            if (!r.priority().outranks(existing.request.priority())) return false;
            cancelOrder(existing, now, "preempted by " + r.condition().wireName());
            start(existing, r, pos.get(), now);
            List<Job> q = byMarket.get(existing.ticker);
            // now more urgent than the exit working its market: that one yields, as to a new request (one order per market)
            if (q != null && !q.isEmpty() && q.get(0) != existing && r.priority().outranks(q.get(0).request.priority())) {
                cancelOrder(q.get(0), now, "yielding to a more urgent " + r.condition().wireName() + " exit in the same market");
            }
            reorder(existing.ticker);
            return true;
        }
        Job job = new Job(r.positionId(), pos.get().marketTicker());
        start(job, r, pos.get(), now);
        List<Job> q = byMarket.computeIfAbsent(job.ticker, k -> new ArrayList<>());
        if (!q.isEmpty() && r.priority().outranks(q.get(0).request.priority())) {
            cancelOrder(q.get(0), now, "yielding to a more urgent " + r.condition().wireName() + " exit in the same market");
        }
        q.add(job);
        byPosition.put(job.positionId, job);
        reorder(job.ticker);
        return true;
    }

    private void start(Job job, ExitRequest r, Position p, Instant now) {
        job.request = r;
        job.plan = policy.plan(r.priority());
        job.remaining = Math.min(r.quantity().hundredths(), p.currentQuantity().hundredths());
        job.walks = 0;
        job.attempts = 0;
        job.iocMode = job.plan.firstPrice() == FirstPrice.WORST_ACCEPTABLE_IOC;
        job.alerted = false;
        job.startedAt = now;
        job.nextSendAt = Instant.MIN;
    }

    private void reorder(String ticker) {
        List<Job> q = byMarket.get(ticker);
        if (q == null) return;
        // stable: by priority only, FIFO within a priority
        q.sort((a, b) -> Integer.compare(a.request.priority().ordinal(), b.request.priority().ordinal()));
    }

    /** Works every market's head exit one step: checks fills and timeouts, walks, escalates, places. */
    public synchronized void poll() {
        Instant now = clock.instant();
        for (String ticker : new ArrayList<>(byMarket.keySet())) {
            List<Job> q = byMarket.get(ticker);
            int guard = 0;
            while (q != null && !q.isEmpty() && guard++ < 64) {
                Job head = q.get(0);
                boolean finished = step(head, now);
                if (!finished) break;
                q.remove(0);
                byPosition.remove(head.positionId);
            }
            if (q != null && q.isEmpty()) byMarket.remove(ticker);
        }
    }

    /** Cancels every exit order in flight and forgets the queues (shutdown). */
    public synchronized void cancelAll(String reason) {
        Instant now = clock.instant();
        for (Job j : byPosition.values()) cancelOrder(j, now, reason);
        byMarket.clear();
        byPosition.clear();
    }

    /**
     * The market closed or is being settled: the exits working in it end here. Each order in flight
     * is canceled (the venue may already have canceled it) and what it sold is booked against its
     * position first, so the settlement that follows pays only the contracts still held. Without
     * this, a resting exit's partial fills would be lost: the position closes at settlement with its
     * pre-exit quantity and the later "position closed" cancel has nothing left to book them on.
     *
     * @return the exits ended; a venue that cannot be reached leaves that exit queued (false for it)
     */
    public synchronized int endExitsIn(String ticker, String reason) {
        List<Job> q = byMarket.get(ticker);
        if (q == null) return 0;
        Instant now = clock.instant();
        int ended = 0;
        for (java.util.Iterator<Job> it = q.iterator(); it.hasNext(); ) {
            Job j = it.next();
            if (!cancelOrder(j, now, reason)) continue;
            it.remove();
            byPosition.remove(j.positionId);
            ended++;
        }
        if (q.isEmpty()) byMarket.remove(ticker);
        return ended;
    }

    // ---- the state machine

    /** Returns true when the job is over. */
    private boolean step(Job job, Instant now) {
        Optional<Position> pos = book.get(job.positionId);
        if (pos.isEmpty()) {
            cancelOrder(job, now, "position closed");
            return true;
        }
        job.remaining = Math.min(job.remaining, pos.get().currentQuantity().hundredths());
        boolean timedOut = false;
        if (job.orderId != null) {
            OrderState state;
            try {
                state = gateway.find(job.orderId).orElse(null);
            } catch (OrderGateway.OrderGatewayException e) {
                breakers.recordApiError("find exit order: " + e.getMessage());
                return false;
            }
            if (state == null) {
                // the venue does not know the order: after its timeout, give up on it (reduce-only, so a late fill cannot open a short)
                if (now.isBefore(job.placedAt.plus(job.orderTimeout))) return false;
                record(job, AttemptOutcome.ERROR, Contracts.ZERO, Optional.empty(), "venue does not know the order", now);
                breakers.recordApiError("exit order " + job.orderId + " unknown to the venue");
                job.orderId = null;
                return job.remaining <= 0 || placeNext(job, now, true);
            }
            if (state.status().isTerminal()) {
                finishOrder(job, state, now, state.status() == OrderStatus.FILLED ? "" : "order ended on the venue", false);
            } else if (!now.isBefore(job.placedAt.plus(job.orderTimeout))) {
                if (!cancelOrder(job, now, "timeout after " + job.orderTimeout.toMillis() + " ms")) return false;
                timedOut = true;
            } else {
                // still resting: what it sold so far is booked now (position, P&L, exposure), not when it ends
                book(job, state, now);
                return false;
            }
        }
        if (job.remaining <= 0) return true;
        return placeNext(job, now, timedOut);
    }

    /**
     * Tells the executor whether the exchange accepts orders now (e.g. {@code ExchangeHours::trading}).
     * While it does not, queued exits wait — no order, no attempt, no walk used — instead of sending
     * orders it would refuse every poll; orders already resting are still followed and canceled.
     * Default: always trading.
     */
    public void useVenueTrading(java.util.function.BooleanSupplier trading) {
        this.venueTrading = Objects.requireNonNull(trading, "trading");
    }

    /** Places the job's next order; returns true when the job ends instead. */
    private boolean placeNext(Job job, Instant now, boolean afterTimeout) {
        if (!venueTrading.getAsBoolean()) return false; // the exchange is closed: the exit waits, its walks untouched
        MarketBoard.View view = board.view(job.ticker).orElse(null);
        if (view == null) {
            // said once per job (the executor polls every quarter second), again when the market was known meanwhile
            if (!job.unknownMarketSaid) log.warn("exit of {} waits: market {} unknown to the board", job.positionId, job.ticker);
            job.unknownMarketSaid = true;
            return false;
        }
        job.unknownMarketSaid = false;
        // paused, closed or settled: the venue refuses every order, so the exit waits (no order, attempt or walk) until the
        // market reopens or its settlement ends the exit — before, each poll sent one and recorded its rejection
        if (view.market().status() != MarketStatus.OPEN) return false;
        Position p = book.get(job.positionId).orElseThrow();
        TickLadder ladder = view.market().ladder();
        BookTop top = view.top();
        long bid = top.bidMicros(p.side());
        if (job.iocMode) {
            if (!job.alerted && !now.isBefore(job.startedAt.plus(job.plan.timeout()))) {
                job.alerted = true;
                log.error("ALERT: {} exit of position {} in {} still has {} contracts to sell after {} s; still trying",
                        job.request.priority().wireName(), job.positionId, job.ticker, Contracts.ofHundredths(job.remaining),
                        job.plan.timeout().toSeconds());
            }
            if (now.isBefore(job.nextSendAt)) return false;
            if (bid == 0) return false; // nobody to sell to: wait for a bid rather than dump at one tick
            if (!budget.tryAcquire(1)) return false; // the exchange's rate limit: try again on the next poll
            long price = ExitPricing.worstAcceptableMicros(bid, ladder, policy.maxSlippageMicros());
            place(job, p, price, true, resendInterval.isZero() ? Duration.ofMillis(1) : resendInterval, now);
            job.nextSendAt = now.plus(resendInterval);
            return false;
        }
        long price;
        boolean walk = false;
        if (job.attempts == 0) {
            price = ExitPricing.firstPriceMicros(job.plan.firstPrice(), top, p.side(), ladder, policy.maxSlippageMicros());
        } else if (job.walks < job.plan.maxWalks()) {
            price = ExitPricing.walkMicros(job.limitMicros, bid, ladder);
            walk = true;
        } else {
            switch (job.plan.whenExhausted()) {
                case IOC_CROSS, RESEND_IOC -> {
                    job.iocMode = true;
                    job.startedAt = now;
                    return placeNext(job, now, afterTimeout);
                }
                default -> {
                    cooldowns.put(job.positionId, new Cooldown(job.request.priority(), now.plus(giveUpCooldown)));
                    log.info("{} exit of position {} ({}) ends after {} walks with {} unsold: {}", job.request.priority().wireName(),
                            job.positionId, job.request.condition().wireName(), job.walks, Contracts.ofHundredths(job.remaining),
                            job.plan.whenExhausted() == com.precog.domain.execution.WalksExhausted.CANCEL_AND_REEVALUATE
                                    ? "re-evaluated next cycle" : "canceled");
                    return true;
                }
            }
        }
        if (!budget.tryAcquire(1)) return false; // the exchange's rate limit: try again on the next poll
        if (walk) job.walks++;
        place(job, p, price, false, job.plan.timeout(), now);
        return false;
    }

    private void place(Job job, Position p, long priceMicros, boolean ioc, Duration timeout, Instant now) {
        Price limit = ExitPricing.sellPrice(priceMicros, board.view(job.ticker).orElseThrow().market().ladder());
        Contracts count = Contracts.ofHundredths(job.remaining);
        ClientOrderId id = orderId(job.request.condition(), job.request.partialStages());
        OrderRequest request = new OrderRequest(id, job.ticker, p.side(), OrderAction.SELL, count, limit,
                ioc ? TimeInForce.IMMEDIATE_OR_CANCEL : TimeInForce.GOOD_TILL_CANCELED, false, true);
        job.attempts++;
        job.orderId = id;
        job.limitMicros = limit.micros();
        job.orderIsIoc = ioc;
        job.placedAt = now;
        job.orderTimeout = timeout;
        job.orderQuantity = job.remaining;
        job.orderBooked = 0;
        job.orderBookedProceeds = Dollars.ZERO;
        job.orderBookedFees = Dollars.ZERO;
        OrderState state;
        try {
            state = gateway.place(request);
        } catch (OrderGateway.OrderGatewayException e) {
            breakers.recordApiError("place exit order: " + e.getMessage());
            record(job, AttemptOutcome.ERROR, Contracts.ZERO, Optional.empty(), "venue error, outcome unknown: " + e.getMessage(), now);
            // the order may have reached the venue (a lost acknowledgement): job.orderId stays, so the next poll looks it up by its
            // client id and books what it sold; unknown there after its timeout, the exit goes on with a new order. Before, a new
            // order went at once and a lost one's fills were never booked against the position
            return;
        }
        if (state.status() == OrderStatus.REJECTED) {
            record(job, AttemptOutcome.REJECTED, Contracts.ZERO, Optional.empty(), state.rejectReason(), now);
            job.orderId = null;
            return;
        }
        if (state.status().isTerminal()) finishOrder(job, state, now, ioc ? "immediate-or-cancel" : "", false);
    }

    /** Cancels the job's order (if any) and books what filled. Returns false when the venue could not be reached. */
    private boolean cancelOrder(Job job, Instant now, String reason) {
        if (job.orderId == null) return true;
        OrderState state;
        try {
            budget.tryAcquire(1); // a cancel is always sent: it only reduces risk
            state = gateway.cancel(job.ticker, job.orderId);
        } catch (OrderGateway.OrderGatewayException e) {
            breakers.recordApiError("cancel exit order: " + e.getMessage());
            return false;
        }
        finishOrder(job, state, now, reason, reason.startsWith("preempted") || reason.startsWith("yielding") || reason.equals("position closed"));
        return true;
    }

    private void finishOrder(Job job, OrderState state, Instant now, String reason, boolean canceledByUs) {
        long filled = state.filled().hundredths();
        AttemptOutcome outcome = filled >= job.orderQuantity ? AttemptOutcome.FILLED
                : filled > 0 ? AttemptOutcome.PARTIALLY_FILLED
                : state.status() == OrderStatus.REJECTED ? AttemptOutcome.REJECTED
                : canceledByUs ? AttemptOutcome.CANCELED : AttemptOutcome.UNFILLED;
        record(job, outcome, state.filled(), filled > 0 ? state.averageFillPrice() : Optional.empty(), reason, now);
        job.orderId = null;
        if (filled > 0) book(job, state, now);
    }

    private void record(Job job, AttemptOutcome outcome, Contracts filled, Optional<Price> fillPrice, String reason, Instant now) {
        journal.recordAttempt(new ExitAttempt(job.positionId, job.ticker, job.request.condition(), job.request.priority(),
                job.orderIsIoc ? ExitOrderType.IOC : ExitOrderType.LIMIT, job.orderId, Price.ofMicros(job.limitMicros), fillPrice,
                Contracts.ofHundredths(job.orderQuantity), filled, job.attempts, job.orderTimeout, outcome, reason, now));
    }

    /** Books what the job's order sold since it was last booked: a partial exit of the position with its realized P&L. */
    private void book(Job job, OrderState state, Instant now) {
        long newly = state.filled().hundredths() - job.orderBooked;
        if (newly <= 0) return;
        Position p = book.get(job.positionId).orElse(null);
        if (p == null) return;
        Contracts sold = Contracts.ofHundredths(newly).min(p.currentQuantity());
        if (!sold.isPositive()) return;
        // the order's cumulative proceeds (exact: what the fills came to at their own prices, not the rounded average) and
        // fees, less what earlier bookings of this order took
        Dollars orderProceeds = state.filledValue();
        Dollars proceeds = orderProceeds.minus(job.orderBookedProceeds);
        Dollars fees = state.feesPaid().minus(job.orderBookedFees);
        job.orderBooked = state.filled().hundredths();
        job.orderBookedProceeds = orderProceeds;
        job.orderBookedFees = state.feesPaid();
        Dollars pnl = p.realizedPnlOf(sold, proceeds, fees);
        // the price of this booking's contracts (= the order's average when it is booked at once); units per hundredth = micros
        long h = sold.hundredths();
        Price price = Price.ofMicros(Math.max(0, Math.min(1_000_000, Math.floorDiv(Math.addExact(Math.multiplyExact(proceeds.units(), 2L), h), 2L * h))));
        int stages = job.request.condition() == ExitConditionKind.PARTIAL_EXIT_TARGET ? job.request.partialStages() : 0;
        Position next = p.afterExit(sold, pnl, stages, now);
        book.update(next, now);
        journal.recordExit(new PositionExit(exitIdPrefix(state.clientOrderId()) + UUID.randomUUID(), p.id(), p.marketTicker(), job.request.condition(),
                job.request.priority(), sold, price, fees, pnl, next.currentQuantity(), job.request.conflicting(), p.environment(), now));
        job.remaining = Math.max(0, job.remaining - sold.hundredths());
        if (!next.isOpen()) closedTrade(next);
    }

    /**
     * Two characters per condition in an exit order's client id, so the id stays short (44 characters, 3 more than the
     * {@code exit-<uuid>} of earlier releases): no exchange limit on the id's length is documented, so it stays close to
     * what has been sent all along. A partial exit's code carries its stage mask ({@code p1}, {@code p2}, {@code p3}), so
     * a stage booked by start-up reconciliation is marked done as when booked while running.
     */
    private static final java.util.Map<ExitConditionKind, String> CODES = java.util.Map.ofEntries(
            java.util.Map.entry(ExitConditionKind.STOP_LOSS, "sl"), java.util.Map.entry(ExitConditionKind.CIRCUIT_BREAKER, "cb"),
            java.util.Map.entry(ExitConditionKind.TRAILING_STOP, "ts"), java.util.Map.entry(ExitConditionKind.TIME_BASED_URGENT, "tu"),
            java.util.Map.entry(ExitConditionKind.LIQUIDITY_DRIED_UP, "lq"), java.util.Map.entry(ExitConditionKind.PROFIT_TARGET, "pt"),
            java.util.Map.entry(ExitConditionKind.EARLY_EXIT, "ee"), java.util.Map.entry(ExitConditionKind.EDGE_DISAPPEARED, "ed"),
            java.util.Map.entry(ExitConditionKind.REBALANCE, "rb"), java.util.Map.entry(ExitConditionKind.MANUAL, "mn"),
            java.util.Map.entry(ExitConditionKind.SETTLEMENT, "st"));

    /**
     * A fresh client order id of an exit order for {@code condition}: {@code exit-<code>-<uuid>} (44 characters; the code
     * is two characters, e.g. {@code sl} for stop_loss, {@code p1} for partial-exit stage 1). The condition travels with
     * the order, so a fill a crash kept from being booked is still an exit of a known condition when start-up
     * reconciliation books it ({@link #conditionOf}).
     *
     * @param partialStages the stage mask of a partial exit (1 to 9), ignored for other conditions
     */
    static ClientOrderId orderId(ExitConditionKind condition, int partialStages) {
        String code = condition == ExitConditionKind.PARTIAL_EXIT_TARGET ? "p" + Math.max(0, Math.min(9, partialStages)) : CODES.get(condition);
        return ClientOrderId.of("exit-" + code + "-" + UUID.randomUUID());
    }

    /** {@return the exit condition an exit order's client id names ({@link #orderId}); empty for any other id} */
    public static Optional<ExitConditionKind> conditionOf(ClientOrderId id) {
        String v = id.value();
        if (v.length() != 44 || !v.startsWith("exit-") || v.charAt(7) != '-') return Optional.empty();
        String code = v.substring(5, 7);
        if (code.charAt(0) == 'p' && Character.isDigit(code.charAt(1))) return Optional.of(ExitConditionKind.PARTIAL_EXIT_TARGET);
        for (java.util.Map.Entry<ExitConditionKind, String> e : CODES.entrySet()) if (e.getValue().equals(code)) return Optional.of(e.getKey());
        return Optional.empty();
    }

    /** {@return the stage mask a partial exit order's client id names; 0 for any other id} */
    public static int partialStagesOf(ClientOrderId id) {
        return conditionOf(id).filter(k -> k == ExitConditionKind.PARTIAL_EXIT_TARGET).map(k -> id.value().charAt(6) - '0').orElse(0);
    }

    /**
     * {@return the start of the ids of the exit rows that book what the order {@code order} sold ({@code <order id>/}):
     * how start-up reconciliation tells what of an order's fills is booked already}
     */
    public static String exitIdPrefix(ClientOrderId order) {
        return order.value() + "/";
    }

    /**
     * On start: the realized P&amp;L of the records already closed in each market whose trade is still open (an earlier
     * run's exits), so the trade is reported whole when its last record closes — not as the remainder alone, which could
     * turn a losing trade into a "win" that resets consecutive_losses.
     */
    public void restoreOpenTrades(java.util.Map<String, Dollars> closedSoFar) {
        closedInMarket.putAll(closedSoFar);
    }

    /**
     * The realized P&L of the market's records exits closed while others stayed open, taken (the market settles: the
     * settlement reports the trade with it); empty when there is none.
     */
    public Optional<Dollars> takeClosedPnl(String marketTicker) {
        return Optional.ofNullable(closedInMarket.remove(marketTicker));
    }

    /**
     * A closed position record's realized P&L toward the market's closed trade (consecutive_losses): every entry fill opens
     * its own record, so the trade is reported once no record of the market is left open, with the P&L of all of them.
     */
    private void closedTrade(Position closed) {
        Dollars sum = closedInMarket.merge(closed.marketTicker(), closed.realizedPnl(), Dollars::plus);
        if (book.inMarket(closed.marketTicker()).stream().noneMatch(Position::isOpen)) {
            closedInMarket.remove(closed.marketTicker());
            breakers.recordClosedTrade(sum);
        }
    }
}
