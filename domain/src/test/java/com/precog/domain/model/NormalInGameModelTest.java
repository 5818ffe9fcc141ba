package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NormalInGameModelTest {
    private final NormalInGameModel model = NormalInGameModel.nfl();

    @Test
    void preGame_isPhiOfExpectedMarginOverSigma() {
        // 3-point home favourite: Φ(3/13.45) = 0.58825
        assertThat(model.preGameHomeWinProbability(3)).isCloseTo(StandardNormal.cdf(3 / 13.45), within(1e-15));
        assertThat(model.preGameHomeWinProbability(3)).isCloseTo(0.5882, within(1e-4));
    }

    @Test
    void halftime_sevenPointLead_evenGame() {
        // Φ(7 / (13.45·√0.5)) = Φ(0.7360) = 0.7691
        assertThat(model.homeWinProbability(7, 30, 0)).isCloseTo(0.7691, within(1e-4));
    }

    @Test
    void gameOver_leadDecides_tieIsHalf() {
        assertThat(model.homeWinProbability(1, 0, -10)).isEqualTo(1.0);
        assertThat(model.homeWinProbability(-1, 0, 10)).isEqualTo(0.0);
        assertThat(model.homeWinProbability(0, 0, 10)).isEqualTo(0.5);
        assertThat(model.homeWinProbability(0, 30, 0)).isEqualTo(0.5);
    }

    @Test
    void nearTheEnd_convergesToTheLeadDecision() {
        assertThat(model.homeWinProbability(3, 1e-9, -7)).isGreaterThan(0.999999);
        assertThat(model.homeWinProbability(-3, 1e-9, 7)).isLessThan(1e-6);
    }

    @Test
    void rejectsMinutesOutsideTheGame() {
        assertThatThrownBy(() -> model.homeWinProbability(0, 61, 0)).hasMessageContaining("minutesLeft");
        assertThatThrownBy(() -> model.homeWinProbability(0, -1, 0)).hasMessageContaining("minutesLeft");
        assertThatThrownBy(() -> new NormalInGameModel(0, 60)).hasMessageContaining("sigma");
    }

    @Property
    void increasesWithLead_andIsSymmetric(@ForAll @DoubleRange(min = -40, max = 40) double lead,
                                          @ForAll @DoubleRange(min = 0, max = 60) double minutes,
                                          @ForAll @DoubleRange(min = -20, max = 20) double margin) {
        double p = model.homeWinProbability(lead, minutes, margin);
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(model.homeWinProbability(lead + 1, minutes, margin)).isGreaterThanOrEqualTo(p);
        assertThat(model.homeWinProbability(-lead, minutes, -margin)).isCloseTo(1 - p, within(1e-12));
    }
}
