package com.precog.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationMetricsTest {

    private final double[] f = {0.9, 0.8, 0.3, 0.2, 0.6};
    private final double[] y = {1, 1, 0, 1, 0};

    @Test
    void brier_isMeanSquaredError() {
        // (0.01 + 0.04 + 0.09 + 0.64 + 0.36) / 5
        assertThat(CalibrationMetrics.brier(f, y)).isCloseTo(1.14 / 5, within(1e-12));
    }

    @Test
    void logLoss_matchesHandComputation_andClampsCertainMistakes() {
        double expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.7) + Math.log(0.2) + Math.log(0.4)) / 5;
        assertThat(CalibrationMetrics.logLoss(f, y)).isCloseTo(expected, within(1e-12));
        assertThat(CalibrationMetrics.logLoss(new double[] {0.0}, new double[] {1}))
                .isCloseTo(-Math.log(1e-15), within(1e-9));
    }

    @Test
    void accuracy_countsTiesAsHalf() {
        assertThat(CalibrationMetrics.accuracy(f, y)).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(CalibrationMetrics.accuracy(new double[] {0.7, 0.2}, new double[] {0.5, 0}))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void ece_isWeightedGapPerBin() {
        // bins: 0.2->[0.2,0.3) y=1 gap .8; 0.3->[0.3,0.4) y=0 gap .3; 0.6 y=0 gap .6; 0.8 y=1 gap .2; 0.9 y=1 gap .1
        assertThat(CalibrationMetrics.expectedCalibrationError(f, y)).isCloseTo((0.8 + 0.3 + 0.6 + 0.2 + 0.1) / 5, within(1e-12));
        assertThat(CalibrationMetrics.expectedCalibrationError(new double[] {1.0, 1.0}, new double[] {1, 1})).isZero();
    }

    @Test
    void auc_ranksPositivesAboveNegatives() {
        assertThat(CalibrationMetrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new double[] {0, 0, 1, 1})).isEqualTo(1.0);
        assertThat(CalibrationMetrics.auc(new double[] {0.5, 0.5}, new double[] {0, 1})).isEqualTo(0.5);
        // 3 positives and 2 negatives from f,y: pos {0.9,0.8,0.2} neg {0.3,0.6}: wins 2+2+0 = 4 of 6
        assertThat(CalibrationMetrics.auc(f, y)).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void rejectsBadInputWithNamedArgument() {
        assertThatThrownBy(() -> CalibrationMetrics.brier(new double[] {1.2}, new double[] {1}))
                .hasMessageContaining("forecasts[0]");
        assertThatThrownBy(() -> CalibrationMetrics.brier(new double[] {0.2}, new double[] {0.3}))
                .hasMessageContaining("outcomes[0]");
        assertThatThrownBy(() -> CalibrationMetrics.brier(new double[] {}, new double[] {}))
                .hasMessageContaining("empty");
    }
}
