package com.precog.runner.cli.ingame;

import com.precog.domain.model.ingame.*;
import java.nio.file.Path;
import java.util.*;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ScratchFiguresTest {
    @Test
    void figures() throws Exception {
        long t0 = System.nanoTime();
        List<Path> train = new ArrayList<>();
        for (int s = 2009; s <= 2020; s++) train.add(SharedData.season(s));
        List<HistoricalPlay> tr = PlayByPlayFile.readAll(train, b -> System.out.println(b));
        List<HistoricalPlay> te = PlayByPlayFile.readAll(List.of(SharedData.season(2021), SharedData.season(2022)), b -> System.out.println(b));
        long t1 = System.nanoTime();
        System.out.println("read " + (tr.size() + te.size()) + " in " + (t1 - t0) / 1e6 + " ms");
        for (double alpha : new double[] {1e-5, 1e-4, 1e-3}) {
            InGameModel m = InGameModelFitter.fit(tr, new InGameModelFitter.Config(alpha, 0.01, WinProbabilityLookup.Config.full()));
            long t2 = System.nanoTime();
            WinProbabilityLookup sc = WinProbabilityLookup.builder(WinProbabilityLookup.Config.scoreAndClock()).build();
            var b = WinProbabilityLookup.builder(WinProbabilityLookup.Config.scoreAndClock());
            for (HistoricalPlay p : tr) b.add(p, 1);
            sc = b.build();
            WinProbabilityLookup scf = sc;
            FallbackCounts fc = FallbackCounts.create();
            Map<String, ToDoubleFunction<HistoricalPlay>> f = new LinkedHashMap<>();
            f.put("model", p -> m.homeWinProbability(InGameSituation.of(p), fc));
            f.put("baseline", InGameEvaluation::baselineNormal);
            f.put("lookup", p -> m.lookup().estimate(InGameSituation.of(p)).probability());
            f.put("lookup_score_clock", p -> scf.estimate(InGameSituation.of(p)).probability());
            var r = InGameEvaluation.evaluate(te, f);
            System.out.println("alpha " + alpha + " fit ms " + (t2 - t1) / 1e6 + " plays " + r.plays() + " games " + r.games());
            r.scores().forEach((k, v) -> System.out.println(k + " brier " + v.brier() + " ll " + v.logLoss() + " ece " + v.ece()));
            System.out.println(m.regulation());
            t1 = System.nanoTime();
        }
    }
}
