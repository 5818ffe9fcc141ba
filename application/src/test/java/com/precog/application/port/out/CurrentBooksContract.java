package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link CurrentBooks} must have; {@link #given} makes the implementation hold a book. */
public abstract class CurrentBooksContract {
    protected abstract CurrentBooks newBooks();

    protected abstract void given(CurrentBooks books, OrderBook book);

    @Test
    void unknownMarket_isEmpty_knownMarketHasItsLevels() {
        CurrentBooks books = newBooks();
        assertThat(books.book("KX-NONE")).isEmpty();
        OrderBook b = new OrderBook("KX-A");
        b.setLevel(Side.YES, 600_000, 1_000);
        b.setLevel(Side.NO, 350_000, 2_000);
        given(books, b);
        OrderBook got = books.book("KX-A").orElseThrow();
        assertThat(got.sameLevelsAs(b)).isTrue();
        assertThat(got.bestAskMicros(Side.YES)).isEqualTo(650_000);
    }
}
