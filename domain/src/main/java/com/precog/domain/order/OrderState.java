package com.precog.domain.order;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.util.Objects;

/**
 * What the exchange (or the paper broker) says about one order. {@code filled + remaining ≤
 * requested}; {@code averageFillPrice} is absent (null-free: {@code Optional}) until something
 * fills; {@code rejectReason} is empty unless REJECTED. Immutable.
 */
public record OrderState(ClientOrderId clientOrderId, String exchangeOrderId, String marketTicker, Side side, OrderAction action,
                         Price limitPrice, Contracts requested, Contracts filled, Contracts remaining, OrderStatus status,
                         java.util.Optional<Price> averageFillPrice, Dollars feesPaid, String rejectReason) {
    public OrderState {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        exchangeOrderId = exchangeOrderId == null ? "" : exchangeOrderId;
        Objects.requireNonNull(marketTicker, "marketTicker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(limitPrice, "limitPrice");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(filled, "filled");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(averageFillPrice, "averageFillPrice");
        Objects.requireNonNull(feesPaid, "feesPaid");
        rejectReason = rejectReason == null ? "" : rejectReason;
        if (filled.plus(remaining).compareTo(requested) > 0) {
            throw new IllegalArgumentException("filled " + filled + " + remaining " + remaining + " exceeds requested " + requested);
        }
    }

    /** A rejection of a request that never reached the book. */
    public static OrderState rejected(OrderRequest r, String reason) {
        return new OrderState(r.clientOrderId(), "", r.marketTicker(), r.side(), r.action(), r.limitPrice(), r.count(),
                Contracts.ZERO, Contracts.ZERO, OrderStatus.REJECTED, java.util.Optional.empty(), Dollars.ZERO, reason);
    }

    public boolean isOpen() {
        return status == OrderStatus.RESTING;
    }
}
