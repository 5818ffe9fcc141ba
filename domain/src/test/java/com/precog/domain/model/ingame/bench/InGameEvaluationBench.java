package com.precog.domain.model.ingame.bench;

import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameEvaluation;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameSituation;
import com.precog.domain.model.ingame.LinearPredictor;
import com.precog.domain.model.ingame.WinProbabilityLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Evaluating 90,000 plays: the model and the normal baseline scored (Brier, log loss, ECE, by quarter, reliability). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InGameEvaluationBench {
    private List<HistoricalPlay> plays;
    private Map<String, ToDoubleFunction<HistoricalPlay>> forecasters;

    @Setup
    public void setUp() {
        Random r = new Random(11);
        plays = new ArrayList<>(90_000);
        for (int k = 0; k < 90_000; k++) {
            int q = 1 + r.nextInt(4);
            int gsr = (4 - q) * 900 + r.nextInt(901);
            plays.add(new HistoricalPlay("2021_" + (k / 160) + "_AWY_HOM", 2021, 1, "REG", "HOM", "AWY", k % 160, q, gsr, gsr % 1800,
                    r.nextBoolean() ? "HOM" : "AWY", r.nextInt(35), r.nextInt(35), 1 + r.nextInt(4), 1 + r.nextInt(15), 1 + r.nextInt(99),
                    r.nextInt(4), r.nextInt(4), Math.round(r.nextGaussian() * 12) / 2.0, r.nextBoolean() ? 30 : 0, 14, "PASS"));
        }
        double[] reg = {0.8718, 1.4047, 0.7850, 0.1207, -0.0237, -0.0157, 0.6985, 0.6190, 0.4908, 0.0859, -0.0016, -0.0245, -0.0605};
        InGameModel model = new InGameModel(new LinearPredictor(-0.06, reg), new LinearPredictor(0, new double[13]),
                WinProbabilityLookup.builder(WinProbabilityLookup.Config.full()).build());
        FallbackCounts fc = FallbackCounts.create();
        forecasters = new LinkedHashMap<>();
        forecasters.put("model", p -> model.homeWinProbability(InGameSituation.of(p), fc));
        forecasters.put("baseline_normal", InGameEvaluation::baselineNormal);
    }

    @Benchmark
    public InGameEvaluation.Result evaluate90k() {
        return InGameEvaluation.evaluate(plays, forecasters);
    }
}
