package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.BookTop;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link MarketQuotes}: a known market returns a valid top, an unknown one
 * is empty (not an exception). Subclasses supply a source that knows {@link #knownTicker()}
 * with YES bid {@link #knownTop()}.
 */
public abstract class MarketQuotesContract {
    protected abstract MarketQuotes quotes();

    protected abstract String knownTicker();

    protected abstract BookTop knownTop();

    @Test
    void knownMarket_returnsItsTop() {
        assertThat(quotes().fetchTop(knownTicker())).contains(knownTop());
    }

    @Test
    void unknownMarket_isEmpty() {
        assertThat(quotes().fetchTop("KXNOPE-00JAN01-X")).isEmpty();
    }
}
