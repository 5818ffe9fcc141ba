package com.precog.application.port.out;

import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;

class InMemoryMarketDataFeedTest extends MarketDataFeedContract {
    private final InMemoryMarketDataFeed feed = new InMemoryMarketDataFeed();
    private final OrderBook venue = new OrderBook("KXTEST-A");

    @Override
    protected MarketDataFeed feed() {
        return feed;
    }

    @Override
    protected String ticker() {
        return "KXTEST-A";
    }

    @Override
    protected void venueSetsLevel(Side side, long priceMicros, long hundredths) {
        venue.setLevel(side, priceMicros, hundredths);
        feed.publish(venue);
    }

    @Override
    protected OrderBook venueBook() {
        return venue;
    }
}
