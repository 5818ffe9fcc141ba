package com.precog.domain.model.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InGamePropertiesTest {
    private static final double[] REG = {0.8718, 1.4047, 0.7850, 0.1207, -0.0237, -0.0157, 0.6985, 0.6190, 0.4908, 0.0859, -0.0016, -0.0245, -0.0605};
    private static final double[] OT = {0.785, 0.848, 0.982, 0, 0.0246, 0, 0, 0.1395, 0, 0, 0, 0, 0};
    private static final InGameModel SYMMETRIC = new InGameModel(new LinearPredictor(0, REG), new LinearPredictor(0, OT),
            WinProbabilityLookup.builder(WinProbabilityLookup.Config.full()).build());

    @Provide
    Arbitrary<InGameSituation> situations() {
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 60);
        Arbitrary<Integer> period = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> clock = Arbitraries.integers().between(0, 900);
        Arbitrary<Possession> poss = Arbitraries.of(Possession.class);
        Arbitrary<Integer> down = Arbitraries.integers().between(-1, 4).filter(d -> d != 0);
        Arbitrary<Integer> dist = Arbitraries.integers().between(-1, 30);
        Arbitrary<Integer> yard = Arbitraries.integers().between(-1, 100);
        Arbitrary<Integer> to = Arbitraries.integers().between(-1, 3);
        Arbitrary<Double> margin = Arbitraries.doubles().between(-20, 20).injectNull(0.1).map(d -> d == null ? Double.NaN : d);
        return Combinators.combine(score, score, period, clock, poss, down, dist, yard).flatAs((h, a, p, c, po, d, di, y) ->
                Combinators.combine(to, to, margin).as((ht, at, m) -> new InGameSituation(h, a, p, c, po, d, di, y, ht, at, m)));
    }

    private static InGameSituation mirror(InGameSituation s) {
        Possession p = switch (s.possession()) {
            case HOME -> Possession.AWAY;
            case AWAY -> Possession.HOME;
            case UNKNOWN -> Possession.UNKNOWN;
        };
        return new InGameSituation(s.awayScore(), s.homeScore(), s.period(), s.clockSeconds(), p, s.down(), s.distance(), s.yardLine(),
                s.awayTimeouts(), s.homeTimeouts(), -s.expectedHomeMargin());
    }

    @Property(tries = 300)
    void featuresFlipSignWhenHomeAndAwaySwap(@ForAll("situations") InGameSituation s) {
        double[] x = new double[InGameFeatures.COUNT];
        double[] y = new double[InGameFeatures.COUNT];
        InGameFeatures.extract(s, x, FallbackCounts.discarding());
        InGameFeatures.extract(mirror(s), y, FallbackCounts.discarding());
        for (int j = 0; j < x.length; j++) assertThat(y[j]).isCloseTo(-x[j], within(1e-12));
    }

    @Property(tries = 300)
    void withoutInterceptTheModelIsSymmetricAndABoundedProbability(@ForAll("situations") InGameSituation s) {
        double p = SYMMETRIC.homeWinProbability(s, FallbackCounts.discarding());
        double q = SYMMETRIC.homeWinProbability(mirror(s), FallbackCounts.discarding());
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(p + q).isCloseTo(1.0, within(1e-9));
    }

    @Property(tries = 300)
    void moreHomePointsNeverLowerTheHomeWinProbability(@ForAll("situations") InGameSituation s) {
        InGameSituation more = new InGameSituation(s.homeScore() + 3, s.awayScore(), s.period(), s.clockSeconds(), s.possession(), s.down(),
                s.distance(), s.yardLine(), s.homeTimeouts(), s.awayTimeouts(), s.expectedHomeMargin());
        assertThat(SYMMETRIC.homeWinProbability(more, FallbackCounts.discarding()))
                .isGreaterThanOrEqualTo(SYMMETRIC.homeWinProbability(s, FallbackCounts.discarding()));
    }

    @Property(tries = 300)
    void lookupEstimateIsAProbabilityWithAValidInterval(@ForAll("situations") InGameSituation s) {
        WinProbabilityLookup.Estimate e = SYMMETRIC.lookup().estimate(s);
        assertThat(e.probability()).isBetween(0.0, 1.0);
        assertThat(e.interval().lower()).isLessThanOrEqualTo(e.interval().upper());
        assertThat(e.sampleSize()).isGreaterThanOrEqualTo(0);
    }
}
