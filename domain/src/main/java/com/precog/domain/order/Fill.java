package com.precog.domain.order;

import com.precog.domain.market.OrderAction;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.util.Objects;

/** One execution of (part of) an order: price of the side traded, count, liquidity role and fee. Immutable. */
public record Fill(String fillId, ClientOrderId clientOrderId, String exchangeOrderId, String marketTicker, Side side,
                   OrderAction action, Price price, Contracts count, Liquidity liquidity, Dollars fee, Instant time) {
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

    /** Cash effect of this fill: a buy pays {@code count × price + fee}, a sell receives {@code count × price − fee}. */
    public Dollars cashDelta() {
        Dollars notional = count.times(price);
        return action == OrderAction.BUY ? notional.plus(fee).negate() : notional.minus(fee);
    }
}
