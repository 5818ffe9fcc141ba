package com.precog.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PreGameBacktestTest {
    /** Synthetic league: 8 teams with fixed strengths, 5 seasons, a market line equal to the true margin. */
    static List<HistoricalGame> league() {
        Random r = new Random(7);
        String[] teams = {"A", "B", "C", "D", "E", "F", "G", "H"};
        double[] strength = {7, 5, 3, 1, -1, -3, -5, -7};
        List<HistoricalGame> games = new ArrayList<>();
        for (int season = 2000; season < 2005; season++) {
            LocalDate d = LocalDate.of(season, 9, 1);
            for (int week = 0; week < 14; week++, d = d.plusDays(7)) {
                for (int g = 0; g < 4; g++) {
                    int h = r.nextInt(8), a = r.nextInt(8);
                    if (h == a) a = (a + 1) % 8;
                    double margin = strength[h] - strength[a] + 2.5;
                    double result = margin + r.nextGaussian() * 13.45;
                    int hs = 20 + (int) Math.max(0, Math.round(result)), as = 20 + (int) Math.max(0, Math.round(-result));
                    if (hs == as) hs++;
                    games.add(new HistoricalGame(d, season, false, teams[h], teams[a], hs, as, false, OptionalDouble.of(margin)));
                }
            }
        }
        return games;
    }

    @Test
    void walkForward_neverTrainsOnTheSeasonItPredicts_andIsDeterministic() {
        List<HistoricalGame> games = league();
        var spec = PreGameModelSpec.parse(ModelType.LOGISTIC_REGRESSION, Map.of("features", "market_logit"));
        List<PreGameRow> rows = PreGameFeatureBuilder.build(games, spec.elo());
        var preds = PreGameBacktest.walkForward(rows, spec, LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1));
        // season 2000 has no history: the regression is untrained and skips it
        assertThat(preds).allSatisfy(p -> assertThat(p.game().season()).isGreaterThan(2000));
        assertThat(preds).hasSize(4 * 14 * 4);
        var again = PreGameBacktest.walkForward(rows, spec, LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1));
        assertThat(again).isEqualTo(preds);
        var s = PreGameBacktest.score(preds);
        assertThat(s.marketGames()).isEqualTo(preds.size());
        // a regression on the (true) line cannot be much worse than the line itself
        assertThat(s.modelOnMarketGames().orElseThrow().brier()).isLessThan(s.market().orElseThrow().brier() + 0.01);
    }

    @Test
    void crossValidation_usesFiveContiguousFoldsInTimeOrder() {
        var spec = PreGameModelSpec.parse(ModelType.ELO, Map.of());
        List<PreGameRow> rows = PreGameFeatureBuilder.build(league(), spec.elo());
        var cv = PreGameBacktest.crossValidate(rows, spec, LocalDate.of(2001, 1, 1), LocalDate.of(2005, 1, 1), 5);
        assertThat(cv.folds()).hasSize(5);
        for (int i = 1; i < 5; i++) {
            LocalDate lastOfPrevious = cv.folds().get(i - 1).get(cv.folds().get(i - 1).size() - 1).game().date();
            assertThat(cv.folds().get(i).get(0).game().date()).isAfterOrEqualTo(lastOfPrevious);
        }
        assertThat(cv.summary().folds()).hasSize(5);
        assertThat(cv.summary().unstable()).isEqualTo(cv.summary().sdAccuracy() > 0.05);
    }

    @Test
    void holdout_fitsOnlyBeforeTheCut() {
        var spec = PreGameModelSpec.parse(ModelType.LOGISTIC_REGRESSION, Map.of());
        List<PreGameRow> rows = PreGameFeatureBuilder.build(league(), spec.elo());
        var preds = PreGameBacktest.holdout(rows, spec, LocalDate.of(2004, 1, 1), LocalDate.of(2005, 1, 1));
        assertThat(preds).isNotEmpty().allSatisfy(p -> assertThat(p.game().date()).isAfterOrEqualTo(LocalDate.of(2004, 1, 1)));
    }

    @Test
    void featureBuilder_restDaysAndMarket() {
        List<HistoricalGame> games = List.of(
                new HistoricalGame(LocalDate.of(2020, 9, 10), 2020, false, "KC", "HOU", 34, 20, false, OptionalDouble.of(9.5)),
                new HistoricalGame(LocalDate.of(2020, 9, 20), 2020, false, "LAC", "KC", 20, 23, false, OptionalDouble.empty()));
        List<PreGameRow> rows = PreGameFeatureBuilder.build(games, EloParameters.spec("NFL"));
        assertThat(rows.get(0).marketProbability().getAsDouble()).isEqualTo(StandardNormal.cdf(9.5 / 13.45));
        assertThat(rows.get(1).awayRestDays()).isEqualTo(10);
        assertThat(rows.get(1).homeRestDays()).isEqualTo(PreGameFeatureBuilder.MAX_REST_DAYS);
        assertThat(rows.get(1).awayElo()).isGreaterThan(1500);
        assertThat(rows.get(1).marketProbability()).isEmpty();
    }
}
