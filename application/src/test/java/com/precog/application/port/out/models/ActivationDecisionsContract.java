package com.precog.application.port.out.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.evaluation.ActivationGate;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.GateDecision;
import com.precog.domain.evaluation.GateEvidence;
import com.precog.domain.evaluation.ModelPhase;
import com.precog.domain.model.ModelRef;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every {@link ActivationDecisions} implementation passes. */
public abstract class ActivationDecisionsContract {
    protected abstract ActivationDecisions newStore();

    private ActivationDecisions store;
    private static final ModelRef WEAK = ModelRef.parse("weak@v1.0");

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    /** A refusal: accuracy 0.51 (short by 0.01) and Brier 0.027 over the market (over by 0.017). */
    public static GateDecision refusal() {
        return new ActivationGate(GateCriteria.specDefaults()).evaluate(new GateEvidence(ModelPhase.PRE_GAME, 2173, 0.51, 0.2398, 0.0412,
                2173, OptionalDouble.of(0.2398), OptionalDouble.of(0.2128), "eval-weak-1"));
    }

    /** A pass of an in-game version (the closing-spread baseline as its benchmark). */
    public static GateDecision pass() {
        return new ActivationGate(GateCriteria.specDefaults()).evaluate(new GateEvidence(ModelPhase.IN_GAME, 91_378, 0.7712345678901234,
                0.1598765432109876, 0.0123, 91_378, OptionalDouble.of(0.1598765432109876), OptionalDouble.of(0.1653), "ingame-1"));
    }

    @Test
    void refusal_keepsTheFailedCriteriaAndHowMuch_exactly() {
        GateDecision refused = refusal();
        assertThat(refused).isInstanceOf(GateDecision.Refused.class);
        store.record(new ActivationDecisions.ActivationDecision(WEAK, refused, ModelTestData.T0));
        var back = store.forModel(WEAK);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).passed()).isFalse();
        assertThat(back.get(0).decidedAt()).isEqualTo(ModelTestData.T0);
        assertThat(back.get(0).decision()).isEqualTo(refused);
        assertThat(((GateDecision.Refused) back.get(0).decision()).reason())
                .contains("accuracy 0.5100 < 0.5200 (short by 0.0100)", "brier_minus_market_brier 0.0270 > 0.0100 (over by 0.0170)");
    }

    @Test
    void forModel_isNewestFirst_andOnlyThatVersion() {
        ModelRef wp = ModelRef.parse("wp@v1.0");
        store.record(new ActivationDecisions.ActivationDecision(WEAK, refusal(), ModelTestData.T0));
        store.record(new ActivationDecisions.ActivationDecision(wp, pass(), ModelTestData.T0.plusSeconds(5)));
        store.record(new ActivationDecisions.ActivationDecision(WEAK, refusal(), ModelTestData.T0.plusSeconds(10)));
        assertThat(store.forModel(WEAK)).extracting(ActivationDecisions.ActivationDecision::decidedAt)
                .containsExactly(ModelTestData.T0.plusSeconds(10), ModelTestData.T0);
        var passed = store.forModel(wp);
        assertThat(passed).hasSize(1);
        assertThat(passed.get(0).passed()).isTrue();
        assertThat(passed.get(0).decision()).isEqualTo(pass());
        assertThat(store.forModel(ModelRef.parse("none@v1.0"))).isEmpty();
    }

    @Test
    void none_keepsNothing() {
        ActivationDecisions.NONE.record(new ActivationDecisions.ActivationDecision(WEAK, refusal(), ModelTestData.T0));
        assertThat(ActivationDecisions.NONE.forModel(WEAK)).isEmpty();
    }
}
