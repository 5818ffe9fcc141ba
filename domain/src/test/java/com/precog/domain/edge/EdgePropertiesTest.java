package com.precog.domain.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class EdgePropertiesTest {
    private static final FeeSchedule FEES = FeeSchedule.standard();
    private static final FeeSchedule NO_FEES = new FeeSchedule(0, 0);

    @Property
    void yesNoSymmetry_yesEdgeAtPriceEqualsNoEdgeOfComplements(@ForAll @LongRange(min = 0, max = 1_000_000) long p,
                                                               @ForAll @LongRange(min = 1, max = 999_999) long price) {
        Edge yes = Edge.taker(FEES, Side.YES, Probability.ofMillionths(p), Price.ofMicros(price));
        // the same bet seen from the other side: P(NO)=1-p, buying NO at the same price
        Edge no = Edge.taker(FEES, Side.NO, Probability.ofMillionths(1_000_000 - p), Price.ofMicros(price));
        assertThat(yes.value()).isEqualTo(no.value());
        assertThat(yes.feePerContract()).isEqualTo(no.feePerContract());
    }

    @Property
    void detectorIsSymmetric_swappingBookSidesAndProbabilitySwapsEdges(@ForAll @LongRange(min = 0, max = 1_000_000) long p,
                                                                     @ForAll @LongRange(min = 0, max = 99) long yesBidCents,
                                                                     @ForAll @LongRange(min = 0, max = 99) long noBidCents) {
        MarketEdges a = new MarketEdges();
        MarketEdges b = new MarketEdges();
        EdgeDetector.scan(p, yesBidCents * 10_000, noBidCents * 10_000, FEES, TickLadder.cent(), a);
        EdgeDetector.scan(1_000_000 - p, noBidCents * 10_000, yesBidCents * 10_000, FEES, TickLadder.cent(), b);
        for (Liquidity l : Liquidity.values()) {
            assertThat(a.edgeUnits(Side.YES, l)).isEqualTo(b.edgeUnits(Side.NO, l));
            assertThat(a.edgeUnits(Side.NO, l)).isEqualTo(b.edgeUnits(Side.YES, l));
        }
    }

    @Property
    void edgeDecreasesAsPriceRises(@ForAll @LongRange(min = 0, max = 1_000_000) long p,
                                   @ForAll @LongRange(min = 1, max = 999_998) long price,
                                   @ForAll @LongRange(min = 1, max = 10_000) long step) {
        long higher = Math.min(999_999, price + step);
        for (Side side : Side.values()) {
            Edge low = Edge.taker(FEES, side, Probability.ofMillionths(p), Price.ofMicros(price));
            Edge high = Edge.taker(FEES, side, Probability.ofMillionths(p), Price.ofMicros(higher));
            // the fee is quadratic but its slope (≤ 0.07) is always below the price's slope (1)
            assertThat(high.value().units()).isLessThanOrEqualTo(low.value().units() + FeeSchedule.ROUNDING_UNIT.units());
            // a rise of 0.0002 or more outweighs any one-step drop of the rounded fee (≤ $0.0001): strictly lower
            if (higher - price >= 200) assertThat(high.value()).isLessThan(low.value());
        }
    }

    @Property
    void feeAlwaysReducesEdge(@ForAll @LongRange(min = 0, max = 1_000_000) long p, @ForAll @LongRange(min = 1, max = 999_999) long price) {
        for (Side side : Side.values()) {
            Edge withFee = Edge.taker(FEES, side, Probability.ofMillionths(p), Price.ofMicros(price));
            Edge free = Edge.taker(NO_FEES, side, Probability.ofMillionths(p), Price.ofMicros(price));
            assertThat(withFee.feePerContract().isPositive()).isTrue();
            assertThat(withFee.value()).isLessThan(free.value());
            Edge maker = Edge.of(FeeSchedule.withMakerFees(), side, Liquidity.MAKER, Probability.ofMillionths(p), Price.ofMicros(price));
            assertThat(maker.value()).isLessThan(free.value());
            assertThat(maker.value()).isGreaterThanOrEqualTo(withFee.value());
        }
    }

    @Property
    void noEdgeWhenProbabilityEqualsPrice(@ForAll @LongRange(min = 1, max = 999_999) long price) {
        Edge yes = Edge.taker(FEES, Side.YES, Probability.ofMillionths(price), Price.ofMicros(price));
        Edge no = Edge.taker(FEES, Side.NO, Probability.ofMillionths(1_000_000 - price), Price.ofMicros(price));
        assertThat(yes.isPositive()).isFalse();
        assertThat(no.isPositive()).isFalse();
        assertThat(Edge.taker(NO_FEES, Side.YES, Probability.ofMillionths(price), Price.ofMicros(price)).value().isZero()).isTrue();
    }
}
