package com.precog.runner.cli.trading;

import com.precog.application.port.out.OrderJournal;
import com.precog.application.port.out.OrderRecord;
import com.precog.application.port.out.TradeRecord;
import com.precog.domain.order.ClientOrderId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Append-only {@link OrderJournal} as two JSON-lines files (orders, trades); the CLI's store until PostgreSQL is wired. */
public final class FileOrderJournal implements OrderJournal {
    private final JsonLines orders;
    private final JsonLines trades;

    public FileOrderJournal(Path dir) {
        this.orders = new JsonLines(dir.resolve("orders.jsonl"));
        this.trades = new JsonLines(dir.resolve("trades.jsonl"));
    }

    @Override
    public synchronized void recordOrder(OrderRecord order) {
        if (order(order.request().clientOrderId()).isPresent()) {
            throw new IllegalStateException("order " + order.request().clientOrderId() + " is already recorded (append-only)");
        }
        orders.append(TradingJson.order(order));
    }

    @Override
    public synchronized boolean recordTrade(TradeRecord trade) {
        String id = trade.fill().fillId();
        if (trades().stream().anyMatch(t -> t.fill().fillId().equals(id))) return false;
        trades.append(TradingJson.trade(trade));
        return true;
    }

    @Override
    public synchronized Optional<OrderRecord> order(ClientOrderId id) {
        return orders().stream().filter(o -> o.request().clientOrderId().equals(id)).findFirst();
    }

    @Override
    public synchronized List<OrderRecord> orders() {
        return orders.readAll(TradingJson::order);
    }

    @Override
    public synchronized List<TradeRecord> trades() {
        return trades.readAll(TradingJson::trade);
    }
}
