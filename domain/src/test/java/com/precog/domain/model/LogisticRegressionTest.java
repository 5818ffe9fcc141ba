package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static double[][] x;
    private static double[] y;

    static {
        Random r = new Random(42);
        int n = 20_000;
        x = new double[n][3];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian() * 100; // e.g. an Elo difference
            x[i][1] = r.nextBoolean() ? 1 : 0;
            x[i][2] = 7.0; // constant feature
            double z = -0.3 + 0.01 * x[i][0] + 0.8 * x[i][1];
            y[i] = r.nextDouble() < LogisticRegression.sigmoid(z) ? 1 : 0;
        }
    }

    @Test
    void recoversTheGeneratingCoefficients_withNoPenalty() {
        LogisticRegression.Fitted f = LogisticRegression.of(0, 100, 1e-12).fit(x, y);
        assertThat(f.converged()).isTrue();
        assertThat(f.intercept()).isCloseTo(-0.3, within(0.08));
        assertThat(f.coefficients()[0]).isCloseTo(0.01, within(0.001));
        assertThat(f.coefficients()[1]).isCloseTo(0.8, within(0.08));
        assertThat(f.coefficients()[2]).isEqualTo(0.0);
    }

    @Test
    void gradientOfPenalisedObjectiveIsZeroAtTheFit() {
        double alpha = 0.05;
        LogisticRegression.Fitted f = LogisticRegression.of(alpha, 100, 1e-12).fit(x, y);
        // in standardised space the penalty gradient on feature j is alpha·β_j·sd_j; check KKT on the original scale
        int n = y.length;
        double[] grad = new double[2];
        double g0 = 0;
        for (int i = 0; i < n; i++) {
            double r = f.probability(x[i]) - y[i];
            g0 += r / n;
            grad[0] += r * x[i][0] / n;
            grad[1] += r * x[i][1] / n;
        }
        assertThat(g0).isCloseTo(0, within(1e-9));
        for (int j = 0; j < 2; j++) {
            double mean = 0, var = 0;
            for (double[] row : x) mean += row[j] / n;
            for (double[] row : x) var += (row[j] - mean) * (row[j] - mean) / n;
            double betaStd = f.coefficients()[j] * Math.sqrt(var);
            double penaltyGradWrtOriginal = alpha * betaStd * Math.sqrt(var);
            assertThat(grad[j] + penaltyGradWrtOriginal).as("feature %s", j).isCloseTo(0, within(1e-8));
        }
    }

    @Test
    void penaltyShrinksCoefficients() {
        double free = LogisticRegression.of(0, 100, 1e-12).fit(x, y).coefficients()[1];
        double shrunk = LogisticRegression.of(1.0, 100, 1e-12).fit(x, y).coefficients()[1];
        assertThat(Math.abs(shrunk)).isLessThan(Math.abs(free) * 0.9);
    }

    @Test
    void sameData_sameCoefficients_bitForBit() {
        LogisticRegression lr = LogisticRegression.withDefaults();
        assertThat(lr.fit(x, y)).isEqualTo(lr.fit(x, y));
    }

    @Test
    void weightsActLikeRepetition() {
        double[][] xs = {{0}, {1}, {2}, {3}};
        double[] ys = {0, 0, 1, 1};
        double[][] xr = {{0}, {1}, {1}, {2}, {3}};
        double[] yr = {0, 0, 0, 1, 1};
        LogisticRegression lr = LogisticRegression.of(0.1, 100, 1e-13);
        var weighted = lr.fit(xs, ys, new double[] {1, 2, 1, 1});
        var repeated = lr.fit(xr, yr);
        assertThat(weighted.intercept()).isCloseTo(repeated.intercept(), within(1e-9));
        assertThat(weighted.coefficients()[0]).isCloseTo(repeated.coefficients()[0], within(1e-9));
    }

    @Test
    void rejectsBadInput() {
        LogisticRegression lr = LogisticRegression.withDefaults();
        assertThatThrownBy(() -> lr.fit(new double[0][], new double[0])).hasMessageContaining("x must have");
        assertThatThrownBy(() -> lr.fit(new double[][] {{1}, {1, 2}}, new double[] {0, 1})).hasMessageContaining("x[1]");
        assertThatThrownBy(() -> lr.fit(new double[][] {{1}}, new double[] {2})).hasMessageContaining("y[0]");
        assertThatThrownBy(() -> lr.fit(new double[][] {{Double.NaN}}, new double[] {1})).hasMessageContaining("x[0][0]");
        assertThatThrownBy(() -> LogisticRegression.of(-1, 10, 1e-9)).hasMessageContaining("alpha");
    }

    @Test
    void sigmoid_isStableAtExtremes() {
        assertThat(LogisticRegression.sigmoid(1000)).isEqualTo(1.0);
        assertThat(LogisticRegression.sigmoid(-1000)).isEqualTo(0.0);
        assertThat(LogisticRegression.sigmoid(0)).isEqualTo(0.5);
    }
}
