package com.precog.application.port.out;

import com.precog.domain.order.ClientOrderId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory append-only {@link OrderJournal}. */
public final class InMemoryOrderJournal implements OrderJournal {
    private final Map<ClientOrderId, OrderRecord> orders = new LinkedHashMap<>();
    private final List<TradeRecord> trades = new ArrayList<>();
    private final Set<String> fillIds = new HashSet<>();

    @Override
    public synchronized void recordOrder(OrderRecord order) {
        ClientOrderId id = order.request().clientOrderId();
        if (orders.containsKey(id)) throw new IllegalStateException("order " + id + " is already recorded (append-only)");
        orders.put(id, order);
    }

    @Override
    public synchronized boolean recordTrade(TradeRecord trade) {
        if (!fillIds.add(trade.fill().fillId())) return false;
        trades.add(trade);
        return true;
    }

    @Override
    public synchronized Optional<OrderRecord> order(ClientOrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public synchronized List<OrderRecord> orders() {
        return List.copyOf(orders.values());
    }

    @Override
    public synchronized List<TradeRecord> trades() {
        return List.copyOf(trades);
    }
}
