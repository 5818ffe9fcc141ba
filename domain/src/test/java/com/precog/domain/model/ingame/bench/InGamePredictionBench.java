package com.precog.domain.model.ingame.bench;

import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameSituation;
import com.precog.domain.model.ingame.LinearPredictor;
import com.precog.domain.model.ingame.Possession;
import com.precog.domain.model.ingame.WinProbabilityLookup;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One in-game prediction (features + regression, and a lookup-table estimate) on varied situations.
 * Coefficients are those of the 2009–2020 fit (cost does not depend on their values); the lookup
 * holds 200,000 synthetic plays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InGamePredictionBench {
    private InGameModel model;
    private InGameSituation[] situations;
    private final FallbackCounts fallbacks = FallbackCounts.create();
    private int i;

    @Setup
    public void setUp() {
        Random r = new Random(7);
        double[] reg = {0.8718, 1.4047, 0.7850, 0.1207, -0.0237, -0.0157, 0.6985, 0.6190, 0.4908, 0.0859, -0.0016, -0.0245, -0.0605};
        double[] ot = {0.785, 0.848, 0.982, 0, 0.0246, 0, 0, 0.1395, 0, 0, 0, 0, 0};
        WinProbabilityLookup.Builder b = WinProbabilityLookup.builder(WinProbabilityLookup.Config.full());
        for (int k = 0; k < 200_000; k++) {
            int q = 1 + r.nextInt(4);
            int gsr = (4 - q) * 900 + r.nextInt(901);
            int hs = r.nextInt(35);
            int as = r.nextInt(35);
            b.add(new HistoricalPlay("2019_01_AWY_HOM", 2019, 1, "REG", "HOM", "AWY", k, q, gsr, gsr % 1800, r.nextBoolean() ? "HOM" : "AWY",
                    hs, as, 1 + r.nextInt(4), 1 + r.nextInt(15), 1 + r.nextInt(99), 3, 3, 3, r.nextBoolean() ? 30 : 0, 14, "PASS"), 1);
        }
        model = new InGameModel(new LinearPredictor(-0.06, reg), new LinearPredictor(0.084, ot), b.build());
        situations = new InGameSituation[1024];
        for (int k = 0; k < situations.length; k++) {
            situations[k] = new InGameSituation(r.nextInt(35), r.nextInt(35), 1 + r.nextInt(4), r.nextInt(901),
                    Possession.values()[r.nextInt(3)], r.nextInt(5) == 0 ? -1 : 1 + r.nextInt(4), 1 + r.nextInt(15),
                    r.nextInt(6) == 0 ? -1 : 1 + r.nextInt(99), r.nextInt(4), r.nextInt(4), r.nextGaussian() * 6);
        }
    }

    @Benchmark
    public double regressionPrediction() {
        return model.homeWinProbability(situations[i++ & 1023], fallbacks);
    }

    @Benchmark
    public double lookupEstimate() {
        return model.lookup().estimate(situations[i++ & 1023]).probability();
    }
}
