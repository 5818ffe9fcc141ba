package com.precog.adapters.kalshi;

import com.precog.application.port.out.OrderGateway;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.order.OrderStatus;
import com.precog.domain.order.TimeInForce;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OrderGateway} over Kalshi's V2 order endpoints. A submission is never retried blindly:
 * after an ambiguous failure (timeout, connection reset, 5xx, a success status whose body cannot
 * be read or lacks the order id) the order is looked up by its
 * client_order_id and resubmitted (with the same id) only if the exchange does not have it; a
 * 409 is answered by looking the order up (a duplicate id finds it; a 409 refusal such as
 * {@code trading_is_paused} finds nothing and is a rejection). 429s are retried by the transport
 * (the exchange did not execute them). Business refusals (4xx) come back as REJECTED states.
 *
 * <p>{@link #amend}'s {@code newCount} is the order's new <em>total</em> count (already filled +
 * still wanted), exactly the V2 amend {@code count} ("new total/max fillable count = already
 * filled + desired remaining", KALSHI_API.md §3.4) and what the paper broker takes; it must
 * exceed the filled count. To change only what rests, use {@link #decrease}. Thread-safe.
 */
final class KalshiOrderGateway implements OrderGateway {
    private static final Logger LOG = LoggerFactory.getLogger(KalshiOrderGateway.class);
    static final int MAX_SUBMISSIONS = 3;
    private final KalshiRestClient rest;
    private final KalshiMarketLifecycle lifecycle;
    private final Map<ClientOrderId, OrderRequest> requests = new ConcurrentHashMap<>();
    private final Map<ClientOrderId, String> exchangeIds = new ConcurrentHashMap<>();
    private final Map<String, ClientOrderId> clientIds = new ConcurrentHashMap<>();

    KalshiOrderGateway(KalshiRestClient rest, KalshiMarketLifecycle lifecycle) {
        this.rest = rest;
        this.lifecycle = lifecycle;
    }

    @Override
    public OrderState place(OrderRequest request) {
        if (lifecycle.tradingOver(request.marketTicker())) {
            // closed, determined or settled (market_lifecycle_v2 / REST): the exchange would refuse it; no write token spent
            return OrderState.rejected(request, "market_closed: " + request.marketTicker() + " is "
                    + lifecycle.phase(request.marketTicker()).orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
        }
        requests.put(request.clientOrderId(), request);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= MAX_SUBMISSIONS; attempt++) {
            try {
                KalshiModels.OrderAck ack = rest.createOrder(request);
                remember(request.clientOrderId(), ack.orderId());
                OrderState acked = fromAck(request, ack);
                return acked.filled().isPositive() ? exactAfterFill(acked) : acked;
            } catch (KalshiApiException e) {
                if (e.status() == 409) {
                    // 409 is both order_already_exists (our id is spent: the order is there) and a refusal such as
                    // trading_is_paused; the exchange's copy decides, and without one only a duplicate is a contradiction
                    Optional<OrderState> existing;
                    try {
                        existing = lookup(request);
                    } catch (RuntimeException lookupFailed) {
                        throw new OrderGatewayException("order " + request.clientOrderId() + " outcome unknown: Kalshi answered 409 " + e.code()
                                + " and the lookup failed", lookupFailed);
                    }
                    if (existing.isPresent()) return existing.get();
                    if (!saysDuplicate(e)) return OrderState.rejected(request, e.code() + (e.details().isEmpty() ? "" : ": " + e.details()));
                    throw new OrderGatewayException("Kalshi says order " + request.clientOrderId() + " already exists but it cannot be found", e);
                }
                // a success status with a body that cannot be read: the exchange took the order, so it is as ambiguous as a 5xx
                if (!e.isServerError() && !applied(e)) {
                    return OrderState.rejected(request, e.code() + (e.details().isEmpty() ? "" : ": " + e.details()));
                }
                last = e;
            } catch (KalshiTransportException e) {
                if (!e.maybeSent()) {
                    if (e.getCause() instanceof dev.failsafe.CircuitBreakerOpenException) {
                        throw new OrderGatewayException("Kalshi unavailable (circuit open); order " + request.clientOrderId() + " not sent", e);
                    }
                    last = e;
                    continue; // definitely not sent: safe to try again
                }
                last = e;
            }
            // ambiguous: the order may exist. Look it up before any resubmission.
            LOG.warn("ambiguous outcome submitting order {} (attempt {}): {}; reconciling by client_order_id", request.clientOrderId(), attempt,
                    last.getMessage());
            Optional<OrderState> existing = lookupQuietly(request);
            if (existing.isPresent()) return existing.get();
        }
        throw new OrderGatewayException("order " + request.clientOrderId() + " could not be placed after " + MAX_SUBMISSIONS
                + " attempts; the exchange does not have it", last);
    }

    /** A success status whose body could not be read: the exchange applied the change; the order read back afterwards tells how. */
    private static boolean applied(KalshiApiException e) {
        return e.status() >= 200 && e.status() < 300;
    }

    /** A 409 that says the client_order_id is taken (or says nothing readable: the cautious reading). */
    private static boolean saysDuplicate(KalshiApiException e) {
        return e.code().equals("order_already_exists") || e.code().equals("http_409");
    }

    /**
     * The create response gives only {@code average_fee_paid} per contract (rounded to $0.0001)
     * and an average price, so fees × count can overstate what was paid by up to $0.0001 per
     * contract. When anything filled, the order object (GET, 2 read tokens) supplies the exact
     * fee and cost totals; if that read fails the ack's figures stand.
     */
    private OrderState exactAfterFill(OrderState acked) {
        try {
            return rest.order(acked.exchangeOrderId()).map(this::fixup).filter(s -> s.filled().compareTo(acked.filled()) >= 0).orElse(acked);
        } catch (KalshiTransportException | KalshiApiException e) {
            LOG.debug("exact fees of order {} unavailable, using the create response's average: {}", acked.clientOrderId(), e.getMessage());
            return acked;
        }
    }

    private Optional<OrderState> lookupQuietly(OrderRequest request) {
        try {
            return lookup(request);
        } catch (RuntimeException e) {
            throw new OrderGatewayException("order " + request.clientOrderId() + " outcome unknown: submission failed ambiguously and the lookup failed", e);
        }
    }

    private Optional<OrderState> lookup(OrderRequest request) {
        return rest.orders(request.marketTicker(), null).stream().filter(o -> o.clientOrderId().equals(request.clientOrderId()))
                .findFirst().map(this::fixup);
    }

    private void remember(ClientOrderId id, String orderId) {
        if (orderId == null || orderId.isEmpty()) return;
        exchangeIds.put(id, orderId);
        clientIds.put(orderId, id);
    }

    private static OrderState fromAck(OrderRequest r, KalshiModels.OrderAck ack) {
        Contracts filled = ack.fillCount();
        Contracts remaining = ack.remainingCount();
        OrderStatus status;
        if (remaining.isPositive()) status = OrderStatus.RESTING;
        else if (filled.compareTo(r.count()) >= 0) status = OrderStatus.FILLED;
        else status = OrderStatus.CANCELED; // IOC/FOK/post-only remainder canceled
        Optional<Price> avg = ack.averageFillPrice().map(yes -> r.side().priceFromYes(yes));
        Dollars fees = ack.averageFeePaid().map(f -> f.times(filled)).orElse(Dollars.ZERO);
        return new OrderState(r.clientOrderId(), ack.orderId(), r.marketTicker(), r.side(), r.action(), r.limitPrice(), r.count(), filled,
                remaining, status, avg, fees, "");
    }

    /** Puts back the side/action/price of our own request (the exchange reports the single-book view). */
    private OrderState fixup(OrderState s) {
        remember(s.clientOrderId(), s.exchangeOrderId());
        OrderRequest r = requests.get(s.clientOrderId());
        if (r == null) return s;
        Optional<Price> avg = s.averageFillPrice();
        if (avg.isPresent() && s.side() != r.side()) avg = Optional.of(avg.get().complement());
        Contracts requested = s.requested().max(s.filled().plus(s.remaining()));
        // restated on the ordered side: each contract's price is 1 − the other side's, so the value is filled × $1 − value
        Dollars value = s.side() == r.side() ? s.filledValue()
                : Dollars.ofUnits(Math.multiplyExact(s.filled().hundredths(), 1_000_000L)).minus(s.filledValue()).max(Dollars.ZERO);
        return new OrderState(s.clientOrderId(), s.exchangeOrderId(), s.marketTicker(), r.side(), r.action(),
                s.side() == r.side() ? s.limitPrice() : s.limitPrice().complement(), requested, s.filled(), s.remaining(), s.status(), avg,
                s.feesPaid(), s.rejectReason(), value);
    }

    private String orderId(String marketTicker, ClientOrderId id) {
        String known = exchangeIds.get(id);
        if (known != null) return known;
        return rest.orders(marketTicker, null).stream().filter(o -> o.clientOrderId().equals(id)).findFirst()
                .map(o -> {
                    remember(id, o.exchangeOrderId());
                    return o.exchangeOrderId();
                })
                .orElseThrow(() -> new OrderGatewayException("no Kalshi order with client_order_id " + id + " in " + marketTicker));
    }

    private OrderState current(String orderId) {
        return rest.order(orderId).map(this::fixup).orElseThrow(() -> new OrderGatewayException("Kalshi order " + orderId + " disappeared"));
    }

    @Override
    public OrderState cancel(String marketTicker, ClientOrderId clientOrderId) {
        String id = orderId(marketTicker, clientOrderId);
        try {
            rest.cancelOrder(id, marketTicker);
        } catch (KalshiTransportException | KalshiApiException e) {
            // cancel is safe to repeat; decide from the order's state
            OrderState now = current(id);
            if (now.isOpen()) {
                try {
                    rest.cancelOrder(id, marketTicker);
                } catch (RuntimeException again) {
                    throw new OrderGatewayException("cancel of " + clientOrderId + " failed twice", again);
                }
            }
        }
        return current(id);
    }

    @Override
    public OrderState amend(String marketTicker, ClientOrderId clientOrderId, Price newPrice, Contracts newCount) {
        String id = orderId(marketTicker, clientOrderId);
        OrderState now = current(id);
        if (!now.isOpen()) throw new IllegalArgumentException("order " + clientOrderId + " is not resting (" + now.status() + ")");
        if (newCount.compareTo(now.filled()) <= 0) {
            throw new IllegalArgumentException("amend of " + clientOrderId + ": newCount " + newCount + " is the new total and must exceed the filled "
                    + now.filled());
        }
        try {
            rest.amendOrder(id, marketTicker, now.side(), now.action(), newPrice, newCount, clientOrderId);
        } catch (KalshiApiException e) {
            if (e.isServerError()) throw new OrderGatewayException("amend of " + clientOrderId + " failed", e);
            if (!applied(e)) throw new IllegalArgumentException("Kalshi refused the amend of " + clientOrderId + ": " + e.getMessage(), e);
        } catch (KalshiTransportException e) {
            throw new OrderGatewayException("amend of " + clientOrderId + " has an unknown outcome; call find()", e);
        }
        OrderRequest r = requests.get(clientOrderId);
        if (r != null) {
            requests.put(clientOrderId, new OrderRequest(clientOrderId, r.marketTicker(), r.side(), r.action(), newCount, newPrice,
                    TimeInForce.GOOD_TILL_CANCELED, r.postOnly(), r.reduceOnly()));
        }
        return current(id);
    }

    @Override
    public OrderState decrease(String marketTicker, ClientOrderId clientOrderId, Contracts reduceBy) {
        String id = orderId(marketTicker, clientOrderId);
        try {
            rest.decreaseOrder(id, marketTicker, reduceBy);
        } catch (KalshiApiException e) {
            if (e.isServerError()) throw new OrderGatewayException("decrease of " + clientOrderId + " failed", e);
            if (!applied(e)) throw new IllegalArgumentException("Kalshi refused the decrease of " + clientOrderId + ": " + e.getMessage(), e);
        } catch (KalshiTransportException e) {
            throw new OrderGatewayException("decrease of " + clientOrderId + " has an unknown outcome; call find()", e);
        }
        return current(id);
    }

    @Override
    public Optional<OrderState> find(ClientOrderId clientOrderId) {
        try {
            String known = exchangeIds.get(clientOrderId);
            if (known != null) return rest.order(known).map(this::fixup);
            OrderRequest r = requests.get(clientOrderId);
            return rest.orders(r == null ? null : r.marketTicker(), null).stream().filter(o -> o.clientOrderId().equals(clientOrderId))
                    .findFirst().map(this::fixup);
        } catch (KalshiTransportException | KalshiApiException e) {
            throw new OrderGatewayException("cannot look up order " + clientOrderId, e);
        }
    }

    @Override
    public List<OrderState> openOrders() {
        try {
            return rest.orders(null, "resting").stream().map(this::fixup).toList();
        } catch (KalshiTransportException | KalshiApiException e) {
            throw new OrderGatewayException("cannot list resting orders", e);
        }
    }

    @Override
    public List<Fill> fillsSince(Instant since) {
        try {
            return rest.fills(since, orderId -> Optional.ofNullable(clientIds.get(orderId)).or(() -> learnClientId(orderId)))
                    .stream().map(this::fixFill).toList();
        } catch (KalshiTransportException | KalshiApiException e) {
            throw new OrderGatewayException("cannot list fills", e);
        }
    }

    /**
     * The client order id of an order this process did not place (placed before a restart): asked
     * once from the exchange and remembered, so fills of orders sent before a crash carry our id.
     */
    private Optional<ClientOrderId> learnClientId(String orderId) {
        if (orderId == null || orderId.isEmpty()) return Optional.empty();
        Optional<OrderState> o = rest.order(orderId);
        o.ifPresent(s -> remember(s.clientOrderId(), orderId));
        return o.map(OrderState::clientOrderId);
    }

    private Fill fixFill(Fill f) {
        OrderRequest r = requests.get(f.clientOrderId());
        if (r == null || (r.side() == f.side() && r.action() == f.action())) return f;
        Price p = r.side() == f.side() ? f.price() : f.price().complement();
        return new Fill(f.fillId(), f.clientOrderId(), f.exchangeOrderId(), f.marketTicker(), r.side(), r.action(), p, f.count(), f.liquidity(),
                f.fee(), f.time());
    }
}
