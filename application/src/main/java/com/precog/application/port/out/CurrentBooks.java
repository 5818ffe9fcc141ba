package com.precog.application.port.out;

import com.precog.domain.market.OrderBook;
import java.util.Optional;

/**
 * The current local order book of a market (live stream, recorded replay or a snapshot). The
 * returned book must not be mutated by the caller; callers on another thread than the book's
 * writer must use a copy.
 */
@FunctionalInterface
public interface CurrentBooks {
    Optional<OrderBook> book(String marketTicker);
}
