package com.precog.domain.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.OrderBook;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdgeDetectorTest {
    @Test
    void givenBook_scan_usesAsksFromOppositeBidsAndKalshiFee() {
        OrderBook book = new OrderBook("T");
        book.setLevel(Side.YES, 630_000, 5_000); // yes bid 0.63 → no ask 0.37
        book.setLevel(Side.NO, 350_000, 2_000);  // no bid 0.35 → yes ask 0.65
        MarketEdges e = new MarketEdges();
        EdgeDetector.scan(720_000, book, FeeSchedule.withMakerFees(), TickLadder.cent(), e);

        Edge yes = e.edge(Side.YES, Liquidity.TAKER);
        assertThat(yes.price()).isEqualTo(Price.of("0.65"));
        // 0.07 × 0.65 × 0.35 = 0.015925 → ceil to 0.0001 = 0.0160
        assertThat(yes.feePerContract()).isEqualTo(Dollars.of("0.016"));
        assertThat(yes.value()).isEqualTo(Dollars.of("0.054")); // 0.72 − 0.65 − 0.016
        Edge no = e.edge(Side.NO, Liquidity.TAKER);
        assertThat(no.price()).isEqualTo(Price.of("0.37"));
        assertThat(no.value()).isEqualTo(Dollars.of("-0.1064")); // 0.28 − 0.37 − 0.0164 (0.07 × 0.37 × 0.63 = 0.016317 → 0.0164)
    }

    @Test
    void makerPrice_improvesBidByOneTickBelowAsk_elseJoins() {
        assertThat(EdgeDetector.restingBuyPrice(TickLadder.cent(), 600_000, 650_000)).isEqualTo(610_000);
        assertThat(EdgeDetector.restingBuyPrice(TickLadder.cent(), 640_000, 650_000)).isEqualTo(640_000);
        assertThat(EdgeDetector.restingBuyPrice(TickLadder.cent(), 640_000, 0)).isEqualTo(650_000);
    }

    @Test
    void emptySide_hasNoQuote() {
        MarketEdges e = new MarketEdges();
        EdgeDetector.scan(500_000, 0, 0, FeeSchedule.standard(), TickLadder.cent(), e);
        assertThat(e.hasQuote(Side.YES, Liquidity.TAKER)).isFalse();
        assertThat(e.bestTakerEdgeUnits()).isEqualTo(EdgeMath.NO_QUOTE);
        assertThatThrownBy(() -> e.edge(Side.YES, Liquidity.TAKER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thresholds_strictestWins_andEfficiencyAddsPerFullStep() {
        EdgeThresholds t = EdgeThresholds.defaults();
        long pre = Dollars.of("0.08").units();
        assertThat(t.requiredUnits(pre, "NFL", 0)).isEqualTo(pre);
        assertThat(t.requiredUnits(Dollars.of("0.02").units(), "TENNIS", 0)).isEqualTo(Dollars.of("0.07").units());
        assertThat(t.requiredUnits(Dollars.of("0.02").units(), "nfl", 0)).isEqualTo(Dollars.of("0.05").units());
        assertThat(t.requiredUnits(pre, "NFL", 790_000)).isEqualTo(Dollars.of("0.10").units()); // +2 full steps above 0.50
        assertThat(t.required(Dollars.of("0.02"), "XYZ", Probability.of("0.5"))).isEqualTo(Dollars.of("0.02"));
        assertThatThrownBy(() -> new EdgeThresholds(Map.of("NFL", Dollars.of("0.6")), Probability.HALF, Probability.of("0.1"), Dollars.ZERO))
                .hasMessageContaining("NFL");
    }

    @Test
    void confidenceGate_signalsOnlyAboveSeventy_neverBelowFifty() {
        ConfidenceGate g = ConfidenceGate.defaults();
        assertThat(g.signals(700_000)).isFalse();
        assertThat(g.signals(700_001)).isTrue();
        assertThat(g.isBelowFloor(499_999)).isTrue();
        assertThatThrownBy(() -> ConfidenceGate.signalAbove(Probability.of("0.4"))).hasMessageContaining("0.5");
        ConfidenceGate loose = ConfidenceGate.signalAbove(Probability.HALF);
        assertThat(loose.signals(499_999)).isFalse();
        assertThat(loose.signals(600_000)).isTrue();
    }

    @Test
    void actions_followIgnoreAlertAutoBoundaries() {
        ActionThresholds a = ActionThresholds.defaults();
        assertThat(a.actionFor(Dollars.of("0.0499"))).isEqualTo(EdgeAction.IGNORE);
        assertThat(a.actionFor(Dollars.of("0.05"))).isEqualTo(EdgeAction.ALERT);
        assertThat(a.actionFor(Dollars.of("0.1499"))).isEqualTo(EdgeAction.ALERT);
        assertThat(a.actionFor(Dollars.of("0.15"))).isEqualTo(EdgeAction.AUTO_EXECUTE);
        assertThat(a.isRecorded(Dollars.of("0.04").units())).isFalse();
    }

    @Test
    void edgeRecord_rejectsInconsistentValue() {
        assertThatThrownBy(() -> new Edge(Side.YES, Liquidity.TAKER, Price.of("0.5"), Probability.of("0.6"), Dollars.of("0.0175"), Dollars.of("0.1")))
                .hasMessageContaining("edge value");
    }
}
