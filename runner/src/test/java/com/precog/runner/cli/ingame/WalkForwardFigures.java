package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.application.port.out.ingame.InMemoryHistoricalPlays;
import com.precog.application.port.out.ingame.InMemoryInGameModelVersions;
import com.precog.application.service.ingame.EvaluateInGameModel;
import com.precog.application.service.ingame.FitInGameModel;
import com.precog.application.service.ingame.ImportHistoricalPlays;
import com.precog.domain.model.ingame.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.*;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Produces the figures of docs/PERFORMANCE.md (walk-forward evaluation, ECE noise floor, parse and
 * scoring speed) and the HTML report. Opt-in, it reads all 14 seasons several times:
 * {@code mvn -B -ntp -pl runner -am test -Dtest=WalkForwardFigures -Dsurefire.failIfNoSpecifiedTests=false -Dprecog.figures=true}
 */
@EnabledIfSystemProperty(named = "precog.figures", matches = "true")
class WalkForwardFigures {

    /** CPU time (not wall time: the machine is shared) per prediction and per 90k-play evaluation, real model and real plays. */
    @Test
    void cpuTimePerPrediction() throws Exception {
        List<HistoricalPlay> all = PlayByPlayFile.readAll(List.of(SharedData.pbp()), b -> {});
        InGameModel m = InGameModelFitter.fit(all.stream().filter(p -> p.season() <= 2020).toList(), InGameModelFitter.Config.defaults());
        List<HistoricalPlay> test = all.stream().filter(p -> p.season() >= 2021).toList();
        InGameSituation[] s = test.stream().map(InGameSituation::of).toArray(InGameSituation[]::new);
        FallbackCounts fc = FallbackCounts.create();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int n = 0;
            for (int k = 0; k < 20; k++) for (InGameSituation x : s) { sink += m.homeWinProbability(x, fc); n++; }
            long cpu = mx.getCurrentThreadCpuTime() - c0;
            long wall = System.nanoTime() - w0;
            long c1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 20; k++) for (InGameSituation x : s) sink += m.lookup().estimate(x).probability();
            long cpuLookup = mx.getCurrentThreadCpuTime() - c1;
            long c2 = mx.getCurrentThreadCpuTime();
            new EvaluateInGameModel(new InMemoryInGameModelVersions()).evaluate(m, test, fc);
            long cpuEval = mx.getCurrentThreadCpuTime() - c2;
            System.out.printf(Locale.ROOT, "CPU round %d: prediction %.0f ns cpu (%.0f ns wall), lookup %.0f ns cpu, evaluate %,d plays %.0f ms cpu%n",
                    round, (double) cpu / n, (double) wall / n, (double) cpuLookup / n, test.size(), cpuEval / 1e6);
        }
        System.out.println(sink);
    }

    @Test
    void parseSpeed() throws Exception {
        for (int pass = 1; pass <= 3; pass++) {
            long t = System.nanoTime();
            int n = PlayByPlayFile.readAll(List.of(SharedData.pbp()), b -> {}).size();
            double sec = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "PARSE pass %d: %,d plays in %.2f s = %,.0f plays/s%n", pass, n, sec, n / sec);
        }
    }

    @Test
    void walkForward() throws Exception {
        StringBuilder md = new StringBuilder();
        long t0 = System.nanoTime();
        List<HistoricalPlay> all = PlayByPlayFile.readAll(List.of(SharedData.pbp()), b -> System.out.println(b));
        double readS = (System.nanoTime() - t0) / 1e9;
        md.append(String.format(Locale.ROOT, "parse (first pass, cold JIT): %,d plays from 14 gzip files in %.2f s = %,.0f plays/s%n", all.size(), readS, all.size() / readS));
        long tw = System.nanoTime();
        int again = PlayByPlayFile.readAll(List.of(SharedData.pbp()), b -> {}).size();
        double warmS = (System.nanoTime() - tw) / 1e9;
        md.append(String.format(Locale.ROOT, "parse (second pass, warm): %,d plays in %.2f s = %,.0f plays/s%n", again, warmS, again / warmS));

        // import into the in-memory store through the use case (parse + store), twice (idempotence)
        InMemoryHistoricalPlays store = new InMemoryHistoricalPlays();
        ImportHistoricalPlays imp = new ImportHistoricalPlays(store);
        long t1 = System.nanoTime();
        long added = 0;
        for (Path f : PlayByPlayFile.expand(List.of(SharedData.pbp()))) {
            try (PlayByPlayFile r = PlayByPlayFile.open(f, b -> {})) {
                if (imp.importSource(f.toString(), r) instanceof ImportHistoricalPlays.Imported i) added += i.added();
            }
        }
        double impS = (System.nanoTime() - t1) / 1e9;
        md.append(String.format(Locale.ROOT, "import (parse + in-memory store): %,d plays in %.2f s = %,.0f plays/s%n", added, impS, added / impS));
        assertThat(added).isEqualTo(649_119);

        for (int[] split : new int[][] {{2009, 2020, 2021, 2022}, {2009, 2021, 2022, 2022}}) {
            SeasonRange train = new SeasonRange(split[0], split[1]);
            SeasonRange test = new SeasonRange(split[2], split[3]);
            InMemoryInGameModelVersions versions = new InMemoryInGameModelVersions();
            long f0 = System.nanoTime();
            FitInGameModel.Result fit = new FitInGameModel(versions, Clock.systemUTC()).fit("wp", all, train, InGameModelFitter.Config.defaults());
            double fitS = (System.nanoTime() - f0) / 1e9;
            List<HistoricalPlay> rows = all.stream().filter(p -> test.contains(p.season())).toList();
            var sc = WinProbabilityLookup.builder(WinProbabilityLookup.Config.scoreAndClock());
            for (HistoricalPlay p : all) if (train.contains(p.season())) sc.add(p, 1);
            WinProbabilityLookup scoreClock = sc.build();
            InGameModel m = fit.model();
            FallbackCounts fc = FallbackCounts.create();
            long e0 = System.nanoTime();
            InGameEvaluation.Result only = new EvaluateInGameModel(versions).evaluate(m, rows, fc);
            double evalS = (System.nanoTime() - e0) / 1e9;
            Map<String, ToDoubleFunction<HistoricalPlay>> f = new LinkedHashMap<>();
            f.put("model (logistic)", p -> m.homeWinProbability(InGameSituation.of(p), FallbackCounts.discarding()));
            f.put("baseline_normal", InGameEvaluation::baselineNormal);
            f.put("lookup (full)", p -> m.lookup().estimate(InGameSituation.of(p)).probability());
            f.put("lookup (score+clock)", p -> scoreClock.estimate(InGameSituation.of(p)).probability());
            InGameEvaluation.Result r = InGameEvaluation.evaluate(rows, f);
            md.append(String.format(Locale.ROOT, "%n### fit %s, test %s (%,d training plays, fit %.1f s; %,d test plays, %d games; evaluate use case %.2f s)%n%n",
                    train, test, fit.plays(), fitS, r.plays(), r.games(), evalS));
            md.append("| forecaster | Brier | log loss | ECE | accuracy | Brier Q1 | Q2 | Q3 | Q4 |\n|---|---|---|---|---|---|---|---|---|\n");
            r.scores().forEach((k, s) -> {
                md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f", k, s.brier(), s.logLoss(), s.ece(), s.accuracy()));
                for (double q : s.brierByQuarter()) md.append(String.format(Locale.ROOT, " | %.4f", q));
                md.append(" |\n");
            });
            md.append("\nfallbacks while scoring (feed gaps in the data): ").append(fc.snapshot()).append('\n');
            md.append("\nregulation coefficients: ").append(m.regulation()).append('\n');
            md.append("overtime coefficients: ").append(m.overtime()).append('\n');
            if (split[1] == 2020) {
                Path out = Path.of(System.getProperty("precog.figures.report", "target/ingame-report.html")).toAbsolutePath();
                Files.writeString(out, InGameReport.html("fit 2009-2020, test 2021-2022", r));
                md.append("report: ").append(out.toAbsolutePath()).append('\n');
                // overtime sanity on real data: tied overtime start, even game, unknown possession
                double otStart = m.homeWinProbability(new InGameSituation(20, 20, 5, 600, Possession.UNKNOWN, -1, -1, -1, -1, -1, 0), FallbackCounts.discarding());
                md.append(String.format(Locale.ROOT, "overtime start, tied, spread 0: P(home) = %.3f%n", otStart));
            }
        }

        // ECE noise floor: the same model family with its regression fitted on all 14 seasons, scored in-sample on 2-season windows
        InGameModel everything = InGameModelFitter.fit(all, InGameModelFitter.Config.defaults().withRegressionWindowSeasons(0));
        md.append("\n### in-sample ECE of a model fitted on 2009-2022, by 2-season window\n\n| window | plays | Brier | ECE |\n|---|---|---|---|\n");
        for (int s = 2007; s <= 2021; s += 2) {
            SeasonRange w = s == 2007 ? new SeasonRange(2009, 2022) : new SeasonRange(s, s + 1);
            List<HistoricalPlay> rows = all.stream().filter(p -> w.contains(p.season())).toList();
            InGameEvaluation.Result r = InGameEvaluation.evaluate(rows, Map.of("m", p -> everything.homeWinProbability(InGameSituation.of(p), FallbackCounts.discarding())));
            InGameEvaluation.Scores sc = r.scores().get("m");
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.4f | %.4f |%n", w, r.plays(), sc.brier(), sc.ece()));
        }
        System.out.println("FIGURES\n" + md);
        Files.writeString(Path.of("target/ingame-figures.md"), md.toString());
    }
}
