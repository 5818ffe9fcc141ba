/**
 * Kalshi market structure: the two {@link com.precog.domain.market.Side sides} of a binary
 * contract, the bids-only {@link com.precog.domain.market.OrderBook order book} and its
 * immutable {@link com.precog.domain.market.BookTop top}, the
 * {@link com.precog.domain.market.TickLadder tick ladder} of valid prices (rounding toward the
 * passive side) and the {@link com.precog.domain.market.Market market} itself. Prices are
 * micro-dollars and quantities hundredths of a contract in the {@code long}-typed methods;
 * asks are derived ({@code yes_ask = 1 − no_bid}). {@code OrderBook} is a single-threaded
 * workspace; everything else is immutable.
 */
package com.precog.domain.market;
