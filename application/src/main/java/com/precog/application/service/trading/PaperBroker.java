package com.precog.application.service.trading;

import com.precog.application.port.out.CurrentBooks;
import com.precog.application.port.out.OrderGateway;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Simulated order execution against the real current book (SPEC §1.7), for {@code paper}
 * (live data) and {@code backtest} (replayed data) — every exchange order id and fill id is
 * tagged with the environment ({@code paper-7}, {@code backtest-fill-12}).
 *
 * <p>Rules: a buy of a side takes the other side's bids (ask = 1 − bid) from the best price
 * while the ask is within the limit, level by level, at the book's price (never better), paying
 * the taker fee; a sell takes the side's own bids at or above the limit. What one book version
 * has given is remembered, so two orders cannot both take the same contracts; the memory resets
 * when {@link #onBookChanged(String)} reports a new book. A good-till-canceled remainder rests
 * and fills as a maker, at its own limit with the maker fee, only when a later book crosses it
 * (queue position and trade prints are not simulated: conservative). IOC cancels the rest; FOK
 * fills completely or not at all; post-only is rejected if it would cross.
 *
 * <p>Thread-safe (synchronized); reads the book through {@link CurrentBooks} on the caller's thread.
 */
public final class PaperBroker implements OrderGateway {
    private final ExecutionEnvironment environment;
    private final CurrentBooks books;
    private final Function<String, FeeSchedule> fees;
    private final Clock clock;
    private final Map<ClientOrderId, PaperOrder> orders = new LinkedHashMap<>();
    private final List<Fill> fills = new ArrayList<>();
    private final Map<String, Map<Long, Long>> consumed = new HashMap<>();
    private Function<String, Optional<String>> closedReason = ticker -> Optional.empty();
    private long sequence;
    /**
     * Distinguishes this broker's order and fill ids from those of earlier runs (a restarted paper
     * daemon must not reuse a fill id its journal already holds): the construction time in base 36
     * plus a random suffix.
     */
    private final String runToken;

    /**
     * @param environment {@code PAPER} or {@code BACKTEST} only
     * @param books       the book source
     * @param fees        fee schedule of a market ticker (null when unknown: the order is rejected)
     * @param clock       fill timestamps
     */
    public PaperBroker(ExecutionEnvironment environment, CurrentBooks books, Function<String, FeeSchedule> fees, Clock clock) {
        Objects.requireNonNull(environment, "environment");
        if (!environment.isSimulated()) {
            throw new IllegalArgumentException("the paper broker simulates paper or backtest only, was " + environment.wireName());
        }
        this.environment = environment;
        this.books = Objects.requireNonNull(books, "books");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runToken = Long.toString(clock.millis(), 36) + Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(36 * 36), 36);
    }

    public ExecutionEnvironment environment() {
        return environment;
    }

    /**
     * Why a market cannot trade now, as the venue would say it (e.g. {@code "market_closed: … is paused"}),
     * empty when it can: a new order there is rejected and resting orders do not fill until it trades
     * again, as on Kalshi, where a paused or closed market accepts and matches nothing.
     *
     * @param closedReason market ticker → the reason it does not trade now, empty when it does
     */
    public synchronized void refuseWhen(Function<String, Optional<String>> closedReason) {
        this.closedReason = Objects.requireNonNull(closedReason, "closedReason");
    }

    @Override
    public synchronized OrderState place(OrderRequest r) {
        if (orders.containsKey(r.clientOrderId())) return OrderState.rejected(r, "duplicate client order id " + r.clientOrderId());
        Optional<String> closed = closedReason.apply(r.marketTicker());
        if (closed.isPresent()) return OrderState.rejected(r, closed.get());
        FeeSchedule schedule = fees.apply(r.marketTicker());
        if (schedule == null) return OrderState.rejected(r, "unknown market " + r.marketTicker());
        Optional<OrderBook> maybeBook = books.book(r.marketTicker());
        if (maybeBook.isEmpty()) return OrderState.rejected(r, "no order book for " + r.marketTicker());
        OrderBook book = maybeBook.get();
        long available = takeable(book, r.side(), r.action(), r.limitPrice().micros());
        if (r.postOnly() && available > 0) return OrderState.rejected(r, "post-only order would cross the book");
        if (r.timeInForce() == TimeInForce.FILL_OR_KILL) {
            // what the order could really take: a whole-contract order takes whole contracts per level (as take() does)
            long fillable = r.count().isWhole() ? takeable(book, r.side(), r.action(), r.limitPrice().micros(), true) : available;
            if (fillable < r.count().hundredths()) {
                return OrderState.rejected(r, "fill-or-kill: the book offers " + Contracts.ofHundredths(fillable) + " of " + r.count());
            }
        }
        PaperOrder o = new PaperOrder(r, environment.wireName() + "-" + runToken + "-" + (++sequence));
        orders.put(r.clientOrderId(), o);
        take(o, book, schedule);
        if (o.remaining > 0) {
            o.status = r.timeInForce() == TimeInForce.GOOD_TILL_CANCELED ? OrderStatus.RESTING : OrderStatus.CANCELED;
            if (o.status == OrderStatus.CANCELED) o.remaining = 0;
        }
        return o.state();
    }

    /**
     * Tells the broker the book of a market changed: the liquidity it remembered taking is
     * forgotten, and resting orders the new book crosses fill as makers.
     */
    public synchronized List<Fill> onBookChanged(String marketTicker) {
        consumed.remove(marketTicker);
        int before = fills.size();
        Optional<OrderBook> book = books.book(marketTicker);
        FeeSchedule schedule = fees.apply(marketTicker);
        if (book.isEmpty() || schedule == null || closedReason.apply(marketTicker).isPresent()) return List.of();
        for (PaperOrder o : orders.values()) {
            if (o.status == OrderStatus.RESTING && o.request.marketTicker().equals(marketTicker)) fillResting(o, book.get(), schedule);
        }
        return List.copyOf(fills.subList(before, fills.size()));
    }

    @Override
    public synchronized OrderState cancel(String marketTicker, ClientOrderId id) {
        PaperOrder o = orders.get(id);
        if (o == null || !o.request.marketTicker().equals(marketTicker)) throw new OrderGatewayException("unknown order " + id + " in " + marketTicker);
        if (o.status == OrderStatus.RESTING) {
            o.remaining = 0;
            o.status = OrderStatus.CANCELED;
        }
        return o.state();
    }

    @Override
    public synchronized OrderState amend(String marketTicker, ClientOrderId id, Price newPrice, Contracts newCount) {
        PaperOrder o = orders.get(id);
        if (o == null || !o.request.marketTicker().equals(marketTicker)) throw new OrderGatewayException("unknown order " + id + " in " + marketTicker);
        if (o.status != OrderStatus.RESTING) throw new OrderGatewayException("order " + id + " is " + o.status + ", only resting orders can be amended");
        if (newCount.hundredths() <= o.filled) throw new IllegalArgumentException("newCount " + newCount + " must exceed the filled " + Contracts.ofHundredths(o.filled));
        o.limitMicros = newPrice.micros();
        o.count = newCount.hundredths();
        o.remaining = o.count - o.filled;
        FeeSchedule schedule = fees.apply(marketTicker);
        Optional<OrderBook> book = books.book(marketTicker);
        if (schedule != null && book.isPresent()) take(o, book.get(), schedule);
        return o.state();
    }

    @Override
    public synchronized OrderState decrease(String marketTicker, ClientOrderId id, Contracts reduceBy) {
        PaperOrder o = orders.get(id);
        if (o == null || !o.request.marketTicker().equals(marketTicker)) throw new OrderGatewayException("unknown order " + id + " in " + marketTicker);
        if (o.status == OrderStatus.RESTING) {
            long cut = Math.min(reduceBy.hundredths(), o.remaining);
            o.remaining -= cut;
            o.count -= cut;
            if (o.remaining == 0) o.status = o.filled > 0 ? OrderStatus.FILLED : OrderStatus.CANCELED;
        }
        return o.state();
    }

    @Override
    public synchronized Optional<OrderState> find(ClientOrderId id) {
        PaperOrder o = orders.get(id);
        return o == null ? Optional.empty() : Optional.of(o.state());
    }

    @Override
    public synchronized List<OrderState> openOrders() {
        return orders.values().stream().filter(o -> o.status == OrderStatus.RESTING).map(PaperOrder::state).toList();
    }

    @Override
    public synchronized List<Fill> fillsSince(Instant since) {
        return fills.stream().filter(f -> !f.time().isBefore(since)).toList();
    }

    /** Fills of one order, oldest first. */
    public synchronized List<Fill> fillsOf(ClientOrderId id) {
        return fills.stream().filter(f -> f.clientOrderId().equals(id)).toList();
    }

    // ---- matching ----

    private static long key(Side side, long priceMicros) {
        return (side == Side.YES ? 0L : 10_000_000L) + priceMicros;
    }

    private long consumedAt(String ticker, Side side, long price) {
        Map<Long, Long> m = consumed.get(ticker);
        Long c = m == null ? null : m.get(key(side, price));
        return c == null ? 0 : c;
    }

    private void consume(String ticker, Side side, long price, long q) {
        consumed.computeIfAbsent(ticker, t -> new HashMap<>()).merge(key(side, price), q, Long::sum);
    }

    /** What a taker order could get now within its limit (after what this book version already gave). */
    private long takeable(OrderBook book, Side side, OrderAction action, long limit) {
        return takeable(book, side, action, limit, false);
    }

    /** As {@link #takeable(OrderBook, Side, OrderAction, long)}; {@code wholePerLevel}: only whole contracts of each level count. */
    private long takeable(OrderBook book, Side side, OrderAction action, long limit, boolean wholePerLevel) {
        Side levels = action == OrderAction.BUY ? side.opposite() : side;
        long total = 0;
        for (int i = 0; i < book.depth(levels); i++) {
            long bid = book.levelPriceFromBest(levels, i);
            long price = action == OrderAction.BUY ? Price.ONE_DOLLAR_MICROS - bid : bid;
            if (action == OrderAction.BUY ? price > limit : price < limit) break;
            long left = Math.max(0, book.levelQuantityFromBest(levels, i) - consumedAt(book.marketTicker(), levels, bid));
            total += wholePerLevel ? left - left % 100 : left;
        }
        return total;
    }

    /** Takes liquidity level by level at the book's prices as a taker. */
    private void take(PaperOrder o, OrderBook book, FeeSchedule schedule) {
        OrderRequest r = o.request;
        Side levels = r.action() == OrderAction.BUY ? r.side().opposite() : r.side();
        for (int i = 0; i < book.depth(levels) && o.remaining > 0; i++) {
            long bid = book.levelPriceFromBest(levels, i);
            long price = r.action() == OrderAction.BUY ? Price.ONE_DOLLAR_MICROS - bid : bid;
            if (r.action() == OrderAction.BUY ? price > o.limitMicros : price < o.limitMicros) break;
            long left = book.levelQuantityFromBest(levels, i) - consumedAt(book.marketTicker(), levels, bid);
            long q = Math.min(left, o.remaining);
            if (!o.fractional()) q -= q % 100;
            if (q <= 0) continue;
            consume(book.marketTicker(), levels, bid, q);
            addFill(o, price, q, Liquidity.TAKER, schedule);
        }
    }

    /** A resting order crossed by the book fills at its own limit as a maker. */
    private void fillResting(PaperOrder o, OrderBook book, FeeSchedule schedule) {
        long crossing = takeable(book, o.request.side(), o.request.action(), o.limitMicros);
        long q = Math.min(crossing, o.remaining);
        if (!o.fractional()) q -= q % 100;
        if (q <= 0) return;
        Side levels = o.request.action() == OrderAction.BUY ? o.request.side().opposite() : o.request.side();
        long left = q;
        for (int i = 0; i < book.depth(levels) && left > 0; i++) {
            long bid = book.levelPriceFromBest(levels, i);
            long avail = Math.max(0, book.levelQuantityFromBest(levels, i) - consumedAt(book.marketTicker(), levels, bid));
            long use = Math.min(avail, left);
            if (use > 0) consume(book.marketTicker(), levels, bid, use);
            left -= use;
        }
        addFill(o, o.limitMicros, q, Liquidity.MAKER, schedule);
    }

    private void addFill(PaperOrder o, long priceMicros, long q, Liquidity liquidity, FeeSchedule schedule) {
        Price price = Price.ofMicros(priceMicros);
        Contracts count = Contracts.ofHundredths(q);
        Dollars fee = schedule.fee(liquidity, price, count);
        Fill f = new Fill(environment.wireName() + "-fill-" + runToken + "-" + (++sequence), o.request.clientOrderId(), o.exchangeOrderId,
                o.request.marketTicker(), o.request.side(), o.request.action(), price, count, liquidity, fee, clock.instant());
        fills.add(f);
        o.filled += q;
        o.remaining -= q;
        o.costUnits += q * priceMicros;
        o.feeUnits += fee.units();
        if (o.remaining == 0) o.status = OrderStatus.FILLED;
    }

    private static final class PaperOrder {
        final OrderRequest request;
        final String exchangeOrderId;
        long limitMicros;
        long count;
        long filled;
        long remaining;
        long costUnits;
        long feeUnits;
        OrderStatus status = OrderStatus.RESTING;

        PaperOrder(OrderRequest request, String exchangeOrderId) {
            this.request = request;
            this.exchangeOrderId = exchangeOrderId;
            this.limitMicros = request.limitPrice().micros();
            this.count = request.count().hundredths();
            this.remaining = count;
        }

        boolean fractional() {
            return !request.count().isWhole();
        }

        OrderState state() {
            Optional<Price> avg = filled == 0 ? Optional.empty() : Optional.of(Price.ofMicros((costUnits + filled / 2) / filled));
            return new OrderState(request.clientOrderId(), exchangeOrderId, request.marketTicker(), request.side(), request.action(),
                    Price.ofMicros(limitMicros), Contracts.ofHundredths(count), Contracts.ofHundredths(filled), Contracts.ofHundredths(remaining),
                    status, avg, Dollars.ofUnits(feeUnits), "", Dollars.ofUnits(costUnits));
        }
    }
}
