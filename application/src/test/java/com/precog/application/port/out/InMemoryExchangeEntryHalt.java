package com.precog.application.port.out;

import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ExchangeEntryHalt} for tests and paper venues: an {@link OrderGateway} decorator that
 * remembers the entry (not reduce-only) orders placed through it, cancels those still resting on
 * {@link #halt} and refuses new entry orders (REJECTED) until {@link #resume} — what a Kalshi
 * order group does at the exchange. {@link #failNext} makes halt/resume throw as an unreachable
 * exchange would.
 */
public final class InMemoryExchangeEntryHalt implements ExchangeEntryHalt {
    private final OrderGateway delegate;
    private final Set<OrderRequest> entries = new LinkedHashSet<>();
    private final List<String> calls = new ArrayList<>();
    private final List<java.util.function.Consumer<String>> haltListeners = new ArrayList<>();
    private boolean halted;
    private int failures;

    public InMemoryExchangeEntryHalt(OrderGateway delegate) {
        this.delegate = delegate;
    }

    /** The gateway whose entry orders the halt governs. */
    public OrderGateway gateway() {
        return gateway;
    }

    /** halt/resume calls that reached the "exchange", in order ("halt: reason", "resume: reason"). */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized void failNext(int n) {
        failures = n;
    }

    @Override
    public synchronized void halt(String reason) {
        if (failures > 0) {
            failures--;
            throw new IllegalStateException("exchange unreachable (test)");
        }
        calls.add("halt: " + reason);
        halted = true;
        for (OrderRequest r : entries) {
            Optional<OrderState> s = delegate.find(r.clientOrderId());
            if (s.isPresent() && s.get().isOpen()) delegate.cancel(r.marketTicker(), r.clientOrderId());
        }
    }

    @Override
    public synchronized void resume(String reason) {
        if (failures > 0) {
            failures--;
            throw new IllegalStateException("exchange unreachable (test)");
        }
        calls.add("resume: " + reason);
        halted = false;
    }

    @Override
    public synchronized boolean halted() {
        return halted;
    }

    @Override
    public synchronized void onHaltedByExchange(java.util.function.Consumer<String> listener) {
        haltListeners.add(listener);
    }

    /**
     * The "exchange" halts entries by itself (as a Kalshi order group past its cap does): resting
     * entries are canceled, new ones refused, and the listeners are told (outside this lock).
     */
    public void haltByExchange(String reason) {
        List<java.util.function.Consumer<String>> tell;
        synchronized (this) {
            halted = true;
            for (OrderRequest r : entries) {
                Optional<OrderState> s = delegate.find(r.clientOrderId());
                if (s.isPresent() && s.get().isOpen()) delegate.cancel(r.marketTicker(), r.clientOrderId());
            }
            tell = List.copyOf(haltListeners);
        }
        tell.forEach(l -> l.accept(reason));
    }

    private final OrderGateway gateway = new OrderGateway() {
        @Override
        public OrderState place(OrderRequest request) {
            synchronized (InMemoryExchangeEntryHalt.this) {
                if (!request.reduceOnly()) {
                    if (halted) return OrderState.rejected(request, "order_group_triggered");
                    entries.add(request);
                }
            }
            return delegate.place(request);
        }

        @Override
        public OrderState cancel(String marketTicker, ClientOrderId clientOrderId) {
            return delegate.cancel(marketTicker, clientOrderId);
        }

        @Override
        public OrderState amend(String marketTicker, ClientOrderId clientOrderId, Price newPrice, Contracts newCount) {
            return delegate.amend(marketTicker, clientOrderId, newPrice, newCount);
        }

        @Override
        public OrderState decrease(String marketTicker, ClientOrderId clientOrderId, Contracts reduceBy) {
            return delegate.decrease(marketTicker, clientOrderId, reduceBy);
        }

        @Override
        public Optional<OrderState> find(ClientOrderId clientOrderId) {
            return delegate.find(clientOrderId);
        }

        @Override
        public List<OrderState> openOrders() {
            return delegate.openOrders();
        }

        @Override
        public List<Fill> fillsSince(Instant since) {
            return delegate.fillsSince(since);
        }
    };
}
