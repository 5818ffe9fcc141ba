package com.precog.domain.order;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import java.util.Objects;

/**
 * A limit order Precog wants on the exchange: buy or sell {@code count} contracts of
 * {@code side} at {@code limitPrice} or better. Always carries a {@link ClientOrderId}.
 * Immutable and thread-safe.
 *
 * @param clientOrderId the id that finds the order again, never reused
 * @param marketTicker the market's ticker, not blank
 * @param side the side to trade
 * @param action buy or sell
 * @param count the contracts, positive
 * @param limitPrice the worst acceptable price of {@code side}, on the market's tick ladder
 * @param timeInForce how long the order may rest
 * @param postOnly rest only, never take (requires good-till-canceled)
 * @param reduceOnly the order may only reduce a position
 */
public record OrderRequest(ClientOrderId clientOrderId, String marketTicker, Side side, OrderAction action,
                           Contracts count, Price limitPrice, TimeInForce timeInForce, boolean postOnly, boolean reduceOnly) {
    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException if the ticker is blank, the count not positive, or a post-only
     *         order is not good-till-canceled
     * @throws NullPointerException if another component is null
     */
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

    /**
     * A resting good-till-canceled limit order (not post-only, not reduce-only).
     *
     * @param id the client order id
     * @param ticker the market's ticker
     * @param side the side to trade
     * @param action buy or sell
     * @param count the contracts, positive
     * @param price the limit price
     * @return the request
     * @throws IllegalArgumentException as the constructor
     */
    public static OrderRequest limit(ClientOrderId id, String ticker, Side side, OrderAction action, Contracts count, Price price) {
        return new OrderRequest(id, ticker, side, action, count, price, TimeInForce.GOOD_TILL_CANCELED, false, false);
    }

    /**
     * An immediate-or-cancel order at a worst acceptable price (Kalshi has no market order); a sell is reduce-only.
     *
     * @param id the client order id
     * @param ticker the market's ticker
     * @param side the side to trade
     * @param action buy or sell
     * @param count the contracts, positive
     * @param worstPrice the worst acceptable price
     * @return the request
     * @throws IllegalArgumentException as the constructor
     */
    public static OrderRequest immediateOrCancel(ClientOrderId id, String ticker, Side side, OrderAction action, Contracts count, Price worstPrice) {
        return new OrderRequest(id, ticker, side, action, count, worstPrice, TimeInForce.IMMEDIATE_OR_CANCEL, false, action == OrderAction.SELL);
    }
}
