package com.precog.application.service.session;

import com.precog.application.port.out.OrderGateway;
import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.strategy.Attribution;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The session's order gateway: every order is in the {@link OrderJournal} <em>before</em> it is
 * sent (the entry loop journals its own decisions; exit orders are journaled here with the
 * position's attribution), so after a crash every order the venue may know is findable by its
 * {@code client_order_id}. Passes the {@link LifecyclePoints} around the send.
 */
public final class JournalingGateway implements OrderGateway {
    private final OrderGateway venue;
    private final OrderJournal journal;
    private final Function<OrderRequest, Attribution> exitAttribution;
    private final LifecyclePoints points;
    private final Clock clock;
    private final AtomicLong placed = new AtomicLong();

    /**
     * @param exitAttribution the attribution of an order the entry loop did not journal (an exit):
     *                        the strategy and model of the position it closes
     */
    public JournalingGateway(OrderGateway venue, OrderJournal journal, Function<OrderRequest, Attribution> exitAttribution,
                             LifecyclePoints points, Clock clock) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.exitAttribution = Objects.requireNonNull(exitAttribution, "exitAttribution");
        this.points = Objects.requireNonNull(points, "points");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The gateway orders really go to. */
    public OrderGateway venue() {
        return venue;
    }

    /** Orders sent since this gateway was created. */
    public long placed() {
        return placed.get();
    }

    @Override
    public OrderState place(OrderRequest request) {
        if (journal.order(request.clientOrderId()).isEmpty()) {
            // an exit (or any order the entry loop did not decide): journaled with no entry edge
            journal.recordOrder(new OrderRecord(request, exitAttribution.apply(request), clock.instant(), Dollars.ZERO, Probability.HALF));
        }
        points.reached(LifecyclePoints.ORDER_JOURNALED);
        OrderState state = venue.place(request);
        placed.incrementAndGet();
        points.reached(LifecyclePoints.ORDER_SENT);
        return state;
    }

    /**
     * A venue fill in the terms of the order we sent: the exchange reports one book, so selling YES
     * may come back as buying NO at the complementary price. Fills of orders placed before a restart
     * are normalised from the journaled request.
     */
    public static Fill asOrdered(Fill f, OrderRequest r) {
        if (f.side() == r.side() && f.action() == r.action()) return f;
        com.precog.domain.money.Price p = f.side() == r.side() ? f.price() : f.price().complement();
        return new Fill(f.fillId(), f.clientOrderId(), f.exchangeOrderId(), f.marketTicker(), r.side(), r.action(), p, f.count(), f.liquidity(),
                f.fee(), f.time());
    }

    @Override
    public OrderState cancel(String marketTicker, ClientOrderId clientOrderId) {
        return venue.cancel(marketTicker, clientOrderId);
    }

    @Override
    public OrderState amend(String marketTicker, ClientOrderId clientOrderId, Price newPrice, Contracts newCount) {
        return venue.amend(marketTicker, clientOrderId, newPrice, newCount);
    }

    @Override
    public OrderState decrease(String marketTicker, ClientOrderId clientOrderId, Contracts reduceBy) {
        return venue.decrease(marketTicker, clientOrderId, reduceBy);
    }

    @Override
    public Optional<OrderState> find(ClientOrderId clientOrderId) {
        return venue.find(clientOrderId);
    }

    @Override
    public List<OrderState> openOrders() {
        return venue.openOrders();
    }

    @Override
    public List<Fill> fillsSince(Instant since) {
        return venue.fillsSince(since);
    }
}
