package com.precog.application.service.trading;

import com.precog.application.port.out.CurrentBooks;
import com.precog.application.port.out.EdgeJournal;
import com.precog.application.port.out.Exposures;
import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.ProbabilitySource;
import com.precog.application.port.out.Strategies;
import com.precog.application.port.out.TradableMarket;
import com.precog.application.port.out.TradableMarkets;
import com.precog.application.port.out.TradeRecord;
import com.precog.application.port.out.TradingHalts;
import com.precog.application.service.trading.EntryDecision.SkipReason;
import com.precog.domain.edge.ActionThresholds;
import com.precog.domain.edge.ConfidenceGate;
import com.precog.domain.edge.Edge;
import com.precog.domain.edge.EdgeAction;
import com.precog.domain.edge.EdgeDetector;
import com.precog.domain.edge.EdgeMath;
import com.precog.domain.edge.EdgeObservation;
import com.precog.domain.edge.EdgeThresholds;
import com.precog.domain.edge.MarketEdges;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import com.precog.domain.sizing.ExposureView;
import com.precog.domain.sizing.MarketConditions;
import com.precog.domain.sizing.PositionSizer;
import com.precog.domain.sizing.SizingDecision;
import com.precog.domain.sizing.SizingRequest;
import com.precog.domain.strategy.Attribution;
import com.precog.domain.strategy.EntryContext;
import com.precog.domain.strategy.EntryRules;
import com.precog.domain.strategy.StrategySelector;
import com.precog.domain.strategy.StrategyType;
import com.precog.domain.strategy.StrategyVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry loop (SPEC §1.5–1.7): event-driven — a book change, a game-state change or a model
 * update re-evaluates only the affected markets. Each evaluation runs the pre-entry checklist
 * in order (market open, book, probability, edges recorded, circuit breakers, liquidity and spread, confidence floor,
 * game situation, active strategies' windows/thresholds/confidence, priority, Kelly sizing with
 * every limit) and, when everything passes, records the order decision with its attribution
 * and places a limit order with a fresh {@code client_order_id} through the {@link OrderGateway}.
 * Active strategy versions are loaded once and reloaded by {@link #onStrategiesChanged()}, or by
 * {@link #refreshStrategies()} when the store's set changed.
 * Fills are recorded as trades through {@link #onFill(Fill)} (called for fills reported right
 * after placement and by the venue's fill stream).
 *
 * <p>The same code runs in backtest (simulated clock, paper broker tagged backtest), paper,
 * demo and live; only the injected ports and the environment differ. Not thread-safe: drive it
 * from one event thread.
 */
public final class EntryService {
    private static final Logger log = LoggerFactory.getLogger(EntryService.class);

    /**
     * Everything the loop is configured with besides its ports. {@code maxSpreadMicros} and
     * {@code minVolume24h} are the entry liquidity filters (SPEC §1.6); their defaults equal the
     * {@code liquidity_dried_up} exit trigger (spread > 0.03 or 24 h volume < 50) so that an entry
     * never qualifies for an immediate liquidity exit. {@code enabledTypes} are the strategy types
     * that may enter at all (the operator's {@code <type>.enabled} switches of trade_strategies.yaml):
     * an active version of another type is passed over.
     */
    public record Settings(ExecutionEnvironment environment, EdgeThresholds thresholds, ActionThresholds actions, ConfidenceGate floor,
                           StrategySelector selector, PositionSizer sizer, long maxSpreadMicros, long minVolume24h, MakerEntryPolicy maker,
                           Set<StrategyType> enabledTypes) {
        public Settings {
            Objects.requireNonNull(maker, "maker");
            Objects.requireNonNull(environment, "environment");
            Objects.requireNonNull(thresholds, "thresholds");
            Objects.requireNonNull(actions, "actions");
            Objects.requireNonNull(floor, "floor");
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(sizer, "sizer");
            if (maxSpreadMicros <= 0 || maxSpreadMicros >= 1_000_000) throw new IllegalArgumentException("maxSpread must be within (0, 1), was " + maxSpreadMicros + " micros");
            if (minVolume24h < 0) throw new IllegalArgumentException("minVolume24h must not be negative, was " + minVolume24h);
            Objects.requireNonNull(enabledTypes, "enabledTypes");
            enabledTypes = Collections.unmodifiableSet(enabledTypes.isEmpty() ? EnumSet.noneOf(StrategyType.class) : EnumSet.copyOf(enabledTypes));
        }

        /** Settings in which every strategy type may enter. */
        public Settings(ExecutionEnvironment environment, EdgeThresholds thresholds, ActionThresholds actions, ConfidenceGate floor,
                        StrategySelector selector, PositionSizer sizer, long maxSpreadMicros, long minVolume24h, MakerEntryPolicy maker) {
            this(environment, thresholds, actions, floor, selector, sizer, maxSpreadMicros, minVolume24h, maker, EnumSet.allOf(StrategyType.class));
        }

        /** Settings with the default maker-entry policy, every strategy type enabled. */
        public Settings(ExecutionEnvironment environment, EdgeThresholds thresholds, ActionThresholds actions, ConfidenceGate floor,
                        StrategySelector selector, PositionSizer sizer, long maxSpreadMicros, long minVolume24h) {
            this(environment, thresholds, actions, floor, selector, sizer, maxSpreadMicros, minVolume24h, MakerEntryPolicy.defaults());
        }

        /** SPEC defaults for an environment (maker entries on, {@link MakerEntryPolicy#defaults()}, every strategy type enabled). */
        public static Settings defaults(ExecutionEnvironment environment) {
            return new Settings(environment, EdgeThresholds.defaults(), ActionThresholds.defaults(), ConfidenceGate.defaults(),
                    StrategySelector.defaults(), PositionSizer.defaults(), 30_000, 50);
        }

        public Settings withMaker(MakerEntryPolicy policy) {
            return new Settings(environment, thresholds, actions, floor, selector, sizer, maxSpreadMicros, minVolume24h, policy, enabledTypes);
        }

        public Settings withEnabledTypes(Set<StrategyType> types) {
            return new Settings(environment, thresholds, actions, floor, selector, sizer, maxSpreadMicros, minVolume24h, maker, types);
        }
    }

    private final Settings settings;
    private final TradableMarkets markets;
    private final CurrentBooks books;
    private final ProbabilitySource probabilities;
    private final Strategies strategies;
    private final TradingHalts halts;
    private final Exposures exposures;
    private final OrderGateway gateway;
    private final EdgeJournal edgeJournal;
    private final OrderJournal orderJournal;
    private final Clock clock;
    private final MarketEdges scratch = new MarketEdges();
    private final Map<String, long[]> lastRecorded = new HashMap<>();
    private final Map<String, String> lastModel = new HashMap<>();
    private final Map<String, ClientOrderId> restingEntries = new HashMap<>();
    private final Map<String, MakerEntry> makerEntries = new HashMap<>();
    private final Map<String, Instant> makerCooldowns = new HashMap<>();
    private List<StrategyVersion> activeStrategies;
    private long sequence;

    public EntryService(Settings settings, TradableMarkets markets, CurrentBooks books, ProbabilitySource probabilities, Strategies strategies,
                        TradingHalts halts, Exposures exposures, OrderGateway gateway, EdgeJournal edgeJournal, OrderJournal orderJournal, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.markets = Objects.requireNonNull(markets, "markets");
        this.books = Objects.requireNonNull(books, "books");
        this.probabilities = Objects.requireNonNull(probabilities, "probabilities");
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        this.halts = Objects.requireNonNull(halts, "halts");
        this.exposures = Objects.requireNonNull(exposures, "exposures");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.edgeJournal = Objects.requireNonNull(edgeJournal, "edgeJournal");
        this.orderJournal = Objects.requireNonNull(orderJournal, "orderJournal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ExecutionEnvironment environment() {
        return settings.environment();
    }

    /** The book of one market changed: re-evaluate that market only. */
    public EntryDecision onBookChanged(String marketTicker) {
        return evaluate(marketTicker);
    }

    /** A game's state changed: re-evaluate the markets of that game. */
    public List<EntryDecision> onGameChanged(String gameId) {
        List<EntryDecision> out = new ArrayList<>();
        for (TradableMarket m : markets.ofGame(gameId)) out.add(evaluate(m.ticker()));
        return out;
    }

    /** A model produced a new probability for a market: re-evaluate it. */
    public EntryDecision onModelUpdated(String marketTicker) {
        return evaluate(marketTicker);
    }

    /**
     * Strategy versions were activated or deactivated: reload the active set (it is cached between
     * events so a book update never queries the strategy store) and re-evaluate every market.
     */
    public List<EntryDecision> onStrategiesChanged() {
        activeStrategies = enabled(strategies.active());
        return evaluateAll();
    }

    /**
     * Reloads the active versions when the store's set differs from the one in use — a version activated or deactivated
     * from the CLI while the daemon runs — and then re-evaluates every market; nothing when the set is unchanged or was
     * never loaded yet (the first evaluation loads it).
     *
     * @return the decisions of the re-evaluation, empty when nothing changed
     */
    public List<EntryDecision> refreshStrategies() {
        if (activeStrategies == null) return List.of();
        List<StrategyVersion> now = enabled(strategies.active());
        if (now.equals(activeStrategies)) return List.of();
        log.info("active strategy versions changed: {} -> {}", keys(activeStrategies), keys(now));
        activeStrategies = now;
        return evaluateAll();
    }

    private static List<String> keys(List<StrategyVersion> versions) {
        List<String> out = new ArrayList<>(versions.size());
        for (StrategyVersion v : versions) out.add(v.key().toString());
        return out;
    }

    /** The active versions whose type may enter ({@link Settings#enabledTypes()}). */
    private List<StrategyVersion> enabled(List<StrategyVersion> active) {
        if (settings.enabledTypes().size() == StrategyType.values().length) return active;
        List<StrategyVersion> out = new ArrayList<>(active.size());
        for (StrategyVersion sv : active) if (settings.enabledTypes().contains(sv.type())) out.add(sv);
        return out;
    }

    /** Re-evaluates every tracked market (start-up). */
    public List<EntryDecision> evaluateAll() {
        List<EntryDecision> out = new ArrayList<>();
        for (TradableMarket m : markets.all()) out.add(evaluate(m.ticker()));
        return out;
    }

    /** Records a fill of one of our entry orders as a trade; false when it is not ours or already recorded. */
    public boolean onFill(Fill fill) {
        Optional<OrderRecord> order = orderJournal.order(fill.clientOrderId());
        if (order.isEmpty()) return false;
        return orderJournal.recordTrade(new TradeRecord(fill, order.get().attribution(), clock.instant()));
    }

    /** Runs the pre-entry checklist for one market and enters when it passes. */
    public EntryDecision evaluate(String ticker) {
        Instant now = clock.instant();
        Optional<TradableMarket> maybeMarket = markets.find(ticker);
        if (maybeMarket.isEmpty()) return skip(ticker, SkipReason.MARKET_UNKNOWN, "");
        TradableMarket tm = maybeMarket.get();
        MakerEntry working = makerEntries.get(ticker);
        if (working != null && tm.market().status() != MarketStatus.OPEN) return review(working, tm, now).orElseGet(() -> skip(ticker,
                SkipReason.MARKET_NOT_OPEN, tm.market().status().name()));
        if (tm.market().status() != MarketStatus.OPEN) return skip(ticker, SkipReason.MARKET_NOT_OPEN, tm.market().status().name());
        Optional<OrderBook> maybeBook = books.book(ticker);
        if (maybeBook.isEmpty()) return skip(ticker, SkipReason.NO_BOOK, "");
        OrderBook book = maybeBook.get();
        Optional<ProbabilityEstimate> maybeEstimate = probabilities.estimate(ticker);
        if (maybeEstimate.isEmpty()) return skip(ticker, SkipReason.NO_PROBABILITY, "");
        ProbabilityEstimate est = maybeEstimate.get();

        MarketEdges edges = scratch;
        EdgeDetector.scan(est.yesProbability().millionths(), book, tm.market().fees(), tm.market().ladder(), edges);
        recordEdges(now, tm, book, est, edges);

        if (working != null) {
            Optional<EntryDecision> held = review(working, tm, now);
            if (held.isPresent()) return held.get();
        }
        ClientOrderId resting = restingEntries.get(ticker);
        if (resting != null) {
            Optional<OrderState> st = gateway.find(resting);
            if (st.isPresent() && st.get().isOpen()) return skip(ticker, SkipReason.ORDER_PENDING, "entry order " + resting + " is still resting");
            restingEntries.remove(ticker);
        }
        TradingHalts.EntryPermission permission = halts.mayEnter(ticker, now);
        if (permission instanceof TradingHalts.Halted h) return skip(ticker, SkipReason.HALTED, h.breaker() + ": " + h.reason());
        long spread = book.spreadMicros();
        if (spread < 0 || spread > settings.maxSpreadMicros() || tm.volume24h() < settings.minVolume24h()) {
            return skip(ticker, SkipReason.ILLIQUID, "spread " + (spread < 0 ? "one-sided" : Dollars.ofMicros(spread).toString())
                    + ", 24 h volume " + tm.volume24h());
        }
        long confidence = est.confidence().millionths();
        if (settings.floor().isBelowFloor(confidence)) return skip(ticker, SkipReason.CONFIDENCE_BELOW_FLOOR, "confidence " + est.confidence());
        Optional<EntryContext> maybeCtx = markets.situation(tm.gameId(), now);
        if (maybeCtx.isEmpty()) return skip(ticker, SkipReason.NO_SITUATION, "game " + tm.gameId());
        EntryContext ctx = maybeCtx.get();
        if (activeStrategies == null) activeStrategies = enabled(strategies.active());
        List<StrategyVersion> active = activeStrategies;
        if (active.isEmpty()) return skip(ticker, SkipReason.NO_ACTIVE_STRATEGY, settings.enabledTypes().size() == StrategyType.values().length
                ? "" : "enabled types " + settings.enabledTypes());

        List<StrategySelector.Candidate> candidates = new ArrayList<>(2);
        StringBuilder why = null;
        Instant cooldown = makerCooldowns.get(ticker);
        boolean makerAllowed = settings.maker().enabled() && (cooldown == null || !now.isBefore(cooldown));
        for (StrategyVersion sv : active) {
            EntryRules rules = sv.config().rulesFor(tm.league());
            for (Side side : Side.values()) {
                if (!edges.hasQuote(side, Liquidity.TAKER)) continue;
                long q = side == Side.YES ? est.yesProbability().millionths() : 1_000_000L - est.yesProbability().millionths();
                String failed = null;
                long edge = edges.edgeUnits(side, Liquidity.TAKER);
                boolean maker = makerAllowed && edges.hasQuote(side, Liquidity.MAKER);
                long makerEdge = maker ? edges.edgeUnits(side, Liquidity.MAKER) : Long.MIN_VALUE;
                long required = settings.thresholds().requiredUnits(rules.minEdge().units(), tm.league(), tm.efficiencyMillionths());
                Liquidity liquidity = Liquidity.TAKER;
                if (!rules.admits(ctx, q)) failed = "outside window";
                else if (confidence <= rules.minConfidence().millionths()) failed = "confidence " + est.confidence() + " <= " + rules.minConfidence();
                else if (edge >= required) liquidity = Liquidity.TAKER; // an executable edge now: take it
                else if (maker && makerEdge >= required) liquidity = Liquidity.MAKER; // else rest at the passive price
                else failed = "edge " + Dollars.ofUnits(edge) + " < " + Dollars.ofUnits(required)
                        + (maker ? ", maker edge " + Dollars.ofUnits(makerEdge) + " < " + Dollars.ofUnits(required) : "");
                if (failed == null) {
                    candidates.add(new StrategySelector.Candidate(sv, edges.edge(side, liquidity)));
                } else if (edge > 0 || makerEdge > 0) {
                    if (why == null) why = new StringBuilder();
                    why.append(sv.key()).append(' ').append(side).append(": ").append(failed).append("; ");
                }
            }
        }
        Optional<StrategySelector.Candidate> chosen = settings.selector().select(candidates);
        if (chosen.isEmpty()) return skip(ticker, SkipReason.NO_SIGNAL, why == null ? "no positive edge" : why.toString());
        StrategySelector.Candidate c = chosen.get();
        Edge edge = c.edge();
        EntryRules rules = c.strategy().config().rulesFor(tm.league());

        ExposureView exposure = exposures.viewFor(ticker, tm.gameId(), tm.league());
        Instant end = tm.market().expectedEnd();
        // no time from the venue: taken as far from settlement, so the far-settlement size cut applies (the cautious reading)
        long secondsToClose = end.equals(Instant.EPOCH) ? Long.MAX_VALUE : Math.max(0, Duration.between(now, end).toSeconds());
        MarketConditions conditions = new MarketConditions(tm.volatilityRatioMillionths(), tm.volume24h(), spread,
                secondsToClose, confidence, est.ciWidthMillionths());
        boolean makerEntry = edge.liquidity() == Liquidity.MAKER;
        // a taker takes what is offered up to its limit; a resting buy is capped at what the market offers at its best ask now
        long available = book.buyableQuantity(edge.side(), makerEntry ? book.bestAskMicros(edge.side()) : edge.price().micros());
        SizingDecision sizing = settings.sizer().size(new SizingRequest(edge.side(), edge.price().micros(), edge.feePerContract().units(),
                edge.winProbability().millionths(), rules.kellyFraction(), conditions, tm.league(), available, tm.market().fractionalTrading()), exposure);
        if (sizing instanceof SizingDecision.Rejected r) {
            return skip(ticker, SkipReason.SIZING_REJECTED, r.reason().wireName() + (r.detail().isEmpty() ? "" : ": " + r.detail()));
        }
        SizingDecision.Sized size = (SizingDecision.Sized) sizing;
        Attribution attribution = new Attribution(c.strategy().key(), est.modelVersion(), settings.environment());
        OrderRequest request = makerEntry
                ? new OrderRequest(nextClientOrderId(), ticker, edge.side(), OrderAction.BUY, size.contracts(), size.price(), TimeInForce.GOOD_TILL_CANCELED,
                        true, false)
                : OrderRequest.limit(nextClientOrderId(), ticker, edge.side(), OrderAction.BUY, size.contracts(), size.price());
        orderJournal.recordOrder(new OrderRecord(request, attribution, now, edge.value(), edge.winProbability()));
        OrderState state;
        try {
            state = gateway.place(request);
        } catch (OrderGateway.OrderGatewayException e) {
            // the venue could not be reached after the gateway's safe retries: the order may rest there. It is followed as a
            // resting entry — looked up by its client id before any new entry in this market, canceled on timeout, its fills
            // recorded — so an unreachable venue can never make us send the same entry twice
            log.warn("entry {} in {}: venue error, outcome unknown; followed as resting until the venue says otherwise: {}",
                    request.clientOrderId(), ticker, e.getMessage());
            state = new OrderState(request.clientOrderId(), "", ticker, request.side(), OrderAction.BUY, request.limitPrice(), request.count(),
                    Contracts.ZERO, request.count(), OrderStatus.RESTING, Optional.empty(), Dollars.ZERO, "");
        }
        if (state.isOpen()) {
            if (makerEntry) {
                long required = settings.thresholds().requiredUnits(rules.minEdge().units(), tm.league(), tm.efficiencyMillionths());
                makerEntries.put(ticker, new MakerEntry(ticker, edge.side(), attribution, required, request.clientOrderId(), size.price().micros(), now));
            } else {
                restingEntries.put(ticker, request.clientOrderId());
            }
        }
        log.info("entry {} {} {} x{} @ {} edge {} by {} [{}]: {}", settings.environment().wireName(), ticker, edge.side(), size.contracts(),
                size.price(), edge.value(), c.strategy().key(), size.bindingLimit().wireName(), state.status());
        if (state.filled().isPositive()) {
            for (Fill f : gateway.fillsSince(now.minus(OrderGateway.CLOCK_SLACK))) { // the venue stamps fills with its own clock
                if (f.clientOrderId().equals(request.clientOrderId())) onFill(f);
            }
        }
        return new EntryDecision.Entered(ticker, attribution, edge, size, state);
    }

    // ---- maker entries

    /** A resting maker entry being worked: its current order, price, walks and the threshold it must keep clearing. */
    private static final class MakerEntry {
        final String ticker;
        final Side side;
        final Attribution attribution;
        final long requiredUnits;
        ClientOrderId orderId;
        long limitMicros;
        Instant placedAt;
        int walks;

        MakerEntry(String ticker, Side side, Attribution attribution, long requiredUnits, ClientOrderId orderId, long limitMicros, Instant placedAt) {
            this.ticker = ticker;
            this.side = side;
            this.attribution = attribution;
            this.requiredUnits = requiredUnits;
            this.orderId = orderId;
            this.limitMicros = limitMicros;
            this.placedAt = placedAt;
        }
    }

    /** The resting maker entry orders being worked (client order ids by market). */
    public Map<String, ClientOrderId> workingMakerEntries() {
        Map<String, ClientOrderId> out = new HashMap<>();
        makerEntries.forEach((t, m) -> out.put(t, m.orderId));
        return out;
    }

    /**
     * A re-evaluation of a market with a working maker entry: keep it (ORDER_PENDING), or cancel
     * it when the market closed, entries are halted or the maker edge at its own price fell below
     * the threshold. Empty when the entry is over and the market is evaluated afresh.
     */
    private Optional<EntryDecision> review(MakerEntry m, TradableMarket tm, Instant now) {
        Optional<OrderState> st = gateway.find(m.orderId);
        if (st.isEmpty() || !st.get().isOpen()) {
            if (st.isPresent()) recordFills(m.orderId, st.get(), m.placedAt);
            makerEntries.remove(m.ticker);
            return Optional.empty();
        }
        if (tm.market().status() != MarketStatus.OPEN) {
            endMaker(m, "market " + tm.market().status().name(), now, false);
            return Optional.of(skip(m.ticker, SkipReason.MARKET_NOT_OPEN, tm.market().status().name() + "; maker entry " + m.orderId + " canceled"));
        }
        if (halts.mayEnter(m.ticker, now) instanceof TradingHalts.Halted h) {
            endMaker(m, "halted by " + h.breaker(), now, false);
            return Optional.of(skip(m.ticker, SkipReason.HALTED, h.breaker() + ": " + h.reason() + "; maker entry " + m.orderId + " canceled"));
        }
        long edge = makerEdgeAt(m, tm, m.limitMicros);
        if (edge < m.requiredUnits) {
            endMaker(m, "maker edge " + (edge == Long.MIN_VALUE ? "unknown" : Dollars.ofUnits(edge)) + " < " + Dollars.ofUnits(m.requiredUnits), now, false);
            return Optional.empty();
        }
        return Optional.of(skip(m.ticker, SkipReason.ORDER_PENDING, "maker entry " + m.orderId + " resting at " + Price.ofMicros(m.limitMicros)));
    }

    /** The maker edge of buying {@code m.side} at {@code priceMicros} now (maker fee, current probability); MIN_VALUE without a probability. */
    private long makerEdgeAt(MakerEntry m, TradableMarket tm, long priceMicros) {
        Optional<ProbabilityEstimate> est = probabilities.estimate(m.ticker);
        if (est.isEmpty()) return Long.MIN_VALUE;
        long q = EdgeMath.sideProbability(m.side == Side.YES, est.get().yesProbability().millionths());
        return EdgeMath.edgeUnits(q, priceMicros, tm.market().fees().makerFeePerContractUnits(priceMicros));
    }

    /**
     * Works the resting maker entries (call about once a second and after fills): an order that
     * rested {@code restTimeout} without filling completely is canceled and re-posted one tick
     * higher for the remainder while walks remain, the new price stays below the ask and its maker
     * edge still clears the threshold; otherwise the entry ends (with a cooldown). Venue errors
     * leave the entry as it is for the next poll.
     */
    public void poll() {
        Instant now = clock.instant();
        for (MakerEntry m : List.copyOf(makerEntries.values())) {
            try {
                work(m, now);
            } catch (OrderGateway.OrderGatewayException e) {
                log.warn("maker entry {} in {}: venue error, retried on the next poll: {}", m.orderId, m.ticker, e.getMessage());
            }
        }
    }

    private void work(MakerEntry m, Instant now) {
        Optional<OrderState> st = gateway.find(m.orderId);
        if (st.isEmpty() || !st.get().isOpen()) {
            if (st.isPresent()) recordFills(m.orderId, st.get(), m.placedAt);
            makerEntries.remove(m.ticker);
            return;
        }
        if (now.isBefore(m.placedAt.plus(settings.maker().restTimeout()))) return;
        OrderState canceled = gateway.cancel(m.ticker, m.orderId);
        recordFills(m.orderId, canceled, m.placedAt);
        long remaining = canceled.requested().hundredths() - canceled.filled().hundredths();
        String stop = null;
        Optional<TradableMarket> tm = markets.find(m.ticker);
        long next = 0;
        if (remaining <= 0) stop = "filled";
        else if (m.walks >= settings.maker().maxWalks()) stop = "no walks left after " + m.walks;
        else if (tm.isEmpty() || tm.get().market().status() != MarketStatus.OPEN) stop = "market not open";
        else if (halts.mayEnter(m.ticker, now) instanceof TradingHalts.Halted h) stop = "halted by " + h.breaker();
        else {
            next = tm.get().market().ladder().tickUp(m.limitMicros);
            long ask = books.book(m.ticker).map(b -> b.bestAskMicros(m.side)).orElse(0L);
            long edge = makerEdgeAt(m, tm.get(), next);
            if (next == m.limitMicros) stop = "no higher tick";
            else if (ask != 0 && next >= ask) stop = "a walk to " + Price.ofMicros(next) + " would cross the ask " + Price.ofMicros(ask);
            else if (edge < m.requiredUnits) stop = "maker edge at " + Price.ofMicros(next) + " " + (edge == Long.MIN_VALUE ? "unknown" : Dollars.ofUnits(edge))
                    + " < " + Dollars.ofUnits(m.requiredUnits);
        }
        if (stop != null) {
            makerEntries.remove(m.ticker);
            if (remaining > 0) makerCooldowns.put(m.ticker, now.plus(settings.maker().cooldown()));
            log.info("maker entry {} in {} ends after {} walks: {}", m.orderId, m.ticker, m.walks, stop);
            return;
        }
        Price price = Price.ofMicros(next);
        OrderRequest request = new OrderRequest(nextClientOrderId(), m.ticker, m.side, OrderAction.BUY, Contracts.ofHundredths(remaining), price,
                TimeInForce.GOOD_TILL_CANCELED, true, false);
        long q = EdgeMath.sideProbability(m.side == Side.YES, probabilities.estimate(m.ticker).orElseThrow().yesProbability().millionths());
        orderJournal.recordOrder(new OrderRecord(request, m.attribution, now, Dollars.ofUnits(makerEdgeAt(m, tm.get(), next)),
                Probability.ofMillionths(q)));
        OrderState placed = gateway.place(request);
        m.walks++;
        log.info("maker entry in {} walks to {} (walk {}): {}", m.ticker, price, m.walks, placed.status());
        if (!placed.isOpen()) {
            recordFills(request.clientOrderId(), placed, now);
            makerEntries.remove(m.ticker);
            return;
        }
        m.orderId = request.clientOrderId();
        m.limitMicros = next;
        m.placedAt = now;
    }

    private void endMaker(MakerEntry m, String why, Instant now, boolean cooldown) {
        OrderState canceled = gateway.cancel(m.ticker, m.orderId);
        recordFills(m.orderId, canceled, m.placedAt);
        makerEntries.remove(m.ticker);
        if (cooldown) makerCooldowns.put(m.ticker, now.plus(settings.maker().cooldown()));
        log.info("maker entry {} in {} canceled: {}", m.orderId, m.ticker, why);
    }

    /** Records the fills of one of our orders as trades (idempotent: the journal ignores a fill it has). */
    private void recordFills(ClientOrderId id, OrderState state, Instant since) {
        if (!state.filled().isPositive()) return;
        for (Fill f : gateway.fillsSince(since.minus(OrderGateway.CLOCK_SLACK))) {
            if (f.clientOrderId().equals(id)) onFill(f);
        }
    }

    private EntryDecision skip(String ticker, SkipReason reason, String detail) {
        return new EntryDecision.Skipped(ticker, reason, detail);
    }

    private ClientOrderId nextClientOrderId() {
        String prefix = switch (settings.environment()) {
            case BACKTEST -> "bt";
            case PAPER -> "pp";
            case DEMO -> "dm";
            case LIVE -> "lv";
        };
        return ClientOrderId.of(prefix + "-" + clock.millis() + "-" + (++sequence));
    }

    /** Records every edge above {@code ignore}, once per change of its inputs (price, probability, confidence, model). */
    private void recordEdges(Instant now, TradableMarket tm, OrderBook book, ProbabilityEstimate est, MarketEdges edges) {
        long[] last = lastRecorded.computeIfAbsent(tm.ticker(), t -> new long[4 * 3]);
        String previousModel = lastModel.put(tm.ticker(), est.modelVersion());
        boolean modelChanged = !est.modelVersion().equals(previousModel);
        long largestSeen = 0;
        int slot = 0;
        for (Side side : Side.values()) {
            for (Liquidity liquidity : Liquidity.values()) {
                int base = slot * 3;
                slot++;
                long units = edges.edgeUnits(side, liquidity);
                if (!edges.hasQuote(side, liquidity) || !settings.actions().isRecorded(units)) {
                    last[base] = 0; // forget: the next time it rises above ignore it is recorded again
                    continue;
                }
                long price = edges.priceMicros(side, liquidity);
                long p = est.yesProbability().millionths();
                long conf = est.confidence().millionths();
                if (!modelChanged && last[base] == price && last[base + 1] == p && last[base + 2] == conf) continue;
                last[base] = price;
                last[base + 1] = p;
                last[base + 2] = conf;
                EdgeAction action = settings.actions().actionFor(units);
                edgeJournal.record(new EdgeObservation(now, settings.environment(), tm.ticker(), edges.edge(side, liquidity), est.yesProbability(),
                        est.ciLow(), est.ciHigh(), est.confidence(), est.modelVersion(), book.top(), action));
                largestSeen = Math.max(largestSeen, units);
            }
        }
        // edge_anomaly: a market's new observation counts once (its largest edge), not once per side and liquidity
        if (largestSeen > 0) halts.edgeSeen(largestSeen / 100);
    }
}
