package com.precog.domain.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.execution.AttemptOutcome;
import com.precog.domain.execution.ExecutionPolicy;
import com.precog.domain.execution.ExitAttempt;
import com.precog.domain.execution.ExitOrderType;
import com.precog.domain.execution.FirstPrice;
import com.precog.domain.execution.UrgencyPlan;
import com.precog.domain.execution.WalksExhausted;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.money.Price;
import com.precog.domain.order.ClientOrderId;
import com.precog.domain.order.ExecutionEnvironment;
import com.precog.domain.position.ConfidenceLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExitValuesTest {
    private static final Instant T = Instant.parse("2025-09-07T17:00:00Z");

    @Test
    void enums_roundTripTheirWireNames() {
        for (ExitPriority p : ExitPriority.values()) assertThat(ExitPriority.parse(p.wireName())).isEqualTo(p);
        for (ExitConditionKind k : ExitConditionKind.values()) assertThat(ExitConditionKind.parse(k.wireName())).isEqualTo(k);
        for (AttemptOutcome o : AttemptOutcome.values()) assertThat(AttemptOutcome.parse(o.wireName())).isEqualTo(o);
        for (ExitOrderType t : ExitOrderType.values()) assertThat(ExitOrderType.parse(t.wireName())).isEqualTo(t);
        assertThat(ExitPriority.CRITICAL.outranks(ExitPriority.HIGH)).isTrue();
        assertThat(ExitPriority.LOW.outranks(ExitPriority.LOW)).isFalse();
        assertThat(ExitConditionKind.ofMask(ExitConditionKind.STOP_LOSS.bit() | ExitConditionKind.REBALANCE.bit()))
                .containsExactly(ExitConditionKind.STOP_LOSS, ExitConditionKind.REBALANCE);
        assertThatThrownBy(() -> ExitPriority.parse("soon")).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> ExitConditionKind.parse("whim")).hasMessageContaining("'whim'");
        assertThatThrownBy(() -> AttemptOutcome.parse(null)).hasMessageContaining("null");
        assertThatThrownBy(() -> ExitOrderType.parse("market")).hasMessageContaining("'market'");
        assertThat(FirstPrice.values()).hasSize(4);
        assertThat(WalksExhausted.valueOf("CANCEL")).isEqualTo(WalksExhausted.CANCEL);
    }

    @Test
    void attempt_validatesFillsAgainstQuantity() {
        ExitAttempt ok = new ExitAttempt("p", "M", ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, ExitOrderType.IOC,
                ClientOrderId.of("c1"), Price.of("0.45"), Optional.of(Price.of("0.50")), Contracts.of(10), Contracts.of(10), 1,
                Duration.ofSeconds(5), AttemptOutcome.FILLED, null, T);
        assertThat(ok.reason()).isEmpty();
        assertThatThrownBy(() -> new ExitAttempt("p", "M", ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, ExitOrderType.IOC,
                ClientOrderId.of("c1"), Price.of("0.45"), Optional.empty(), Contracts.of(1), Contracts.of(2), 1, Duration.ZERO,
                AttemptOutcome.FILLED, "", T)).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> new ExitAttempt("p", "M", ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, ExitOrderType.IOC,
                ClientOrderId.of("c1"), Price.of("0.45"), Optional.empty(), Contracts.of(1), Contracts.of(1), 1, Duration.ZERO,
                AttemptOutcome.FILLED, "", T)).hasMessageContaining("fillPrice");
        assertThatThrownBy(() -> new ExitAttempt("p", "M", ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, ExitOrderType.IOC,
                ClientOrderId.of("c1"), Price.of("0.45"), Optional.empty(), Contracts.of(1), Contracts.ZERO, 0, Duration.ZERO,
                AttemptOutcome.UNFILLED, "", T)).hasMessageContaining("attemptNumber");
        assertThatThrownBy(() -> new ExitAttempt(" ", "M", ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, ExitOrderType.IOC,
                ClientOrderId.of("c1"), Price.of("0.45"), Optional.empty(), Contracts.of(1), Contracts.ZERO, 1, Duration.ZERO,
                AttemptOutcome.UNFILLED, "", T)).hasMessageContaining("positionId");
        assertThatThrownBy(() -> new ExitAttempt("p", "", ExitConditionKind.STOP_LOSS, ExitPriority.CRITICAL, ExitOrderType.IOC,
                ClientOrderId.of("c1"), Price.of("0.45"), Optional.empty(), Contracts.of(1), Contracts.ZERO, 1, Duration.ZERO,
                AttemptOutcome.UNFILLED, "", T)).hasMessageContaining("marketTicker");
    }

    @Test
    void positionExit_validates() {
        PositionExit e = new PositionExit("x", "p", "M", ExitConditionKind.PROFIT_TARGET, ExitPriority.MEDIUM, Contracts.of(5),
                Price.of("0.75"), Dollars.ZERO, Dollars.of("0.75"), Contracts.ZERO, List.of(), ExecutionEnvironment.BACKTEST, T);
        assertThat(e.conflictingTriggers()).isEmpty();
        assertThatThrownBy(() -> new PositionExit("", "p", "M", ExitConditionKind.PROFIT_TARGET, ExitPriority.MEDIUM, Contracts.of(5),
                Price.of("0.75"), Dollars.ZERO, Dollars.ZERO, Contracts.ZERO, List.of(), ExecutionEnvironment.BACKTEST, T))
                .hasMessageContaining("exitId");
        assertThatThrownBy(() -> new PositionExit("x", "", "M", ExitConditionKind.PROFIT_TARGET, ExitPriority.MEDIUM, Contracts.of(5),
                Price.of("0.75"), Dollars.ZERO, Dollars.ZERO, Contracts.ZERO, List.of(), ExecutionEnvironment.BACKTEST, T))
                .hasMessageContaining("positionId");
        assertThatThrownBy(() -> new PositionExit("x", "p", " ", ExitConditionKind.PROFIT_TARGET, ExitPriority.MEDIUM, Contracts.of(5),
                Price.of("0.75"), Dollars.ZERO, Dollars.ZERO, Contracts.ZERO, List.of(), ExecutionEnvironment.BACKTEST, T))
                .hasMessageContaining("marketTicker");
        assertThatThrownBy(() -> new PositionExit("x", "p", "M", ExitConditionKind.PROFIT_TARGET, ExitPriority.MEDIUM, Contracts.ZERO,
                Price.of("0.75"), Dollars.ZERO, Dollars.ZERO, Contracts.ZERO, List.of(), ExecutionEnvironment.BACKTEST, T))
                .hasMessageContaining("quantity");
        assertThatThrownBy(() -> new PositionExit("x", "p", "M", ExitConditionKind.PROFIT_TARGET, ExitPriority.MEDIUM, Contracts.of(1),
                Price.of("0.75"), Dollars.of("-0.01"), Dollars.ZERO, Contracts.ZERO, List.of(), ExecutionEnvironment.BACKTEST, T))
                .hasMessageContaining("fees");
    }

    @Test
    void decision_validates() {
        assertThatThrownBy(() -> new ExitDecision.Exit(ExitConditionKind.STOP_LOSS, Contracts.ZERO, 0, List.of())).hasMessageContaining("quantity");
        assertThatThrownBy(() -> new ExitDecision.Exit(ExitConditionKind.STOP_LOSS, Contracts.of(1), -1, List.of())).hasMessageContaining("partialStages");
        assertThatThrownBy(() -> new ExitDecision.Exit(ExitConditionKind.STOP_LOSS, Contracts.of(1), 0, List.of(ExitConditionKind.STOP_LOSS)))
                .hasMessageContaining("itself");
    }

    @Test
    void plansAndPolicy_validate() {
        assertThatThrownBy(() -> new UrgencyPlan(ExitPriority.LOW, FirstPrice.MID, Duration.ZERO, 1, WalksExhausted.CANCEL)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> new UrgencyPlan(ExitPriority.LOW, FirstPrice.MID, Duration.ofSeconds(1), 101, WalksExhausted.CANCEL)).hasMessageContaining("maxWalks");
        Map<ExitPriority, UrgencyPlan> m = new EnumMap<>(ExitPriority.class);
        for (ExitPriority p : ExitPriority.values()) m.put(p, UrgencyPlan.defaultFor(p));
        assertThat(new ExecutionPolicy(m, 0).maxSlippageMicros()).isZero();
        assertThatThrownBy(() -> new ExecutionPolicy(m, 1_000_000)).hasMessageContaining("maxSlippageMicros");
        m.put(ExitPriority.LOW, UrgencyPlan.defaultFor(ExitPriority.HIGH));
        assertThatThrownBy(() -> new ExecutionPolicy(m, 0)).hasMessageContaining("names priority");
        m.remove(ExitPriority.LOW);
        assertThatThrownBy(() -> new ExecutionPolicy(m, 0)).hasMessageContaining("cover priority LOW");
    }

    @Test
    void context_fromABookTop_andItsGuards() {
        ExitContext ctx = new ExitContext().position(ConfidenceLevel.MEDIUM, 60_000_000L, 755, 755, 0b01, true, 650_000)
                .market(new BookTop(600_000, 100, 380_000, 100), Side.NO, 5_000, 1_000, 2_000, true, FeeSchedule.standard());
        assertThat(ctx.markMicros()).isEqualTo(380_000);
        assertThat(ctx.askMicros()).isEqualTo(400_000);
        assertThat(ctx.spreadMicros()).isEqualTo(20_000);
        assertThat(ctx.volume24hHundredths()).isEqualTo(5_000);
        assertThat(ctx.nowMillis()).isEqualTo(1_000);
        assertThat(ctx.closeMillis()).isEqualTo(2_000);
        assertThat(ctx.fractional()).isTrue();
        assertThat(ctx.tradable(377)).isEqualTo(377);
        assertThat(ctx.stagesDone()).isEqualTo(1);
        assertThat(ctx.trailingStopMicros()).isEqualTo(650_000);
        assertThat(ctx.confidence()).isEqualTo(ConfidenceLevel.MEDIUM);
        assertThat(ctx.candidateEdgeMicros()).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> ctx.position(ConfidenceLevel.HIGH, 0, 1, 1, 0, false, 0)).hasMessageContaining("entryCostUnitsPerContract");
        assertThatThrownBy(() -> ctx.position(ConfidenceLevel.HIGH, 1, 1, 2, 0, false, 0)).hasMessageContaining("quantities");
        assertThatThrownBy(() -> ctx.probability(1_000_001)).hasMessageContaining("heldProbabilityMillionths");
        assertThat(new TrailingStopExit().near(Contexts.at(660_000).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 10_000, 0,
                true, 650_000), 20_000)).isTrue();
        assertThat(TimeBasedUrgent.defaults().near(Contexts.at(605_000).market(605_000, 615_000, 10_000, -1, 0, 600_000, false,
                FeeSchedule.standard()), 20_000)).isTrue();
        assertThat(LiquidityDriedUp.defaults().near(Contexts.at(600_000).market(600_000, 620_000, 20_000, -1, 0, -1, false,
                FeeSchedule.standard()), 20_000)).isTrue();
        assertThat(new EdgeDisappeared().near(Contexts.at(600_000).probability(600_000), 20_000)).isTrue();
        assertThat(EarlyExit.defaults().near(Contexts.at(600_000).probability(620_000), 20_000)).isTrue();
        assertThat(ProfitTarget.defaults(null).near(Contexts.at(740_000), 20_000)).isTrue();
        assertThatThrownBy(() -> new LiquidityDriedUp(0, 1)).hasMessageContaining("maxSpreadMicros");
        assertThatThrownBy(() -> new LiquidityDriedUp(1, -1)).hasMessageContaining("minVolumeHundredths");
        assertThatThrownBy(() -> new EarlyExit(-1)).hasMessageContaining("thresholdMicros");
        assertThatThrownBy(() -> new Rebalance(0)).hasMessageContaining("minImprovementMicros");
        assertThatThrownBy(() -> new ProfitTarget(0, 1, 1, null)).hasMessageContaining("highPpm");
        assertThat(ExitResolver.defaults().conditions()).hasSize(10);
    }

    @Test
    void loadingAPosition_recomputesTheCurrentEdgeFromItsMark_whateverTheOrderTheGroupsAreLoaded() {
        // 10 YES bought at 0.60, last marked at 0.58: holding is worth 0.55 − (0.58 − fee 0.0171) = −0.0129 a contract
        com.precog.domain.position.Position p = com.precog.domain.position.Position.open("p", "M", "E", Side.YES,
                com.precog.domain.position.ConfidenceLevel.HIGH, ExecutionEnvironment.PAPER, "", "", Price.of("0.60"), Dollars.ZERO,
                Contracts.of(10), com.precog.domain.position.TrailingStopConfig.balanced(), java.time.Instant.EPOCH)
                .withMark(Price.of("0.58"), java.time.Instant.EPOCH);
        ExitContext probabilityFirst = new ExitContext().probability(com.precog.domain.money.Probability.of("0.55")).load(p);
        ExitContext probabilityLast = new ExitContext().load(p).probability(com.precog.domain.money.Probability.of("0.55"));
        assertThat(probabilityLast.edgeKnown()).isTrue();
        assertThat(probabilityLast.currentEdgeMicros()).isEqualTo(-12_900);
        // the edge used to stay "unknown" (computed before there was a mark), so edge_disappeared could not fire
        assertThat(probabilityFirst.edgeKnown()).isTrue();
        assertThat(probabilityFirst.currentEdgeMicros()).isEqualTo(-12_900);
        assertThat(ExitResolver.defaults().triggeredMask(probabilityFirst)).isEqualTo(ExitResolver.defaults().triggeredMask(probabilityLast));
    }
}
