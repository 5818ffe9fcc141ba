package com.precog.domain.model.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InGameModelTest {
    static List<HistoricalPlay> plays;
    static InGameModel model;

    @BeforeAll
    static void fit() {
        plays = SyntheticSeasons.games(600, 42);
        model = InGameModelFitter.fit(plays, InGameModelFitter.Config.defaults());
    }

    @Test
    void sameData_fit_givesBitIdenticalCoefficients() {
        InGameModel again = InGameModelFitter.fit(SyntheticSeasons.games(600, 42), InGameModelFitter.Config.defaults());
        assertThat(again.regulation()).isEqualTo(model.regulation());
        assertThat(again.overtime()).isEqualTo(model.overtime());
        assertThat(InGameModelText.format(again)).isEqualTo(InGameModelText.format(model));
    }

    @Test
    void eraHalfLife_weighsOlderSeasonsLessInTheLookup() {
        List<HistoricalPlay> two = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) two.add(TestPlays.play("2019_01_AWY_HOM", 2019, i, 1, 3500, 0, 0, 24, 17));
        for (int i = 0; i < 50; i++) two.add(TestPlays.play("2021_01_AWY_HOM", 2021, i, 1, 3500, 0, 0, 10, 17));
        for (int i = 0; i < 5; i++) two.add(TestPlays.play("2021_02_AWY_HOM", 2021, i, 5, 500, 7, 7, 10, 7));
        InGameModel m = InGameModelFitter.fit(two, new InGameModelFitter.Config(1e-4, 0.01, WinProbabilityLookup.Config.scoreAndClock(), 1));
        WinProbabilityLookup.Estimate e = m.lookup().estimate(InGameSituation.ofScoreAndClock(0, 0, 1, 800, 3));
        assertThat(e.sampleSize()).isEqualTo(50 * 0.25 + 50);
        assertThat(e.interval().estimate()).isEqualTo(12.5 / 62.5);
    }

    @Test
    void regressionWindow_fitsTheRegulationRegressionOnTheNewestSeasonsOnly() {
        List<HistoricalPlay> older = SyntheticSeasons.games(300, 7).stream().map(p -> inSeason(p, 2019)).toList();
        List<HistoricalPlay> newest = SyntheticSeasons.games(300, 8);
        List<HistoricalPlay> both = new java.util.ArrayList<>(older);
        both.addAll(newest);
        InGameModelFitter.Config all = InGameModelFitter.Config.defaults();
        assertThat(all.regressionWindowSeasons()).isZero();
        InGameModel windowed = InGameModelFitter.fit(both, all.withRegressionWindowSeasons(1));
        InGameModel everything = InGameModelFitter.fit(both, all);
        assertThat(windowed.regulation()).isEqualTo(InGameModelFitter.fit(newest, all).regulation()).isNotEqualTo(everything.regulation());
        assertThat(windowed.overtime()).isEqualTo(everything.overtime());
        assertThat(windowed.lookup()).isEqualTo(everything.lookup());
        assertThat(InGameModelFitter.fit(both, all.withRegressionWindowSeasons(2)).regulation()).isEqualTo(everything.regulation());
        assertThat(new InGameModelFitter.Config(1e-4, 0.01, WinProbabilityLookup.Config.full(), 0).regressionWindowSeasons()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.withRegressionWindowSeasons(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regressionWindowSeasons");
    }

    @Test
    void noOvertimePlay_overtimeIsTheNormalModelOnTheOvertimeClock_neverTheRegulationCurve() {
        List<HistoricalPlay> regulationOnly = plays.stream().filter(HistoricalPlay::isRegulation).toList();
        assertThat(regulationOnly).hasSizeLessThan(plays.size()); // the synthetic seasons do hold overtime plays
        InGameModel m = InGameModelFitter.fit(regulationOnly, InGameModelFitter.Config.defaults());
        assertThat(m.overtime()).isEqualTo(InGameModelFitter.overtimePrior()).isNotEqualTo(m.regulation());
        assertThat(m.regulation()).isEqualTo(model.regulation()); // the regulation fit is unchanged
        assertThat(m.predict(new InGameSituation(20, 20, 5, 600, Possession.UNKNOWN, -1, -1, -1, -1, -1, 0), FallbackCounts.discarding())
                .homeWinProbability()).isEqualTo(0.5);
        for (int lead : new int[] {-7, -3, 0, 3, 7}) {
            for (int clock : new int[] {600, 300, 60, 5}) {
                for (double margin : new double[] {-7, 0, 3, 10}) {
                    InGamePrediction p = m.predict(new InGameSituation(20 + lead, 20, 5, clock, Possession.HOME, 1, 10, 75, 2, 2, margin),
                            FallbackCounts.discarding());
                    double t = clock / 3600.0;
                    double normal = com.precog.domain.model.StandardNormal.cdf((lead + margin * t) / (13.45 * Math.sqrt(t)));
                    assertThat(p.treatment()).isEqualTo(InGamePrediction.Treatment.OVERTIME);
                    assertThat(p.homeWinProbability()).as("lead %d, clock %d, margin %s", lead, clock, margin)
                            .isCloseTo(normal, org.assertj.core.data.Offset.offset(0.02));
                }
            }
        }
        assertThat(InGameModelText.parse(InGameModelText.format(m))).isEqualTo(m);
    }

    private static HistoricalPlay inSeason(HistoricalPlay p, int season) {
        return new HistoricalPlay(season + p.gameId().substring(4), season, p.week(), p.seasonType(), p.homeTeam(), p.awayTeam(), p.playIndex(),
                p.quarter(), p.gameSecondsRemaining(), p.halfSecondsRemaining(), p.possessionTeam(), p.homeScore(), p.awayScore(), p.down(),
                p.yardsToGo(), p.yardLine100(), p.homeTimeouts(), p.awayTimeouts(), p.spreadLine(), p.homeFinal(), p.awayFinal(), p.playType());
    }

    @Test
    void text_roundTripsExactly() {
        String text = InGameModelText.format(model);
        InGameModel back = InGameModelText.parse(text);
        assertThat(back).isEqualTo(model);
        InGameSituation s = new InGameSituation(10, 7, 3, 200, Possession.AWAY, 3, 4, 35, 1, 2, -2.5);
        assertThat(back.homeWinProbability(s, FallbackCounts.discarding())).isEqualTo(model.homeWinProbability(s, FallbackCounts.discarding()));
    }

    @Test
    void largerLeadLateIsMoreLikelyAWin() {
        double early = model.homeWinProbability(new InGameSituation(7, 0, 1, 800, Possession.UNKNOWN, -1, -1, -1, 3, 3, 0), FallbackCounts.discarding());
        double late = model.homeWinProbability(new InGameSituation(7, 0, 4, 60, Possession.UNKNOWN, -1, -1, -1, 3, 3, 0), FallbackCounts.discarding());
        assertThat(late).isGreaterThan(early).isGreaterThan(0.5);
    }

    @Test
    void overtimeRule_overtimeStatesUseTheOvertimeRegression() {
        InGameSituation ot = new InGameSituation(20, 20, 5, 480, Possession.HOME, 1, 10, 75, 2, 2, 3);
        InGamePrediction p = model.predict(ot, FallbackCounts.discarding());
        assertThat(p.treatment()).isEqualTo(InGamePrediction.Treatment.OVERTIME);
        double[] x = new double[InGameFeatures.COUNT];
        InGameFeatures.extract(ot, x, FallbackCounts.discarding());
        assertThat(p.homeWinProbability()).isEqualTo(com.precog.domain.model.LogisticRegression.sigmoid(model.overtime().logit(x)));
        assertThat(p.homeWinProbability()).isNotEqualTo(com.precog.domain.model.LogisticRegression.sigmoid(model.regulation().logit(x)));
    }

    @Test
    void overtimeRule_tieAtEndOfRegulationIsAnOvertimeStartNotACoinOrALoss() {
        InGamePrediction p = model.predict(new InGameSituation(17, 17, 4, 0, Possession.AWAY, 1, 10, 75, 0, 0, 0), FallbackCounts.discarding());
        assertThat(p.treatment()).isEqualTo(InGamePrediction.Treatment.OVERTIME);
        InGameSituation overtimeStart = new InGameSituation(17, 17, 5, 600, Possession.UNKNOWN, -1, -1, -1, -1, -1, 0);
        assertThat(p.homeWinProbability()).isEqualTo(model.homeWinProbability(overtimeStart, FallbackCounts.discarding()));
        assertThat(p.homeWinProbability()).isNotIn(0.0, 0.5, 1.0);
    }

    @Test
    void overtimeRule_noTimeLeftDecidesByLeadAndOvertimeTieIsHalf() {
        assertThat(model.predict(new InGameSituation(20, 17, 4, 0, Possession.AWAY, 1, 10, 75, 0, 0, -7), FallbackCounts.discarding()))
                .isEqualTo(new InGamePrediction(1.0, InGamePrediction.Treatment.DECIDED));
        assertThat(model.predict(new InGameSituation(20, 23, 5, 0, Possession.HOME, 1, 10, 75, 0, 0, 7), FallbackCounts.discarding()))
                .isEqualTo(new InGamePrediction(0.0, InGamePrediction.Treatment.DECIDED));
        assertThat(model.predict(new InGameSituation(20, 20, 5, 0, Possession.HOME, 1, 10, 75, 0, 0, 7), FallbackCounts.discarding()))
                .isEqualTo(new InGamePrediction(0.5, InGamePrediction.Treatment.DECIDED));
    }

    @Test
    void regulationStateUsesTheRegulationRegression() {
        assertThat(model.predict(new InGameSituation(3, 0, 2, 100, Possession.HOME, 1, 10, 75, 3, 3, 0), FallbackCounts.discarding()).treatment())
                .isEqualTo(InGamePrediction.Treatment.REGULATION);
    }

    @Test
    void evaluation_scoresOnlyRegulationNonTimeoutRows() {
        List<HistoricalPlay> rows = new java.util.ArrayList<>(plays.subList(0, 45));
        HistoricalPlay p0 = rows.get(0);
        rows.add(new HistoricalPlay(p0.gameId(), 2020, 1, "REG", "HOM", "AWY", 99, 2, 1500, 600, "HOM", 0, 0, -1, -1, -1, 2, 3, 1.0, p0.homeFinal(), p0.awayFinal(), "TIMEOUT"));
        // nflfastR and other exports write play types in lower case: a "timeout" row is a timeout row too
        rows.add(new HistoricalPlay(p0.gameId(), 2020, 1, "REG", "HOM", "AWY", 100, 2, 1490, 590, "HOM", 0, 0, -1, -1, -1, 1, 3, 1.0, p0.homeFinal(), p0.awayFinal(), "timeout"));
        int regulation = 0;
        java.util.Set<String> games = new java.util.HashSet<>();
        for (HistoricalPlay p : plays.subList(0, 45)) {
            if (p.quarter() <= 4) {
                regulation++;
                games.add(p.gameId());
            }
        }
        InGameEvaluation.Result r = InGameEvaluation.evaluate(rows, java.util.Map.of("half", p -> 0.5));
        assertThat(r.plays()).isEqualTo(regulation);
        assertThat(r.games()).isEqualTo(games.size());
        assertThat(r.scores().get("half").brier()).isEqualTo(0.25);
    }

    @Test
    void evaluation_theSameScoresTwiceAreEqualValues() {
        // Scores holds arrays (Brier by quarter, reliability bins): the record's generated equals compared them by
        // identity, so evaluating the same rows twice gave results that were not equal
        List<HistoricalPlay> rows = plays.subList(0, 45);
        InGameEvaluation.Result a = InGameEvaluation.evaluate(rows, java.util.Map.of("half", p -> 0.5));
        InGameEvaluation.Result b = InGameEvaluation.evaluate(rows, java.util.Map.of("half", p -> 0.5));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.scores().get("half").toString()).doesNotContain("[D@").contains("brierByQuarter=[");
        assertThat(InGameEvaluation.evaluate(rows, java.util.Map.of("half", p -> 0.6))).isNotEqualTo(a);
    }
}
