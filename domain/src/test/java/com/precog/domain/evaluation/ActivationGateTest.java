package com.precog.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ActivationGateTest {
    private final ActivationGate gate = new ActivationGate(GateCriteria.specDefaults());

    private static GateEvidence preGame(int n, double acc, double brier, double ece, double marketBrier) {
        return new GateEvidence(ModelPhase.PRE_GAME, n, acc, brier, ece, n, OptionalDouble.of(brier), OptionalDouble.of(marketBrier), "run-1");
    }

    @Test
    void preGameModel_isNotHeldToAbsoluteBrier_onlyToTheMarket() {
        GateDecision d = gate.evaluate(preGame(2000, 0.65, 0.215, 0.03, 0.213));
        assertThat(d).isInstanceOf(GateDecision.Passed.class);
        assertThat(d.checks()).extracting(GateCheck::criterion).doesNotContain(ActivationGate.BRIER);
    }

    @Test
    void inGameModel_isHeldToBrier020() {
        GateEvidence e = new GateEvidence(ModelPhase.IN_GAME, 500, 0.7, 0.21, 0.05, 500, OptionalDouble.of(0.21), OptionalDouble.of(0.21), "r");
        GateDecision d = gate.evaluate(e);
        assertThat(d).isInstanceOf(GateDecision.Refused.class);
        assertThat(((GateDecision.Refused) d).failures()).singleElement().satisfies(c -> {
            assertThat(c.criterion()).isEqualTo("brier");
            assertThat(c.margin()).isCloseTo(-0.01, org.assertj.core.data.Offset.offset(1e-12));
        });
    }

    @Test
    void refusal_namesEveryFailedCriterionAndByHowMuch() {
        GateDecision d = gate.evaluate(preGame(50, 0.51, 0.240, 0.12, 0.213));
        assertThat(d).isInstanceOf(GateDecision.Refused.class);
        GateDecision.Refused r = (GateDecision.Refused) d;
        assertThat(r.failures()).extracting(GateCheck::criterion)
                .containsExactly("predictions", "accuracy", "ece", "brier_minus_market_brier", "market_games");
        assertThat(r.reason()).contains("predictions 50 < 100 (short by 50)", "accuracy 0.5100 < 0.5200 (short by 0.0100)",
                "ece 0.1200 > 0.1000 (over by 0.0200)", "brier_minus_market_brier 0.0270 > 0.0100 (over by 0.0170)",
                "market_games 50 < 100 (short by 50)");
    }

    /** 2,438 predictions, a market line on 3 of them where the market missed: no comparison "on the same predictions". */
    @Test
    void aMarketComparisonOnAFewGames_doesNotPass() {
        GateEvidence e = new GateEvidence(ModelPhase.PRE_GAME, 2438, 0.62, 0.22, 0.03, 3, OptionalDouble.of(0.30), OptionalDouble.of(0.68), "r");
        GateDecision d = gate.evaluate(e);
        assertThat(d).isInstanceOf(GateDecision.Refused.class);
        assertThat(((GateDecision.Refused) d).failures()).singleElement().satisfies(c -> {
            assertThat(c.criterion()).isEqualTo(ActivationGate.MARKET_GAMES);
            assertThat(c.margin()).isEqualTo(-97.0);
        });
        assertThat(gate.evaluate(new GateEvidence(ModelPhase.PRE_GAME, 2438, 0.62, 0.22, 0.03, 100, OptionalDouble.of(0.30),
                OptionalDouble.of(0.68), "r"))).as("at the minimum").isInstanceOf(GateDecision.Passed.class);
    }

    @Test
    void missingMarketBenchmark_fails() {
        GateEvidence e = new GateEvidence(ModelPhase.PRE_GAME, 500, 0.6, 0.2, 0.02, 0, OptionalDouble.empty(), OptionalDouble.empty(), "r");
        GateDecision d = gate.evaluate(e);
        assertThat(d).isInstanceOf(GateDecision.Refused.class);
        assertThat(((GateDecision.Refused) d).reason()).contains("brier_minus_market_brier: no value");
    }

    @Test
    void boundariesAreInclusive() {
        assertThat(gate.evaluate(preGame(100, 0.52, 0.22, 0.10, 0.21))).isInstanceOf(GateDecision.Passed.class);
    }
}
