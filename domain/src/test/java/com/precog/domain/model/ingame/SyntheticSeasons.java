package com.precog.domain.model.ingame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic synthetic games (random walks of scores with a strength edge), for fitting tests. */
final class SyntheticSeasons {
    private SyntheticSeasons() {}

    static List<HistoricalPlay> games(int count, long seed) {
        Random r = new Random(seed);
        List<HistoricalPlay> out = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            String id = "2020_" + g + "_AWY_HOM";
            double spread = Math.round(r.nextGaussian() * 6 * 2) / 2.0;
            int[] scoreAt = new int[41];
            int[] awayAt = new int[41];
            for (int k = 1; k <= 40; k++) {
                scoreAt[k] = scoreAt[k - 1];
                awayAt[k] = awayAt[k - 1];
                double pHome = 0.2 + spread * 0.01;
                double u = r.nextDouble();
                if (u < pHome) scoreAt[k] += r.nextBoolean() ? 7 : 3;
                else if (u < 0.4) awayAt[k] += r.nextBoolean() ? 7 : 3;
            }
            boolean overtime = scoreAt[40] == awayAt[40];
            int hf = scoreAt[40];
            int af = awayAt[40];
            int extra = 0;
            if (overtime) {
                if (r.nextDouble() < 0.85) {
                    if (r.nextDouble() < 0.5 + spread * 0.02) hf += 3;
                    else af += 3;
                }
                extra = 5;
            }
            for (int k = 0; k < 40; k++) {
                int secs = 3600 - k * 90;
                int q = Math.min(4, 1 + k / 10);
                out.add(new HistoricalPlay(id, 2020, 1, "REG", "HOM", "AWY", k, q, secs, secs % 1800, k % 2 == 0 ? "HOM" : "AWY",
                        scoreAt[k], awayAt[k], 1 + k % 4, 10, 20 + (k * 7) % 60, 3, 3, spread, hf, af, "PASS"));
            }
            for (int k = 0; k < extra; k++) {
                out.add(new HistoricalPlay(id, 2020, 1, "REG", "HOM", "AWY", 40 + k, 5, 600 - k * 100, 600 - k * 100, k % 2 == 0 ? "HOM" : "AWY",
                        scoreAt[40], awayAt[40], 1, 10, 75, 2, 2, spread, hf, af, "RUSH"));
            }
        }
        return out;
    }
}
