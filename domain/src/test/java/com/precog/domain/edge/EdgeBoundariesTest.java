package com.precog.domain.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Probability;
import org.junit.jupiter.api.Test;

/**
 * Edge detection at its edges (written against the mutants PIT left alive, docs/QUALITY.md):
 * a reused {@link MarketEdges}, the top of the ladder, equal taker edges, and the confidence
 * gate's floor and signal threshold.
 */
class EdgeBoundariesTest {
    private static final TickLadder CENT = TickLadder.cent();

    @Test
    void aReusedResult_losesItsMakerQuoteWhenTheBidDisappears() {
        MarketEdges e = new MarketEdges();
        EdgeDetector.scan(600_000, 450_000, 450_000, FeeSchedule.standard(), CENT, e);
        assertThat(e.hasQuote(Side.YES, Liquidity.MAKER)).isTrue();
        EdgeDetector.scan(600_000, 0, 450_000, FeeSchedule.standard(), CENT, e); // the YES bid is gone
        assertThat(e.hasQuote(Side.YES, Liquidity.MAKER)).isFalse();
        assertThat(e.hasQuote(Side.YES, Liquidity.TAKER)).isTrue();
        assertThat(e.hasQuote(Side.NO, Liquidity.TAKER)).isFalse();
    }

    @Test
    void aRestingBuy_atTheHighestPrice_staysOnTheBid() {
        assertThat(EdgeDetector.restingBuyPrice(CENT, 990_000, 0)).isEqualTo(990_000);
        assertThat(EdgeDetector.restingBuyPrice(CENT, 500_000, 0)).isEqualTo(510_000);
        assertThat(EdgeDetector.restingBuyPrice(CENT, 500_000, 510_000)).isEqualTo(500_000);
    }

    @Test
    void equalTakerEdges_preferYes() {
        MarketEdges e = new MarketEdges();
        EdgeDetector.scan(500_000, 450_000, 450_000, FeeSchedule.standard(), CENT, e); // both asks 0.55 at p = 0.5
        assertThat(e.edgeUnits(Side.YES, Liquidity.TAKER)).isEqualTo(e.edgeUnits(Side.NO, Liquidity.TAKER));
        assertThat(e.bestTakerSide()).isEqualTo(Side.YES);
    }

    @Test
    void confidenceGate_floorIsInclusive_signalThresholdIsStrict() {
        ConfidenceGate g = ConfidenceGate.defaults(); // floor 0.50, signal above 0.70
        assertThat(g.isBelowFloor(500_000)).isFalse();
        assertThat(g.isBelowFloor(499_999)).isTrue();
        assertThat(g.signals(Probability.of("0.70"))).isFalse();
        assertThat(g.signals(Probability.of("0.700001"))).isTrue();
        assertThat(g.signals(Probability.of("0.40"))).isFalse();
    }
}
