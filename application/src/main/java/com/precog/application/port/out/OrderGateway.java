package com.precog.application.port.out;

import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.Fill;
import com.precog.domain.order.OrderRequest;
import com.precog.domain.order.OrderState;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Price;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where orders go: the Kalshi exchange (demo or live) or the paper broker. Implementations
 * never retry a submission blindly: after an ambiguous failure they look the order up by its
 * {@link ClientOrderId} and resubmit only if it does not exist.
 *
 * <p>Business refusals come back as an {@link OrderState} with status REJECTED; exceptions mean
 * broken infrastructure ({@link OrderGatewayException}).
 */
public interface OrderGateway {
    /** Sends a new order; returns its state right after submission (resting, filled, canceled for IOC, or rejected). */
    OrderState place(OrderRequest request);

    /** Cancels the rest of an open order; returns its final state. */
    OrderState cancel(String marketTicker, ClientOrderId clientOrderId);

    /**
     * Changes price and/or count of a resting order (keeps the same client order id). {@code newCount} is the
     * order's new <em>total</em> count, filled part included (Kalshi's amend semantics), and must exceed what
     * has filled.
     */
    OrderState amend(String marketTicker, ClientOrderId clientOrderId, Price newPrice, Contracts newCount);

    /** Reduces a resting order's remaining count by {@code reduceBy}. */
    OrderState decrease(String marketTicker, ClientOrderId clientOrderId, Contracts reduceBy);

    /** The current state of an order, if the venue knows it. */
    Optional<OrderState> find(ClientOrderId clientOrderId);

    /** Every order still resting. */
    List<OrderState> openOrders();

    /**
     * Fills since {@code since} (inclusive), oldest first. {@code since} is compared with the
     * venue's own fill times, stamped by its clock: ask from {@link #CLOCK_SLACK} before an instant
     * of ours, or a fill stamped by a venue clock running behind ours is never seen.
     */
    List<Fill> fillsSince(Instant since);

    /** How far a venue's clock may run behind ours for fill lookups (NTP keeps it under a second; a drifting host may not). */
    java.time.Duration CLOCK_SLACK = java.time.Duration.ofSeconds(60);

    /** Infrastructure failure talking to the venue (after the implementation's own safe retries). */
    class OrderGatewayException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OrderGatewayException(String message, Throwable cause) {
            super(message, cause);
        }

        public OrderGatewayException(String message) {
            super(message);
        }
    }
}
