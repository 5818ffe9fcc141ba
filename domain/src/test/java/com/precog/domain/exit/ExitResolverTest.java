package com.precog.domain.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.money.Contracts;
import com.precog.domain.money.FeeSchedule;
import com.precog.domain.position.ConfidenceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExitResolverTest {

    /** A condition of a given kind that fires when told to. */
    private record Fixed(ExitConditionKind kind, boolean fires, long qty) implements ExitCondition {
        @Override
        public boolean triggered(ExitContext ctx) {
            return fires;
        }

        @Override
        public long quantityHundredths(ExitContext ctx) {
            return qty;
        }
    }

    private static final ExitConditionKind[] TABLE = java.util.Arrays.copyOf(ExitConditionKind.values(), 10);

    static Stream<Arguments> everyPair() {
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < TABLE.length; i++) {
            for (int j = i + 1; j < TABLE.length; j++) out.add(Arguments.of(TABLE[i], TABLE[j]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @MethodSource("everyPair")
    void everyPairwiseConflict_higherPriorityThenTableOrderWins_andTheOtherIsRecorded(ExitConditionKind a, ExitConditionKind b) {
        List<ExitCondition> conditions = new ArrayList<>();
        for (ExitConditionKind k : TABLE) conditions.add(new Fixed(k, k == a || k == b, 10_000));
        // shuffle the construction order: the resolver must not depend on it
        java.util.Collections.reverse(conditions);
        ExitDecision d = new ExitResolver(conditions).resolve(Contexts.at(600_000));
        ExitConditionKind expected = a.priority().ordinal() < b.priority().ordinal() ? a
                : b.priority().ordinal() < a.priority().ordinal() ? b : (a.ordinal() < b.ordinal() ? a : b);
        ExitConditionKind loser = expected == a ? b : a;
        assertThat(d).isInstanceOf(ExitDecision.Exit.class);
        ExitDecision.Exit exit = (ExitDecision.Exit) d;
        assertThat(exit.condition()).isEqualTo(expected);
        assertThat(exit.conflicting()).containsExactly(loser);
        assertThat(exit.priority()).isEqualTo(expected.priority());
    }

    @Test
    void tableIsOrderedByPriority_soTheTieBreakIsTheTableOrder() {
        for (int i = 1; i < TABLE.length; i++) {
            assertThat(TABLE[i].priority().ordinal()).isGreaterThanOrEqualTo(TABLE[i - 1].priority().ordinal());
        }
    }

    @Test
    void nothingFires_holds() {
        assertThat(ExitResolver.defaults().resolve(Contexts.at(600_000))).isEqualTo(ExitDecision.Hold.INSTANCE);
    }

    @Test
    void aTriggeredConditionWithNothingToSell_doesNotWin() {
        ExitResolver r = new ExitResolver(List.of(new Fixed(ExitConditionKind.STOP_LOSS, true, 0),
                new Fixed(ExitConditionKind.EARLY_EXIT, true, 500)));
        ExitDecision.Exit exit = (ExitDecision.Exit) r.resolve(Contexts.at(600_000));
        assertThat(exit.condition()).isEqualTo(ExitConditionKind.EARLY_EXIT);
        assertThat(exit.quantity()).isEqualTo(Contracts.ofHundredths(500));
        assertThat(exit.conflicting()).containsExactly(ExitConditionKind.STOP_LOSS);
    }

    @Test
    void duplicateKinds_areRejected() {
        assertThatThrownBy(() -> new ExitResolver(List.of(StopLoss.defaults(), StopLoss.defaults()))).hasMessageContaining("twice");
    }

    // ---- realistic conflicts with the real conditions

    @Test
    void givenStopLossAndTrailingStop_resolve_picksCriticalStopLoss() {
        ExitContext ctx = Contexts.at(500_000).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 10_000, 0, true, 660_000);
        ExitDecision.Exit exit = (ExitDecision.Exit) ExitResolver.defaults().resolve(ctx);
        assertThat(exit.condition()).isEqualTo(ExitConditionKind.STOP_LOSS);
        assertThat(exit.conflicting()).contains(ExitConditionKind.TRAILING_STOP);
        assertThat(exit.quantity()).isEqualTo(Contracts.of(100));
    }

    @Test
    void givenBreakerAndStopLoss_resolve_picksStopLossByTableOrder() {
        ExitContext ctx = Contexts.at(500_000).flattenRequired(true);
        ExitDecision.Exit exit = (ExitDecision.Exit) ExitResolver.defaults().resolve(ctx);
        assertThat(exit.condition()).isEqualTo(ExitConditionKind.STOP_LOSS);
        assertThat(exit.conflicting()).containsExactly(ExitConditionKind.CIRCUIT_BREAKER);
    }

    @Test
    void givenPartialStageAndEarlyExit_resolve_picksMediumPartial_withItsStages() {
        // +15% with the model at 0.68: edge = 0.68 - (0.69 - 0.0150) = 0.005 < 0.02: early exit fires too
        ExitContext ctx = Contexts.at(690_000).probability(680_000);
        ExitDecision.Exit exit = (ExitDecision.Exit) ExitResolver.defaults().resolve(ctx);
        assertThat(exit.condition()).isEqualTo(ExitConditionKind.PARTIAL_EXIT_TARGET);
        assertThat(exit.partialStages()).isEqualTo(0b01);
        assertThat(exit.quantity()).isEqualTo(Contracts.of(50));
        assertThat(exit.conflicting()).contains(ExitConditionKind.EARLY_EXIT);
    }

    @Test
    void givenLiquidityAndEdgeGone_resolve_picksHighLiquidity() {
        ExitContext ctx = Contexts.at(600_000).market(600_000, 650_000, 50_000, 100_000, Contexts.NOW, -1, false, FeeSchedule.standard())
                .probability(500_000);
        ExitDecision.Exit exit = (ExitDecision.Exit) ExitResolver.defaults().resolve(ctx);
        assertThat(exit.condition()).isEqualTo(ExitConditionKind.LIQUIDITY_DRIED_UP);
        assertThat(exit.conflicting()).containsExactly(ExitConditionKind.EARLY_EXIT, ExitConditionKind.EDGE_DISAPPEARED);
    }

    @Test
    void profitTargetAndPartialExit_neverFireTogether() {
        ExitResolver r = ExitResolver.defaults();
        for (long bid = 600_000; bid < 1_000_000; bid += 1_000) {
            for (int stages = 0; stages < 4; stages++) {
                ExitContext ctx = Contexts.at(bid).position(ConfidenceLevel.HIGH, Contexts.ENTRY_UNITS, 10_000, 10_000, stages, false, 0);
                int mask = r.triggeredMask(ctx);
                assertThat((mask & ExitConditionKind.PROFIT_TARGET.bit()) != 0 && (mask & ExitConditionKind.PARTIAL_EXIT_TARGET.bit()) != 0)
                        .as("bid %d stages %d", bid, stages).isFalse();
            }
        }
    }

    @Test
    void nearAny_detectsTheUrgentBand() {
        ExitResolver r = ExitResolver.defaults();
        assertThat(r.nearAny(Contexts.at(600_000), 20_000)).isFalse();
        assertThat(r.nearAny(Contexts.at(522_000), 20_000)).isTrue(); // near the stop loss
        assertThat(r.nearAny(Contexts.at(678_000), 20_000)).isTrue(); // +13%: near partial stage 1
    }
}
