package com.precog.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    @Test
    void derivesAsksAndSpreadFromBidsOnly() {
        OrderBook b = new OrderBook("KXNFLGAME-25SEP07DETGB-GB");
        b.setLevel(Side.YES, 270_000, 3154);
        b.setLevel(Side.YES, 260_000, 100);
        b.setLevel(Side.NO, 720_000, 2000);
        assertThat(b.bestBidMicros(Side.YES)).isEqualTo(270_000);
        assertThat(b.bestAskMicros(Side.YES)).isEqualTo(280_000);
        assertThat(b.bestAskMicros(Side.NO)).isEqualTo(730_000);
        assertThat(b.spreadMicros()).isEqualTo(10_000);
        assertThat(b.top().askMicros(Side.YES)).isEqualTo(280_000);
        assertThat(b.buyableQuantity(Side.NO, 730_000)).isEqualTo(3154);
        assertThat(b.buyableQuantity(Side.NO, 740_000)).isEqualTo(3254);
        assertThat(b.sellableQuantity(Side.YES, 265_000)).isEqualTo(3154);
    }

    @Test
    void deltaThatWouldGoNegative_isRefusedAndBookUnchanged() {
        OrderBook b = new OrderBook("T");
        b.setLevel(Side.YES, 500_000, 100);
        assertThat(b.applyDelta(Side.YES, 500_000, -101)).isFalse();
        assertThat(b.quantityAt(Side.YES, 500_000)).isEqualTo(100);
        assertThat(b.applyDelta(Side.YES, 500_000, -100)).isTrue();
        assertThat(b.depth(Side.YES)).isZero();
        assertThat(b.spreadMicros()).isEqualTo(-1);
    }

    @Test
    void randomDeltas_matchAReferenceSortedMap() {
        Random r = new Random(42);
        OrderBook b = new OrderBook("T");
        TreeMap<Long, Long> ref = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            long price = (1 + r.nextInt(99)) * 10_000L;
            long delta = r.nextInt(2000) - 900;
            long cur = ref.getOrDefault(price, 0L);
            boolean ok = b.applyDelta(Side.YES, price, delta);
            assertThat(ok).isEqualTo(cur + delta >= 0);
            if (ok) {
                if (cur + delta == 0) ref.remove(price);
                else ref.put(price, cur + delta);
            }
        }
        assertThat(b.depth(Side.YES)).isEqualTo(ref.size());
        assertThat(b.bestBidMicros(Side.YES)).isEqualTo(ref.isEmpty() ? 0 : ref.lastKey());
        long[][] levels = b.levelsAscending(Side.YES);
        int k = 0;
        for (var e : ref.entrySet()) {
            assertThat(levels[k][0]).isEqualTo(e.getKey());
            assertThat(levels[k][1]).isEqualTo(e.getValue());
            k++;
        }
        assertThat(b.copy().sameLevelsAs(b)).isTrue();
    }

    @Test
    void tickLadder_walksAcrossRangesWithTheLocalTick() {
        TickLadder t = TickLadder.tapered();
        assertThat(t.tickAt(50_000)).isEqualTo(1_000);
        assertThat(t.tickAt(500_000)).isEqualTo(10_000);
        assertThat(t.tickUp(99_000)).isEqualTo(100_000);
        assertThat(t.tickUp(100_000)).isEqualTo(110_000);
        assertThat(t.tickDown(100_000)).isEqualTo(99_000);
        assertThat(t.tickDown(900_000)).isEqualTo(890_000);
        assertThat(t.tickUp(900_000)).isEqualTo(901_000);
        assertThat(t.roundPassive(com.precog.domain.money.Price.parse("0.4567"), OrderAction.BUY).toString()).isEqualTo("0.4500");
        assertThat(t.roundPassive(com.precog.domain.money.Price.parse("0.4567"), OrderAction.SELL).toString()).isEqualTo("0.4600");
        assertThat(TickLadder.of(java.util.List.of(TickLadder.Range.of("0.0000", "1.0000", "0.0100")))).isEqualTo(TickLadder.cent());
    }

    /** An off-ladder price beyond the ladder's last tick has no tick above (below) it: the price itself, never $1 or $0. */
    @Test
    void tickLadder_offLadderPricesBeyondItsEnds_stayValidPrices() {
        TickLadder half = TickLadder.uniform(5_000);
        assertThat(half.tickUp(999_000)).isEqualTo(999_000);
        assertThat(half.tickUp(993_000)).isEqualTo(995_000);
        assertThat(TickLadder.cent().tickDown(100)).isEqualTo(100);
        assertThat(TickLadder.cent().tickDown(10_100)).isEqualTo(10_000);
        net.jqwik.api.Arbitraries.longs().between(1, 999_999).sampleStream().limit(20_000).forEach(p -> {
            for (TickLadder t : java.util.List.of(TickLadder.cent(), half, TickLadder.tapered(), TickLadder.uniform(2_000))) {
                assertThat(t.tickUp(p)).as("tickUp(%d)", p).isBetween(1L, 999_999L).isGreaterThanOrEqualTo(p);
                assertThat(t.tickDown(p)).as("tickDown(%d)", p).isBetween(1L, 999_999L).isLessThanOrEqualTo(p);
            }
        });
    }

    @Test
    void tickRangeText_anErrorSaysWhatIsWrongWithTheValue() {
        assertThat(TickLadder.Range.of(" 0.1 ", "0.9000", "0.005")).isEqualTo(new TickLadder.Range(100_000, 900_000, 5_000));
        // a value too large for micro-dollars was reported as having "more than 6 decimal places"
        assertThatThrownBy(() -> TickLadder.Range.of("0", "99999999999999999", "0.01")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tick range end '99999999999999999' is too large");
        assertThatThrownBy(() -> TickLadder.Range.of("0", "1", "0.0000001")).hasMessageContaining("tick step '0.0000001' has more than 6 decimal places");
        assertThatThrownBy(() -> TickLadder.Range.of(null, "1", "0.01")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tick range start");
    }
}
