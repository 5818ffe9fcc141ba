package com.precog.adapters.kalshi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.adapters.kalshi.BookFeedHarness;
import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it claims: every frame takes the fast path, no gap, no bad frame, the book stays valid. */
class OrderbookDeltaBenchTest {
    @Test
    void everyBenchmarkFrameIsAppliedOnTheFastPath() {
        OrderbookDeltaBench b = new OrderbookDeltaBench();
        b.setup();
        for (int k = 0; k < OrderbookDeltaBench.FRAMES; k++) {
            b.deltaToBook();
            if (k == 0) assertThat(b.feed.book().orElseThrow().quantityAt(Side.YES, 300_000) + b.feed.book().orElseThrow().quantityAt(Side.NO, 300_000))
                    .isGreaterThan(0);
        }
        assertThat(b.feed.fastFrames()).isEqualTo(OrderbookDeltaBench.FRAMES);
        assertThat(b.feed.gaps()).isZero();
        assertThat(b.feed.badFrames()).isZero();
        // every +q was followed by −q: back to the snapshot, 20 levels of 1000.00 per side
        assertThat(b.feed.book().orElseThrow().depth(Side.YES)).isEqualTo(20);
        assertThat(b.feed.book().orElseThrow().quantityAt(Side.NO, 1_000_000 - 400_000)).isEqualTo(100_000);
    }

    @Test
    void everyFrameTakesTheByteAndTheCompactStringPath_andBothEndOnTheSameBook() {
        OrderbookDeltaBench b = new OrderbookDeltaBench();
        b.setup();
        for (int k = 0; k < OrderbookDeltaBench.FRAMES; k++) {
            assertThat(BookFeedHarness.takesUtf8Path(b.utf8[k])).isTrue();
            assertThat(BookFeedHarness.takesCompactStringPath(b.frames[k])).isTrue();
        }
        // the first half of the frames applied from bytes equals the same frames applied from Strings
        BookFeedHarness fromBytes = b.feed;
        for (int k = 0; k < OrderbookDeltaBench.FRAMES / 2 + 1; k++) b.deltaToBook();
        OrderBook viaBytes = fromBytes.book().orElseThrow();
        b.reset();
        for (int k = 0; k < OrderbookDeltaBench.FRAMES / 2 + 1; k++) b.deltaToBookFromString();
        OrderBook viaStrings = b.feed.book().orElseThrow();
        assertThat(viaBytes.sameLevelsAs(viaStrings)).isTrue();
        assertThat(viaBytes.depth(Side.YES) + viaBytes.depth(Side.NO)).isGreaterThanOrEqualTo(40);
        assertThat(fromBytes.fastFrames() + b.feed.fastFrames()).isGreaterThan(0);
        assertThat(fromBytes.badFrames() + b.feed.badFrames()).isZero();
    }
}
