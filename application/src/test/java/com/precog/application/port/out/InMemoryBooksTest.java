package com.precog.application.port.out;

import com.precog.domain.market.OrderBook;

class InMemoryBooksTest extends CurrentBooksContract {
    @Override
    protected CurrentBooks newBooks() {
        return new InMemoryBooks();
    }

    @Override
    protected void given(CurrentBooks books, OrderBook book) {
        ((InMemoryBooks) books).put(book);
    }
}
