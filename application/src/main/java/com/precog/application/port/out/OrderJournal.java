package com.precog.application.port.out;

import com.precog.domain.order.ClientOrderId;
import java.util.List;
import java.util.Optional;

/**
 * Orders (decisions) and trades (executions), append-only. Every row carries its attribution
 * and execution environment. A second order with the same client order id fails; a fill already
 * recorded (same fill id) is ignored, so replaying fills is safe.
 */
public interface OrderJournal {
    /** Appends an order decision; {@link IllegalStateException} if its client order id is already recorded. */
    void recordOrder(OrderRecord order);

    /** Appends a trade; returns false (and records nothing) when the fill id is already recorded. */
    boolean recordTrade(TradeRecord trade);

    Optional<OrderRecord> order(ClientOrderId id);

    /** Every order in recording order. */
    List<OrderRecord> orders();

    /** Every trade in recording order. */
    List<TradeRecord> trades();

    /** Trades of one order in recording order. */
    default List<TradeRecord> tradesOf(ClientOrderId id) {
        return trades().stream().filter(t -> t.fill().clientOrderId().equals(id)).toList();
    }
}
