package com.precog.application.service.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.ingame.InMemoryHistoricalPlays;
import com.precog.application.port.out.ingame.InMemoryInGameModelVersions;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameEvaluation;
import com.precog.domain.model.ingame.InGameModelFitter;
import com.precog.domain.model.ingame.InGameModelText;
import com.precog.domain.model.ingame.SeasonRange;
import com.precog.domain.model.ingame.TestPlays;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InGameUseCasesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    /** Games of two seasons: the home lead drifts with the spread; some games go to overtime. */
    static List<HistoricalPlay> games(int count) {
        Random r = new Random(5);
        List<HistoricalPlay> out = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int season = g % 2 == 0 ? 2020 : 2021;
            String id = season + "_" + g + "_AWY_HOM";
            double spread = Math.round(r.nextGaussian() * 12) / 2.0;
            int h = 0;
            int a = 0;
            int[] hs = new int[20];
            int[] as = new int[20];
            for (int k = 0; k < 20; k++) {
                hs[k] = h;
                as[k] = a;
                double u = r.nextDouble();
                if (u < 0.2 + spread * 0.01) h += 7;
                else if (u < 0.4) a += 7;
            }
            boolean ot = h == a;
            int hf = ot ? h + (r.nextBoolean() ? 3 : 0) : h;
            int af = ot && hf == h ? a + 3 : a;
            for (int k = 0; k < 20; k++) {
                out.add(new HistoricalPlay(id, season, 1, "REG", "HOM", "AWY", k, 1 + k / 5, 3600 - k * 180, (3600 - k * 180) % 1800,
                        k % 2 == 0 ? "HOM" : "AWY", hs[k], as[k], 1 + k % 4, 10, 25 + k * 3, 3, 3, spread, hf, af, k == 7 ? "TIMEOUT" : "PASS"));
            }
            if (ot) {
                out.add(new HistoricalPlay(id, season, 1, "REG", "HOM", "AWY", 20, 5, 600, 600, "HOM", h, a, 1, 10, 75, 2, 2, spread, hf, af, "PASS"));
            }
        }
        return out;
    }

    @Test
    void importSource_addsOnceThenNothing_andAFailingSourceStoresNothing() {
        InMemoryHistoricalPlays store = new InMemoryHistoricalPlays();
        ImportHistoricalPlays useCase = new ImportHistoricalPlays(store);
        List<HistoricalPlay> plays = games(10);
        assertThat(useCase.importSource("a", plays.iterator())).isEqualTo(new ImportHistoricalPlays.Imported("a", plays.size(), plays.size()));
        assertThat(useCase.importSource("a", plays.iterator())).isEqualTo(new ImportHistoricalPlays.Imported("a", plays.size(), 0));
        Iterator<HistoricalPlay> other = games(14).subList(plays.size(), plays.size() + 30).iterator();
        Iterator<HistoricalPlay> failing = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                if (n == 10) throw new UncheckedIOException("disk gone", new java.io.IOException("disk gone"));
                return other.hasNext();
            }

            @Override
            public HistoricalPlay next() {
                n++;
                return other.next();
            }
        };
        ImportHistoricalPlays.Outcome o = useCase.importSource("b", failing);
        assertThat(o).isInstanceOf(ImportHistoricalPlays.Failed.class);
        assertThat(o.read()).isEqualTo(10);
        assertThat(((ImportHistoricalPlays.Failed) o).reason()).contains("disk gone");
        assertThat(store.count()).isEqualTo(plays.size());
    }

    @Test
    void fit_storesAVersionThatEvaluateLoadsAndScoresAgainstTheBaseline() {
        InMemoryInGameModelVersions versions = new InMemoryInGameModelVersions();
        List<HistoricalPlay> plays = games(400);
        FitInGameModel.Result fit = new FitInGameModel(versions, CLOCK).fit("wp", plays, new SeasonRange(2020, 2020), InGameModelFitter.Config.defaults());
        assertThat(fit.stored().ref()).isEqualTo(ModelRef.parse("wp@v1.0"));
        assertThat(fit.stored().createdAt()).isEqualTo(CLOCK.instant());
        assertThat(fit.games()).isEqualTo(200);
        assertThat(fit.plays()).isEqualTo((int) plays.stream().filter(p -> p.season() == 2020).count());
        assertThat(fit.stored().config()).isEqualTo(InGameModelText.format(fit.model()));

        EvaluateInGameModel evaluate = new EvaluateInGameModel(versions);
        var model = evaluate.load(ModelRef.parse("wp@v1.0"));
        assertThat(model).isEqualTo(fit.model());
        List<HistoricalPlay> test = plays.stream().filter(p -> p.season() == 2021).toList();
        InGameEvaluation.Result r = evaluate.evaluate(model, test, FallbackCounts.create());
        assertThat(r.scores()).containsOnlyKeys(EvaluateInGameModel.MODEL, EvaluateInGameModel.BASELINE, EvaluateInGameModel.LOOKUP);
        assertThat(r.games()).isEqualTo(200);
        assertThat(r.plays()).isEqualTo((int) test.stream().filter(HistoricalPlay::isScoredInEvaluation).count());
        assertThat(r.scores().get(EvaluateInGameModel.MODEL).brier()).isLessThan(0.25);
    }

    @Test
    void givenSeasonsWithoutPlays_fit_isRefusedNamingThem() {
        assertThatThrownBy(() -> new FitInGameModel(new InMemoryInGameModelVersions(), CLOCK)
                .fit("wp", games(4), new SeasonRange(2015, 2016), InGameModelFitter.Config.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2015-2016");
    }

    @Test
    void givenUnknownVersion_load_isRefusedNamingIt() {
        assertThatThrownBy(() -> new EvaluateInGameModel(new InMemoryInGameModelVersions()).load(ModelRef.parse("wp@v2.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wp@v2.0");
    }
}
