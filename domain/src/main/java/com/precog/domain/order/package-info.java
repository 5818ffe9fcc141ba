/**
 * Orders as Precog sends and tracks them: the never-reused
 * {@link com.precog.domain.order.ClientOrderId client order id}, the limit
 * {@link com.precog.domain.order.OrderRequest request}, the exchange's
 * {@link com.precog.domain.order.OrderState state} and {@link com.precog.domain.order.Fill fills},
 * and the {@link com.precog.domain.order.ExecutionEnvironment environment} (backtest, paper, demo,
 * live) every money record carries. All types are immutable and thread-safe.
 */
package com.precog.domain.order;
