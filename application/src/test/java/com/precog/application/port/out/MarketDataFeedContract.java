package com.precog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MarketDataFeed} must do. The implementation's venue has market
 * {@link #ticker()}; {@link #venueSetsLevel} changes one level there.
 */
public abstract class MarketDataFeedContract {
    protected abstract MarketDataFeed feed();

    protected abstract String ticker();

    /** Makes the venue's book have {@code hundredths} at this level (pushing it to subscribers). */
    protected abstract void venueSetsLevel(Side side, long priceMicros, long hundredths);

    /** The venue's current book of {@link #ticker()}. */
    protected abstract OrderBook venueBook();

    protected static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 5 s");
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void givenASubscription_venueChanges_reachTheLocalBookAndTheListener() {
        try (MarketDataFeed f = feed()) {
            List<BookTop> seen = new CopyOnWriteArrayList<>();
            f.addListener((t, top) -> seen.add(top));
            f.subscribe(List.of(ticker()));
            venueSetsLevel(Side.YES, 330_000, 1_200);
            await(() -> f.book(ticker()).map(b -> b.quantityAt(Side.YES, 330_000) == 1_200).orElse(false));
            assertThat(f.book(ticker()).orElseThrow().sameLevelsAs(venueBook())).isTrue();
            assertThat(f.top(ticker())).isPresent();
            await(() -> !seen.isEmpty());
        }
    }

    @Test
    void givenNoSubscription_orAfterUnsubscribe_theBookIsAbsent() {
        try (MarketDataFeed f = feed()) {
            assertThat(f.top(ticker())).isEmpty();
            f.subscribe(List.of(ticker()));
            venueSetsLevel(Side.NO, 600_000, 700);
            await(() -> f.book(ticker()).map(b -> b.quantityAt(Side.NO, 600_000) == 700).orElse(false));
            f.unsubscribe(List.of(ticker()));
            assertThat(f.book(ticker())).isEmpty();
        }
    }
}
