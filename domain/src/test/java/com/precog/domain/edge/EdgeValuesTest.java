package com.precog.domain.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Liquidity;
import com.precog.domain.money.Price;
import com.precog.domain.money.Probability;
import com.precog.domain.order.ExecutionEnvironment;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EdgeValuesTest {
    private static final Instant T0 = Instant.parse("2026-09-07T12:00:00Z");
    private static final BookTop TOP = new BookTop(630_000, 100, 350_000, 100);

    private static Edge yesEdge() {
        return Edge.taker(FeeSchedule.standard(), Side.YES, Probability.of("0.72"), Price.of("0.65"));
    }

    @Test
    void observation_keepsInputs_andRejectsInconsistentOnes() {
        EdgeObservation o = new EdgeObservation(T0, ExecutionEnvironment.PAPER, "KX", yesEdge(), Probability.of("0.72"), Probability.of("0.70"),
                Probability.of("0.74"), Probability.of("0.8"), "elo@v1.0", TOP, EdgeAction.ALERT);
        assertThat(o.edge().allInCost()).isEqualTo(Dollars.of("0.666"));
        assertThat(o.edge().isPositive()).isTrue();
        assertThatThrownBy(() -> new EdgeObservation(T0, ExecutionEnvironment.PAPER, " ", yesEdge(), Probability.of("0.72"), Probability.of("0.7"),
                Probability.of("0.74"), Probability.of("0.8"), "m", TOP, EdgeAction.ALERT)).hasMessageContaining("marketTicker");
        assertThatThrownBy(() -> new EdgeObservation(T0, ExecutionEnvironment.PAPER, "KX", yesEdge(), Probability.of("0.72"), Probability.of("0.75"),
                Probability.of("0.74"), Probability.of("0.8"), "m", TOP, EdgeAction.ALERT)).hasMessageContaining("ciLow");
        assertThatThrownBy(() -> new EdgeObservation(T0, ExecutionEnvironment.PAPER, "KX", yesEdge(), Probability.of("0.72"), Probability.of("0.7"),
                Probability.of("0.74"), Probability.of("0.8"), "", TOP, EdgeAction.ALERT)).hasMessageContaining("modelVersion");
        assertThatThrownBy(() -> new EdgeObservation(T0, ExecutionEnvironment.PAPER, "KX", yesEdge(), Probability.of("0.60"), Probability.of("0.5"),
                Probability.of("0.74"), Probability.of("0.8"), "m", TOP, EdgeAction.ALERT)).hasMessageContaining("does not match");
    }

    @Test
    void edgeMath_takerAndMakerHandleMissingQuotes() {
        FeeSchedule f = FeeSchedule.withMakerFees();
        assertThat(EdgeMath.takerEdgeUnits(f, 720_000, 0)).isEqualTo(EdgeMath.NO_QUOTE);
        assertThat(EdgeMath.makerEdgeUnits(f, 720_000, 1_000_000)).isEqualTo(EdgeMath.NO_QUOTE);
        assertThat(EdgeMath.takerEdgeUnits(f, 720_000, 650_000)).isEqualTo(Dollars.of("0.054").units());
        // maker fee 0.0175 × 0.65 × 0.35 = 0.00398 → 0.0040
        assertThat(EdgeMath.makerEdgeUnits(f, 720_000, 650_000)).isEqualTo(Dollars.of("0.066").units());
        assertThat(EdgeMath.sideProbability(false, 720_000)).isEqualTo(280_000);
    }

    @Test
    void marketEdges_fromBookTop_exposeEverySlot() {
        MarketEdges e = new MarketEdges();
        EdgeDetector.scan(280_000, TOP, FeeSchedule.standard(), TickLadder.cent(), e);
        assertThat(e.yesProbabilityMillionths()).isEqualTo(280_000);
        assertThat(e.bestTakerSide()).isEqualTo(Side.NO);
        assertThat(e.priceMicros(Side.NO, Liquidity.TAKER)).isEqualTo(370_000);
        assertThat(e.feeUnits(Side.NO, Liquidity.TAKER)).isEqualTo(Dollars.of("0.0164").units());
        assertThat(e.bestTakerEdgeUnits()).isEqualTo(e.edgeUnits(Side.NO, Liquidity.TAKER));
        assertThat(e.edge(Side.NO, Liquidity.MAKER).price()).isEqualTo(Price.of("0.36"));
        assertThatThrownBy(() -> EdgeDetector.scan(1_000_001, TOP, FeeSchedule.standard(), TickLadder.cent(), e)).hasMessageContaining("yesProbability");
    }

    @Test
    void thresholdsAndGates_validate() {
        assertThatThrownBy(() -> ActionThresholds.of("0", "0.15")).hasMessageContaining("alert");
        assertThatThrownBy(() -> ActionThresholds.of("0.10", "0.05")).hasMessageContaining("autoExecute");
        assertThat(EdgeAction.AUTO_EXECUTE.wireName()).isEqualTo("auto_execute");
        assertThat(ConfidenceGate.defaults().signals(Probability.of("0.71"))).isTrue();
        assertThatThrownBy(() -> new ConfidenceGate(Probability.of("0.6"), Probability.of("0.55"))).hasMessageContaining("floor");
        assertThatThrownBy(() -> new Edge(Side.YES, Liquidity.TAKER, Price.of("0.5"), Probability.of("0.6"), Dollars.of("-0.01"), Dollars.of("0.11")))
                .hasMessageContaining("feePerContract");
    }

    @Test
    void executionEnvironment_parsesAndClassifies() {
        assertThat(ExecutionEnvironment.parse(" Paper ")).isEqualTo(ExecutionEnvironment.PAPER);
        assertThat(ExecutionEnvironment.BACKTEST.wireName()).isEqualTo("backtest");
        assertThat(ExecutionEnvironment.BACKTEST.isSimulated()).isTrue();
        assertThat(ExecutionEnvironment.DEMO.isSimulated()).isFalse();
        assertThat(ExecutionEnvironment.LIVE.isRealMoney()).isTrue();
        assertThat(ExecutionEnvironment.PAPER.isRealMoney()).isFalse();
        assertThatThrownBy(() -> ExecutionEnvironment.parse("prod")).hasMessageContaining("'prod'");
        assertThatThrownBy(() -> ExecutionEnvironment.parse(null)).hasMessageContaining("null");
    }
}
