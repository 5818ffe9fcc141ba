package com.precog.application.service.exits;

import com.precog.application.port.out.OrderGateway;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderAction;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
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
import java.util.Optional;

/**
 * A small matching venue for application tests: an {@link OrderGateway} over one
 * {@link OrderBook} per market. Incoming orders take liquidity from the book (taker fee) best
 * price first; the rest of an IOC is canceled, the rest of a GTC order rests off-book and fills
 * (maker fee) when a bid at or above its limit appears ({@link #setLevel}) or a buyer arrives
 * ({@link #buyerArrives}). Our resting orders are not shown in the book. Deterministic,
 * single-threaded use; {@link #failNext} makes calls throw as a broken exchange would.
 */
public final class SimpleMatchingVenue implements OrderGateway {
    private final Clock clock;
    private final FeeSchedule fees;
    private final Map<String, OrderBook> books = new HashMap<>();
    private final Map<ClientOrderId, Order> orders = new LinkedHashMap<>();
    private final List<Fill> fills = new ArrayList<>();
    private int failures;
    private int lostAcks;
    private int seq;

    private static final class Order {
        final OrderRequest request;
        Price limit;
        long requested;
        long filled;
        long proceedsUnits;
        long feeUnits;
        OrderStatus status = OrderStatus.RESTING;

        Order(OrderRequest r) {
            this.request = r;
            this.limit = r.limitPrice();
            this.requested = r.count().hundredths();
        }

        OrderState state() {
            long remaining = status == OrderStatus.RESTING ? requested - filled : 0;
            Optional<Price> avg = filled == 0 ? Optional.empty()
                    : Optional.of(Price.ofMicros(Math.round(proceedsUnits / (double) filled)));
            return new OrderState(request.clientOrderId(), "v-" + request.clientOrderId(), request.marketTicker(), request.side(),
                    request.action(), limit, Contracts.ofHundredths(requested), Contracts.ofHundredths(filled),
                    Contracts.ofHundredths(remaining), status, avg, Dollars.ofUnits(feeUnits), "", Dollars.ofUnits(proceedsUnits));
        }
    }

    public SimpleMatchingVenue(Clock clock, FeeSchedule fees) {
        this.clock = clock;
        this.fees = fees;
    }

    public OrderBook book(String ticker) {
        return books.computeIfAbsent(ticker, OrderBook::new);
    }

    public BookTop top(String ticker) {
        return book(ticker).top();
    }

    /** Sets a bid level (quantity in hundredths, 0 removes it) and lets resting sells cross it. */
    public void setLevel(String ticker, Side side, long priceMicros, long hundredths) {
        book(ticker).setLevel(side, priceMicros, hundredths);
        crossResting(ticker);
    }

    /** Clears one side of a market's book. */
    public void clearSide(String ticker, Side side) {
        OrderBook b = book(ticker);
        while (b.depth(side) > 0) b.setLevel(side, b.bestBidMicros(side), 0);
    }

    /** Loses every order (a venue restart without persistence). */
    public void forgetOrders() {
        orders.clear();
    }

    /** The next {@code n} gateway calls throw {@link OrderGatewayException}. */
    public void failNext(int n) {
        failures = n;
    }

    /** The next {@code n} orders are placed (they rest or fill) but the call then throws, as a lost acknowledgement would. */
    public void loseNextAcks(int n) {
        lostAcks = n;
    }

    private void maybeFail() {
        if (failures > 0) {
            failures--;
            throw new OrderGatewayException("venue unavailable (test)");
        }
    }

    @Override
    public OrderState place(OrderRequest r) {
        maybeFail();
        if (lostAcks > 0) {
            lostAcks--;
            placeAndMatch(r);
            throw new OrderGatewayException("response lost after the order reached the venue (test)");
        }
        return placeAndMatch(r);
    }

    private OrderState placeAndMatch(OrderRequest r) {
        if (orders.containsKey(r.clientOrderId())) return OrderState.rejected(r, "duplicate client order id");
        Order o = new Order(r);
        orders.put(r.clientOrderId(), o);
        OrderBook b = book(r.marketTicker());
        if (r.action() == OrderAction.SELL) {
            // sell `side` at >= limit: hit that side's bids, best first
            while (o.filled < o.requested && b.bestBidMicros(r.side()) >= r.limitPrice().micros() && b.bestBidMicros(r.side()) > 0) {
                long px = b.bestBidMicros(r.side());
                long take = Math.min(b.bestBidQuantity(r.side()), o.requested - o.filled);
                b.setLevel(r.side(), px, b.bestBidQuantity(r.side()) - take);
                fill(o, px, take, Liquidity.TAKER);
            }
        } else {
            // buy `side` at <= limit: hit the other side's bids at >= 1 - limit
            Side opp = r.side().opposite();
            while (o.filled < o.requested && b.bestBidMicros(opp) > 0 && 1_000_000 - b.bestBidMicros(opp) <= r.limitPrice().micros()) {
                long oppPx = b.bestBidMicros(opp);
                long take = Math.min(b.bestBidQuantity(opp), o.requested - o.filled);
                b.setLevel(opp, oppPx, b.bestBidQuantity(opp) - take);
                fill(o, 1_000_000 - oppPx, take, Liquidity.TAKER);
            }
        }
        if (o.filled == o.requested) o.status = OrderStatus.FILLED;
        else if (r.timeInForce() != TimeInForce.GOOD_TILL_CANCELED) o.status = OrderStatus.CANCELED;
        return o.state();
    }

