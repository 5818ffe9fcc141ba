package com.precog.domain.model.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InGameFeaturesTest {
    private static InGameSituation full() {
        return new InGameSituation(14, 10, 3, 420, Possession.HOME, 2, 7, 40, 2, 3, 3.5);
    }

    @Test
    void givenCompleteSituation_extract_countsNoFallback() {
        FallbackCounts c = FallbackCounts.create();
        double[] x = new double[InGameFeatures.COUNT];
        InGameFeatures.extract(full(), x, c);
        assertThat(c.total()).isZero();
        double st = Math.sqrt((900 + 420) / 3600.0 + 0.002);
        assertThat(x[0]).isCloseTo(4 / st / 13.45, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(x[7]).isCloseTo(3.5 / 13.45, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void givenScoreAndClockOnly_extract_countsEachMissingFieldOnce() {
        FallbackCounts c = FallbackCounts.create();
        InGameFeatures.extract(InGameSituation.ofScoreAndClock(7, 3, 2, 300, Double.NaN), new double[InGameFeatures.COUNT], c);
        assertThat(c.count(FeatureFallback.POSSESSION_UNKNOWN)).isEqualTo(1);
        assertThat(c.count(FeatureFallback.DOWN_UNKNOWN)).isEqualTo(1);
        assertThat(c.count(FeatureFallback.YARD_LINE_UNKNOWN)).isEqualTo(1);
        assertThat(c.count(FeatureFallback.TIMEOUTS_UNKNOWN)).isEqualTo(1);
        assertThat(c.count(FeatureFallback.EXPECTED_MARGIN_UNKNOWN)).isEqualTo(1);
        assertThat(c.count(FeatureFallback.DISTANCE_UNKNOWN)).isZero();
    }

    @Test
    void givenMissingYardLine_extract_usesOwn25AndCountsIt() {
        FallbackCounts c = FallbackCounts.create();
        InGameSituation noYard = new InGameSituation(14, 10, 3, 420, Possession.HOME, 2, 7, InGameSituation.UNKNOWN, 2, 3, 3.5);
        InGameSituation own25 = new InGameSituation(14, 10, 3, 420, Possession.HOME, 2, 7, 75, 2, 3, 3.5);
        double[] a = new double[InGameFeatures.COUNT];
        double[] b = new double[InGameFeatures.COUNT];
        InGameFeatures.extract(noYard, a, c);
        InGameFeatures.extract(own25, b, FallbackCounts.discarding());
        assertThat(a).containsExactly(b);
        assertThat(c.count(FeatureFallback.YARD_LINE_UNKNOWN)).isEqualTo(1);
        assertThat(c.total()).isEqualTo(1);
    }

    @Test
    void givenDownWithoutDistance_extract_uses10AndCountsIt() {
        FallbackCounts c = FallbackCounts.create();
        InGameFeatures.extract(new InGameSituation(0, 0, 1, 800, Possession.AWAY, 1, InGameSituation.UNKNOWN, 60, 3, 3, 0), new double[InGameFeatures.COUNT], c);
        assertThat(c.count(FeatureFallback.DISTANCE_UNKNOWN)).isEqualTo(1);
    }

    @Test
    void possessionTermsFlipSignWithTheBall() {
        double[] home = new double[InGameFeatures.COUNT];
        double[] away = new double[InGameFeatures.COUNT];
        InGameFeatures.extract(new InGameSituation(7, 7, 2, 500, Possession.HOME, 1, 10, 30, 3, 3, 0), home, FallbackCounts.discarding());
        InGameFeatures.extract(new InGameSituation(7, 7, 2, 500, Possession.AWAY, 1, 10, 30, 3, 3, 0), away, FallbackCounts.discarding());
        assertThat(home[2]).isPositive().isEqualTo(-away[2]);
        assertThat(home[0]).isZero();
    }

    @Test
    void situation_rejectsBadValuesByName() {
        assertThatThrownBy(() -> new InGameSituation(0, 0, 1, 901, Possession.HOME, 1, 10, 75, 3, 3, 0)).hasMessageContaining("clockSeconds");
        assertThatThrownBy(() -> new InGameSituation(0, 0, 1, 900, Possession.HOME, 5, 10, 75, 3, 3, 0)).hasMessageContaining("down");
        assertThatThrownBy(() -> new InGameSituation(0, -1, 1, 900, Possession.HOME, 1, 10, 75, 3, 3, 0)).hasMessageContaining("awayScore");
        assertThatThrownBy(() -> new InGameSituation(0, 0, 0, 900, Possession.HOME, 1, 10, 75, 3, 3, 0)).hasMessageContaining("period");
        assertThatThrownBy(() -> new InGameSituation(0, 0, 1, 900, null, 1, 10, 75, 3, 3, 0)).hasMessageContaining("possession");
    }

    @Test
    void expectedMarginFromWinProbability_isSigmaTimesInverseNormal() {
        assertThat(InGameSituation.expectedMarginFromWinProbability(0.5)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(InGameSituation.expectedMarginFromWinProbability(0.8413447460685429)).isCloseTo(13.45, org.assertj.core.data.Offset.offset(1e-6));
        assertThatThrownBy(() -> InGameSituation.expectedMarginFromWinProbability(1.0)).hasMessageContaining("homeWinProbability");
    }

    @Test
    void ofHistoricalPlay_mapsClockWithinTheQuarter() {
        HistoricalPlay p = TestPlays.play("g", 2021, 0, 3, 1200, 10, 3, 20, 13);
        InGameSituation s = InGameSituation.of(p);
        assertThat(s.period()).isEqualTo(3);
        assertThat(s.clockSeconds()).isEqualTo(300);
        assertThat(s.secondsRemaining()).isEqualTo(1200);
        assertThat(s.possession()).isEqualTo(Possession.HOME);
        assertThat(s.expectedHomeMargin()).isEqualTo(3.0);
    }
}
