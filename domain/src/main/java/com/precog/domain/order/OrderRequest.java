package com.precog.domain.order;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import java.util.Objects;

/**
 * A limit order Precog wants on the exchange: buy or sell {@code count} contracts of
 * {@code side} at {@code limitPrice} or better. Always carries a {@link ClientOrderId}.
 * Immutable.
 */
public record OrderRequest(ClientOrderId clientOrderId, String marketTicker, Side side, OrderAction action,
                           Contracts count, Price limitPrice, TimeInForce timeInForce, boolean postOnly, boolean reduceOnly) {
    public OrderRequest {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        if (marketTicker == null || marketTicker.isBlank()) throw new IllegalArgumentException("marketTicker must not be blank");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(count, "count");
        if (!count.isPositive()) throw new IllegalArgumentException("count must be positive, was " + count);
        Objects.requireNonNull(limitPrice, "limitPrice");
        Objects.requireNonNull(timeInForce, "timeInForce");
        if (postOnly && timeInForce != TimeInForce.GOOD_TILL_CANCELED) {
            throw new IllegalArgumentException("a post-only order must be good-till-canceled, was " + timeInForce);
        }
    }

    /** A resting good-till-canceled limit order. */
    public static OrderRequest limit(ClientOrderId id, String ticker, Side side, OrderAction action, Contracts count, Price price) {
        return new OrderRequest(id, ticker, side, action, count, price, TimeInForce.GOOD_TILL_CANCELED, false, false);
    }

    /** An immediate-or-cancel order at a worst acceptable price. */
    public static OrderRequest immediateOrCancel(ClientOrderId id, String ticker, Side side, OrderAction action, Contracts count, Price worstPrice) {
        return new OrderRequest(id, ticker, side, action, count, worstPrice, TimeInForce.IMMEDIATE_OR_CANCEL, false, action == OrderAction.SELL);
    }
}
