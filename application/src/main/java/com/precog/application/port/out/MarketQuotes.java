package com.precog.application.port.out;

import com.precog.domain.market.BookTop;
import java.util.Optional;

/**
 * A fresh top of book on request (the REST fallback when the streamed book is older than the
 * monitor's price cache). Each call costs the shared API budget one token.
 */
public interface MarketQuotes {
    /** The current top of book of {@code marketTicker}, empty when the venue does not know it. */
    Optional<BookTop> fetchTop(String marketTicker);
}