    private void fill(Order o, long priceMicros, long hundredths, Liquidity liq) {
        Price p = Price.ofMicros(priceMicros);
        Contracts c = Contracts.ofHundredths(hundredths);
        Dollars fee = fees.fee(liq, p, c);
        o.filled += hundredths;
        o.proceedsUnits += hundredths * priceMicros;
        o.feeUnits += fee.units();
        fills.add(new Fill("f-" + (++seq), o.request.clientOrderId(), "v-" + o.request.clientOrderId(), o.request.marketTicker(),
                o.request.side(), o.request.action(), p, c, liq, fee, clock.instant()));
    }

    /** Resting sells of a side whose limit is at or below that side's best bid fill against it (as makers). */
    private void crossResting(String ticker) {
        OrderBook b = book(ticker);
        for (Order o : orders.values()) {
            if (o.status != OrderStatus.RESTING || !o.request.marketTicker().equals(ticker) || o.request.action() != OrderAction.SELL) continue;
            Side s = o.request.side();
            while (o.filled < o.requested && b.bestBidMicros(s) > 0 && b.bestBidMicros(s) >= o.limit.micros()) {
                long take = Math.min(b.bestBidQuantity(s), o.requested - o.filled);
                long px = b.bestBidMicros(s);
                b.setLevel(s, px, b.bestBidQuantity(s) - take);
                fill(o, o.limit.micros(), take, Liquidity.MAKER);
            }
            if (o.filled == o.requested) o.status = OrderStatus.FILLED;
        }
    }

    /** A buyer of {@code side} takes up to {@code hundredths} from our resting sells priced at or below {@code priceMicros}. */
    public void buyerArrives(String ticker, Side side, long priceMicros, long hundredths) {
        long left = hundredths;
        for (Order o : orders.values()) {
            if (left == 0) break;
            if (o.status != OrderStatus.RESTING || !o.request.marketTicker().equals(ticker) || o.request.side() != side
                    || o.request.action() != OrderAction.SELL || o.limit.micros() > priceMicros) continue;
            long take = Math.min(left, o.requested - o.filled);
            fill(o, o.limit.micros(), take, Liquidity.MAKER);
            left -= take;
            if (o.filled == o.requested) o.status = OrderStatus.FILLED;
        }
    }

    @Override
    public OrderState cancel(String marketTicker, ClientOrderId id) {
        maybeFail();
        Order o = orders.get(id);
        if (o == null) throw new OrderGatewayException("unknown order " + id);
        if (o.status == OrderStatus.RESTING) o.status = OrderStatus.CANCELED;
        return o.state();
    }

    @Override
    public OrderState amend(String marketTicker, ClientOrderId id, Price newPrice, Contracts newCount) {
        maybeFail();
        Order o = orders.get(id);
        if (o == null) throw new OrderGatewayException("unknown order " + id);
        if (o.status == OrderStatus.RESTING) {
            // the new total count, filled part included (as the paper broker and Kalshi)
            if (newCount.hundredths() <= o.filled) {
                throw new IllegalArgumentException("newCount " + newCount + " must exceed the filled " + Contracts.ofHundredths(o.filled));
            }
            o.limit = newPrice;
            o.requested = newCount.hundredths();
            crossResting(marketTicker);
        }
        return o.state();
    }

    @Override
    public OrderState decrease(String marketTicker, ClientOrderId id, Contracts reduceBy) {
        maybeFail();
        Order o = orders.get(id);
        if (o == null) throw new OrderGatewayException("unknown order " + id);
        if (o.status == OrderStatus.RESTING) {
            o.requested = Math.max(o.filled, o.requested - reduceBy.hundredths());
            if (o.requested == o.filled) o.status = OrderStatus.CANCELED;
        }
        return o.state();
    }

    @Override
    public Optional<OrderState> find(ClientOrderId id) {
        maybeFail();
        Order o = orders.get(id);
        return o == null ? Optional.empty() : Optional.of(o.state());
    }

    @Override
    public List<OrderState> openOrders() {
        List<OrderState> out = new ArrayList<>();
        for (Order o : orders.values()) if (o.status == OrderStatus.RESTING) out.add(o.state());
        return out;
    }

    @Override
    public List<Fill> fillsSince(Instant since) {
        return fills.stream().filter(f -> !f.time().isBefore(since)).toList();
    }
}
