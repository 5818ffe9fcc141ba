package com.precog.domain.model.bench;

import com.precog.domain.model.EloGame;
import com.precog.domain.model.EloParameters;
import com.precog.domain.model.EloRatingBook;
import com.precog.domain.model.HistoricalGame;
import com.precog.domain.model.ModelEstimate;
import com.precog.domain.model.ModelType;
import com.precog.domain.model.PreGameFeatureBuilder;
import com.precog.domain.model.PreGameModel;
import com.precog.domain.model.PreGameModelSpec;
import com.precog.domain.model.PreGameRow;
import com.precog.domain.model.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
 * Issue 6 budgets: ensemble prediction for one game ≤ 5 µs; Elo replay of the 16,810 games of
 * nfl_games_538.csv ≤ 50 ms. Run:
 * {@code mvn -B -ntp -Pbench -pl domain test-compile exec:exec -Dbench=ModelBenchmarks -Dbench.args="-f 1 -wi 3 -i 5"}
 */
public class ModelBenchmarks {

    /** The 16,810 FiveThirtyEight games, parsed once. */
    @State(Scope.Benchmark)
    public static class Games538 {
        List<EloGame> games;

        @Setup
        public void load() throws IOException {
            List<String> lines = Files.readAllLines(SharedData.historical("nfl_games_538.csv"));
            games = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                games.add(new EloGame(LocalDate.parse(f[0]), Integer.parseInt(f[1]), f[4], f[5], f[2].equals("1"), f[3].equals("1"),
                        Integer.parseInt(f[9]), Integer.parseInt(f[10])));
            }
            if (games.size() != 16_810) throw new IllegalStateException("expected 16,810 games, read " + games.size());
        }
    }

    /** A trained ensemble (elo + logistic regression on elo_diff and market log-odds + market member) and one game to forecast. */
    @State(Scope.Benchmark)
    public static class TrainedEnsemble {
        PreGameModel ensemble;
        PreGameRow row;

        @Setup
        public void train() {
            Random r = new Random(11);
            String[] teams = {"A", "B", "C", "D", "E", "F", "G", "H"};
            List<HistoricalGame> games = new ArrayList<>();
            LocalDate d = LocalDate.of(2010, 9, 1);
            for (int i = 0; i < 3000; i++) {
                if (i % 8 == 0) d = d.plusDays(7);
                int h = r.nextInt(8), a = (h + 1 + r.nextInt(7)) % 8;
                double margin = (a - h) * 1.5 + 2;
                int hs = 17 + (int) Math.max(0, Math.round(margin + r.nextGaussian() * 13));
                int as = 17 + r.nextInt(10);
                games.add(new HistoricalGame(d, d.getYear(), false, teams[h], teams[a], hs, as, false, OptionalDouble.of(margin)));
            }
            PreGameModelSpec spec = PreGameModelSpec.parse(ModelType.ENSEMBLE,
                    Map.of("features", "elo_diff,market_logit", "weights.market", "0.25"));
            List<PreGameRow> rows = PreGameFeatureBuilder.build(games, spec.elo());
            ensemble = spec.train(rows.subList(0, rows.size() - 1));
            row = rows.get(rows.size() - 1);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Optional<ModelEstimate> ensemblePredictOneGame(TrainedEnsemble s) {
        return s.ensemble.estimate(s.row);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double eloReplay538(Games538 s) {
        EloRatingBook book = new EloRatingBook(EloParameters.fiveThirtyEightNfl());
        double sum = 0;
        for (EloGame g : s.games) sum += book.play(g).homeShift();
        return sum;
    }
}
