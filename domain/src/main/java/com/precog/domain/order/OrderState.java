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
 * fills; {@code rejectReason} is empty unless REJECTED. Immutable and thread-safe.
 *
 * @param clientOrderId the order's client id
 * @param exchangeOrderId the exchange's order id; {@code null} becomes {@code ""}
 * @param marketTicker the market's ticker
 * @param side the side traded
 * @param action buy or sell
 * @param limitPrice the order's limit price
 * @param requested the contracts requested
 * @param filled the contracts filled so far
 * @param remaining the contracts still resting
 * @param status where the order stands
 * @param averageFillPrice the average price of the fills, empty until something fills
 * @param feesPaid the fees paid so far
 * @param rejectReason why the order was rejected, {@code ""} otherwise; {@code null} becomes {@code ""}
 * @param filledValue what the fills came to at their own prices, fees apart (exact: a sale filled across price levels is
 *        booked at this, not at the rounded average); {@link Dollars#ZERO} until something fills
 */
public record OrderState(ClientOrderId clientOrderId, String exchangeOrderId, String marketTicker, Side side, OrderAction action,
                         Price limitPrice, Contracts requested, Contracts filled, Contracts remaining, OrderStatus status,
                         java.util.Optional<Price> averageFillPrice, Dollars feesPaid, String rejectReason, Dollars filledValue) {
    /**
     * Validates the state.
     *
     * @throws IllegalArgumentException if {@code filled + remaining > requested}
     * @throws NullPointerException if a component other than the two strings is null
     */
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
        Objects.requireNonNull(filledValue, "filledValue");
        if (filledValue.isNegative()) throw new IllegalArgumentException("filledValue must not be negative, was " + filledValue);
        if (filled.plus(remaining).compareTo(requested) > 0) {
            throw new IllegalArgumentException("filled " + filled + " + remaining " + remaining + " exceeds requested " + requested);
        }
    }

    /**
     * A state whose fill value is {@code filled × averageFillPrice} (exact when every fill had that price; the average is
     * rounded to $0.000001 otherwise): for a venue that reports only an average.
     *
     * @param clientOrderId the order's client id
     * @param exchangeOrderId the exchange's order id; {@code null} becomes {@code ""}
     * @param marketTicker the market's ticker
     * @param side the side traded
     * @param action buy or sell
     * @param limitPrice the order's limit price
     * @param requested the contracts requested
     * @param filled the contracts filled so far
     * @param remaining the contracts still resting
     * @param status where the order stands
     * @param averageFillPrice the average price of the fills, empty until something fills
     * @param feesPaid the fees paid so far
     * @param rejectReason why the order was rejected, {@code ""} otherwise; {@code null} becomes {@code ""}
     */
    public OrderState(ClientOrderId clientOrderId, String exchangeOrderId, String marketTicker, Side side, OrderAction action,
                      Price limitPrice, Contracts requested, Contracts filled, Contracts remaining, OrderStatus status,
                      java.util.Optional<Price> averageFillPrice, Dollars feesPaid, String rejectReason) {
        this(clientOrderId, exchangeOrderId, marketTicker, side, action, limitPrice, requested, filled, remaining, status, averageFillPrice,
                feesPaid, rejectReason, Objects.requireNonNull(averageFillPrice, "averageFillPrice").isPresent()
                        ? Objects.requireNonNull(filled, "filled").times(averageFillPrice.get()) : Dollars.ZERO);
    }

    /**
     * A rejection of a request that never reached the book.
     *
     * @param r the rejected request
     * @param reason why, for the operator
     * @return a {@link OrderStatus#REJECTED} state with nothing filled
     */
    public static OrderState rejected(OrderRequest r, String reason) {
        return new OrderState(r.clientOrderId(), "", r.marketTicker(), r.side(), r.action(), r.limitPrice(), r.count(),
                Contracts.ZERO, Contracts.ZERO, OrderStatus.REJECTED, java.util.Optional.empty(), Dollars.ZERO, reason);
    }

    /** {@return {@code true} while the order rests on the book} */
    public boolean isOpen() {
        return status == OrderStatus.RESTING;
    }
}
