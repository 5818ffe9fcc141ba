package com.precog.domain.order;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution of (part of) an order: price of the side traded, count, liquidity role and fee.
 * Immutable and thread-safe.
 *
 * @param fillId the exchange's (or paper broker's) fill id, not blank
 * @param clientOrderId the order this fill belongs to
 * @param exchangeOrderId the exchange's order id; {@code null} becomes {@code ""}
 * @param marketTicker the market's ticker
 * @param side the side traded
 * @param action buy or sell
 * @param price the execution price of {@code side}
 * @param count the contracts filled, positive
 * @param liquidity whether the fill took or made liquidity
 * @param fee the fee charged for this fill, non-negative (rounded up to $0.0001 by the exchange)
 * @param time when the fill happened
 */
public record Fill(String fillId, ClientOrderId clientOrderId, String exchangeOrderId, String marketTicker, Side side,
                   OrderAction action, Price price, Contracts count, Liquidity liquidity, Dollars fee, Instant time) {
    /**
     * Validates the fill.
     *
     * @throws IllegalArgumentException if the fill id is blank, the count is not positive or the fee is negative
     * @throws NullPointerException if another component is null
     */
    public Fill {
        if (fillId == null || fillId.isBlank()) throw new IllegalArgumentException("fillId must not be blank");
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        exchangeOrderId = exchangeOrderId == null ? "" : exchangeOrderId;
        Objects.requireNonNull(marketTicker, "marketTicker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(count, "count");
        if (!count.isPositive()) throw new IllegalArgumentException("fill count must be positive, was " + count);
        Objects.requireNonNull(liquidity, "liquidity");
        Objects.requireNonNull(fee, "fee");
        if (fee.isNegative()) throw new IllegalArgumentException("fee must not be negative, was " + fee);
        Objects.requireNonNull(time, "time");
    }

    /**
     * Cash effect of this fill on the balance.
     *
     * @return a buy: {@code −(count × price + fee)}; a sell: {@code count × price − fee}; exact
     */
    public Dollars cashDelta() {
        Dollars notional = count.times(price);
        return action == OrderAction.BUY ? notional.plus(fee).negate() : notional.minus(fee);
    }
}
