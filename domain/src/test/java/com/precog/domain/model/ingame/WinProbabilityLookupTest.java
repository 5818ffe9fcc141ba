package com.precog.domain.model.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.WilsonInterval;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WinProbabilityLookupTest {
    private static HistoricalPlay at(int idx, int quarter, int gsr, int lead, boolean homeWon, String pos, int yardLine) {
        return new HistoricalPlay("2019_01_AWY_HOM", 2019, 1, "REG", "HOM", "AWY", idx, quarter, gsr, gsr % 1800, pos,
                10 + Math.max(lead, 0), 10 + Math.max(-lead, 0), 1, 10, yardLine, 3, 3, 2.5, homeWon ? 30 : 0, homeWon ? 0 : 30, "PASS");
    }

    @Test
    void givenThinBucket_estimate_fallsBackToTheNormalModel() {
        WinProbabilityLookup.Builder b = WinProbabilityLookup.builder(WinProbabilityLookup.Config.full());
        for (int i = 0; i < 10; i++) b.add(at(i, 2, 2000, 3, true, "HOM", 50), 1);
        WinProbabilityLookup t = b.build();
        InGameSituation s = new InGameSituation(13, 10, 2, 200, Possession.HOME, 1, 10, 50, 3, 3, 2.5);
        WinProbabilityLookup.Estimate e = t.estimate(s);
        assertThat(e.source()).isEqualTo(WinProbabilityLookup.Source.FALLBACK_NORMAL);
        assertThat(e.sampleSize()).isEqualTo(10);
        assertThat(e.probability()).isCloseTo(NormalInGameModel.nfl().homeWinProbability(3, 2000 / 60.0, 2.5), Offset.offset(1e-12));
    }

    @Test
    void givenEmptyTable_estimate_fallsBackWithZeroSampleAndUninformativeInterval() {
        WinProbabilityLookup t = WinProbabilityLookup.builder(WinProbabilityLookup.Config.full()).build();
        WinProbabilityLookup.Estimate e = t.estimate(InGameSituation.ofScoreAndClock(0, 0, 1, 900, Double.NaN));
        assertThat(e.source()).isEqualTo(WinProbabilityLookup.Source.FALLBACK_NORMAL);
        assertThat(e.sampleSize()).isZero();
        assertThat(e.probability()).isEqualTo(0.5);
        assertThat(e.interval().lower()).isZero();
        assertThat(e.interval().upper()).isEqualTo(1.0);
    }

    @Test
    void givenFullBucket_estimate_reportsSampleSizeWilsonIntervalAndSmoothsTowardNeighbours() {
        WinProbabilityLookup.Builder b = WinProbabilityLookup.builder(new WinProbabilityLookup.Config(true, false, 30, 200, 20));
        // 40 plays at lead +3, 75% home wins; 100 neighbour plays at lead +4, 50% home wins
        for (int i = 0; i < 40; i++) b.add(at(i, 2, 2000, 3, i % 4 != 0, "HOM", 50), 1);
        for (int i = 0; i < 100; i++) b.add(at(100 + i, 2, 2000, 4, i % 2 == 0, "HOM", 50), 1);
        WinProbabilityLookup t = b.build();
        WinProbabilityLookup.Estimate e = t.estimate(new InGameSituation(13, 10, 2, 200, Possession.HOME, 1, 10, 50, 3, 3, 2.5));
        assertThat(e.source()).isEqualTo(WinProbabilityLookup.Source.BUCKET);
        assertThat(e.sampleSize()).isEqualTo(40);
        assertThat(e.interval()).isEqualTo(WilsonInterval.of95(30, 40));
        assertThat(e.probability()).isCloseTo((30 + 20 * 0.5) / (40 + 20.0), Offset.offset(1e-12));
    }

    @Test
    void fieldPositionRefinesOnlyWhereTheSampleAllows() {
        WinProbabilityLookup.Builder b = WinProbabilityLookup.builder(new WinProbabilityLookup.Config(true, true, 30, 50, 0));
        for (int i = 0; i < 60; i++) b.add(at(i, 3, 1000, 0, true, "HOM", 10), 1);   // red zone: all wins
        for (int i = 0; i < 40; i++) b.add(at(100 + i, 3, 1000, 0, false, "HOM", 90), 1); // own 10: all losses, only 40
        WinProbabilityLookup t = b.build();
        var redZone = t.estimate(new InGameSituation(10, 10, 3, 100, Possession.HOME, 1, 10, 10, 3, 3, 0));
        var ownTen = t.estimate(new InGameSituation(10, 10, 3, 100, Possession.HOME, 1, 10, 90, 3, 3, 0));
        assertThat(redZone.source()).isEqualTo(WinProbabilityLookup.Source.FIELD_POSITION_BUCKET);
        assertThat(redZone.probability()).isEqualTo(1.0);
        assertThat(ownTen.source()).isEqualTo(WinProbabilityLookup.Source.BUCKET);
        assertThat(ownTen.probability()).isEqualTo(0.6);
        assertThat(ownTen.sampleSize()).isEqualTo(100);
    }

    @Test
    void scoreAndClockConfig_ignoresPossession() {
        WinProbabilityLookup.Builder b = WinProbabilityLookup.builder(WinProbabilityLookup.Config.scoreAndClock());
        for (int i = 0; i < 50; i++) b.add(at(i, 1, 3000, 0, i < 30, i % 2 == 0 ? "HOM" : "AWY", 60), 1);
        WinProbabilityLookup t = b.build();
        var h = t.estimate(new InGameSituation(10, 10, 1, 300, Possession.HOME, 1, 10, 60, 3, 3, 0));
        var a = t.estimate(new InGameSituation(10, 10, 1, 300, Possession.AWAY, 1, 10, 60, 3, 3, 0));
        assertThat(h).isEqualTo(a);
        assertThat(h.sampleSize()).isEqualTo(50);
    }

    @Test
    void eraWeightsScaleSampleSizes() {
        WinProbabilityLookup.Builder b = WinProbabilityLookup.builder(WinProbabilityLookup.Config.scoreAndClock());
        for (int i = 0; i < 40; i++) b.add(at(i, 1, 3000, 0, true, "HOM", 60), 2.0);
        assertThat(b.build().estimate(InGameSituation.ofScoreAndClock(10, 10, 1, 300, 0)).sampleSize()).isEqualTo(80);
    }
}
