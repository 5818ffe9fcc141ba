package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class StandardNormalTest {
    private static final MathContext MC = new MathContext(60);

    /** Φ(x) by the Taylor series in 60-digit arithmetic: 1/2 + φ(x)·Σ x^(2n+1)/(1·3·…·(2n+1)). */
    static double referenceCdf(double xd) {
        BigDecimal x = new BigDecimal(xd);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = x;
        for (int k = 3; k < 2000; k += 2) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(new BigDecimal("1e-50")) < 0) break;
        }
        // exp(-x²/2) by its Taylor series (alternating; 60 digits absorb the cancellation for |x| <= 9)
        BigDecimal a = x2.divide(BigDecimal.valueOf(-2), MC);
        BigDecimal e = BigDecimal.ONE;
        BigDecimal t = BigDecimal.ONE;
        for (int k = 1; k < 4000; k++) {
            t = t.multiply(a, MC).divide(BigDecimal.valueOf(k), MC);
            e = e.add(t, MC);
            if (t.abs().compareTo(new BigDecimal("1e-58")) < 0) break;
        }
        BigDecimal invSqrt2pi = new BigDecimal("0.398942280401432677939946059934381868475858631164934657665925829670657925899");
        return new BigDecimal("0.5").add(invSqrt2pi.multiply(e, MC).multiply(sum, MC), MC).doubleValue();
    }

    @Test
    void cdf_matchesHighPrecisionReferenceTo1e15_onAGridFromMinus8To8() {
        double worst = 0;
        for (int i = -800; i <= 800; i++) {
            double x = i / 100.0;
            double err = Math.abs(StandardNormal.cdf(x) - referenceCdf(x));
            worst = Math.max(worst, err);
        }
        assertThat(worst).isLessThan(1e-15);
    }

    @Test
    void cdf_tailKeepsRelativePrecision() {
        for (double x : new double[] {-5, -6, -7, -8}) {
            double ref = referenceCdf(x);
            assertThat(Math.abs(StandardNormal.cdf(x) - ref) / ref).as("x=%s", x).isLessThan(1e-12);
        }
    }

    @Test
    void cdf_knownValues() {
        assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
        assertThat(StandardNormal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-15));
        assertThat(StandardNormal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(StandardNormal.cdf(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(StandardNormal.cdf(Double.NaN)).isNaN();
    }

    @Test
    void inverseCdf_roundTripsTo1e12_andMatchesKnownQuantiles() {
        assertThat(StandardNormal.inverseCdf(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(StandardNormal.inverseCdf(0.5)).isCloseTo(0.0, within(1e-15));
        assertThat(StandardNormal.inverseCdf(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(StandardNormal.inverseCdf(1)).isEqualTo(Double.POSITIVE_INFINITY);
        for (int i = -790; i <= 790; i += 7) {
            double x = i / 100.0;
            double p = referenceCdf(x);
            if (p <= 0 || p >= 1) continue;
            if (x > 4) continue; // a double p near 1 cannot resolve x there (ulp(1) / φ(4) > 1e-12); the lower tail covers it
            double tol = Math.abs(x) > 4 ? 1e-9 : 1e-10;
            assertThat(StandardNormal.inverseCdf(p)).as("p=%s", p).isCloseTo(x, within(tol));
        }
    }

    @Test
    void inverseCdf_rejectsOutOfRange() {
        assertThatThrownBy(() -> StandardNormal.inverseCdf(1.5)).hasMessageContaining("p must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> StandardNormal.inverseCdf(Double.NaN)).hasMessageContaining("p must be");
    }

    @Property
    void cdf_isMonotoneAndSymmetric(@ForAll @DoubleRange(min = -30, max = 30) double x,
                                    @ForAll @DoubleRange(min = 0, max = 5) double dx) {
        assertThat(StandardNormal.cdf(x + dx)).isGreaterThanOrEqualTo(StandardNormal.cdf(x));
        assertThat(StandardNormal.cdf(x) + StandardNormal.cdf(-x)).isCloseTo(1.0, within(1e-15));
    }

    @Property
    void inverse_thenCdf_isIdentity(@ForAll @DoubleRange(min = 1e-12, max = 1 - 1e-12) @Scale(15) double p) {
        assertThat(StandardNormal.cdf(StandardNormal.inverseCdf(p))).isCloseTo(p, within(1e-14 + 1e-12 * p));
    }
}
