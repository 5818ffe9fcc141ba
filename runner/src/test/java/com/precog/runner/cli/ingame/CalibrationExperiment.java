package com.precog.runner.cli.ingame;

import com.precog.domain.evaluation.CalibrationMetrics;
import com.precog.domain.model.LogisticRegression;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.HistoricalPlay;
import com.precog.domain.model.ingame.InGameModel;
import com.precog.domain.model.ingame.InGameModelFitter;
import com.precog.domain.model.ingame.InGamePrediction;
import com.precog.domain.model.ingame.InGameSituation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Recalibration experiment of docs/PERFORMANCE.md (issue 12, ECE goal): calibrators fitted ONLY on
 * training seasons (2009–2020), on predictions the base model made for seasons it was not fitted on
 * (blocked cross-fitting by seasons), then applied to the model fitted on 2009–2020 and scored on
 * 2021–2022. Opt-in: {@code -Dtest=CalibrationExperiment -Dprecog.figures=true}.
 */
@EnabledIfSystemProperty(named = "precog.figures", matches = "true")
class CalibrationExperiment {

    private record Scored(double[] p, double[] y, int[] quarter) {}

    private static Scored score(InGameModel m, List<HistoricalPlay> plays) {
        List<HistoricalPlay> rows = plays.stream().filter(HistoricalPlay::isScoredInEvaluation).toList();
        double[] p = new double[rows.size()];
        double[] y = new double[rows.size()];
        int[] q = new int[rows.size()];
        FallbackCounts fc = FallbackCounts.discarding();
        for (int i = 0; i < p.length; i++) {
            HistoricalPlay r = rows.get(i);
            InGamePrediction pr = m.predict(InGameSituation.of(r), fc);
            p[i] = pr.homeWinProbability();
            y[i] = r.homeOutcome();
            q[i] = r.quarter();
        }
        return new Scored(p, y, q);
    }

    private static double logit(double p) {
        double c = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(c / (1 - c));
    }

    /** Platt: P = σ(a + b·logit p), optionally per quarter. */
    private static double[][] fitPlatt(Scored s, boolean byQuarter) {
        double[][] ab = new double[5][];
        for (int q = 1; q <= 4; q++) {
            List<double[]> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < s.p.length; i++) {
                if (byQuarter && s.quarter[i] != q) continue;
                if (s.p[i] == 0 || s.p[i] == 1) continue;
                xs.add(new double[] {logit(s.p[i])});
                ys.add(s.y[i]);
            }
            LogisticRegression.Fitted f = LogisticRegression.of(0, 100, 1e-10).fit(xs.toArray(double[][]::new),
                    ys.stream().mapToDouble(Double::doubleValue).toArray());
            ab[q] = new double[] {f.intercept(), f.coefficients()[0]};
            if (!byQuarter) {
                for (int k = 1; k <= 4; k++) ab[k] = ab[q];
                break;
            }
        }
        return ab;
    }

    private static double[] applyPlatt(Scored s, double[][] ab) {
        double[] out = new double[s.p.length];
        for (int i = 0; i < out.length; i++) {
            double p = s.p[i];
            out[i] = p == 0 || p == 1 ? p : LogisticRegression.sigmoid(ab[s.quarter[i]][0] + ab[s.quarter[i]][1] * logit(p));
        }
        return out;
    }

    /** Isotonic regression (pool adjacent violators) of y on p; returns sorted knots (p, fitted). */
    private static double[][] fitIsotonic(Scored s) {
        Integer[] idx = new Integer[s.p.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(s.p[a], s.p[b]));
        int n = idx.length;
        double[] val = new double[n];
        double[] wt = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        int top = 0;
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            val[top] = s.y[i];
            wt[top] = 1;
            lo[top] = s.p[i];
            hi[top] = s.p[i];
            top++;
            while (top > 1 && val[top - 2] > val[top - 1]) {
                double w = wt[top - 2] + wt[top - 1];
                val[top - 2] = (val[top - 2] * wt[top - 2] + val[top - 1] * wt[top - 1]) / w;
                wt[top - 2] = w;
                hi[top - 2] = hi[top - 1];
                top--;
            }
        }
        double[][] knots = new double[top][];
        for (int b = 0; b < top; b++) knots[b] = new double[] {(lo[b] + hi[b]) / 2, val[b]};
        return knots;
    }

    private static double[] applyIsotonic(Scored s, double[][] knots) {
        double[] out = new double[s.p.length];
        for (int i = 0; i < out.length; i++) {
            double p = s.p[i];
            if (p == 0 || p == 1) {
                out[i] = p;
                continue;
            }
            int lo = 0;
            int hi = knots.length - 1;
            if (p <= knots[0][0]) {
                out[i] = knots[0][1];
                continue;
            }
            if (p >= knots[hi][0]) {
                out[i] = knots[hi][1];
                continue;
            }
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (knots[mid][0] <= p) lo = mid;
                else hi = mid;
            }
            double t = (p - knots[lo][0]) / (knots[hi][0] - knots[lo][0]);
            out[i] = knots[lo][1] + t * (knots[hi][1] - knots[lo][1]);
        }
        return out;
    }

    /** Intercept shift a (slope fixed at 1): maximises the likelihood of σ(a + logit p) on {@code s} (Newton). */
    private static double fitShift(Scored s) {
        double a = 0;
        for (int it = 0; it < 50; it++) {
            double g = 0;
            double h = 0;
            for (int i = 0; i < s.p.length; i++) {
                if (s.p[i] == 0 || s.p[i] == 1) continue;
                double q = LogisticRegression.sigmoid(a + logit(s.p[i]));
                g += s.y[i] - q;
                h += q * (1 - q);
            }
            double step = g / h;
            a += step;
            if (Math.abs(step) < 1e-12) break;
        }
        return a;
    }

    private static double[] applyShift(Scored s, double a) {
        double[] out = new double[s.p.length];
        for (int i = 0; i < out.length; i++) out[i] = s.p[i] == 0 || s.p[i] == 1 ? s.p[i] : LogisticRegression.sigmoid(a + logit(s.p[i]));
        return out;
    }

    private static Scored seasons(Scored s, List<HistoricalPlay> plays, int from, int to) {
        List<HistoricalPlay> rows = plays.stream().filter(HistoricalPlay::isScoredInEvaluation).toList();
        int n = 0;
        for (HistoricalPlay r : rows) if (r.season() >= from && r.season() <= to) n++;
        double[] p = new double[n];
        double[] y = new double[n];
        int[] q = new int[n];
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            int season = rows.get(i).season();
            if (season < from || season > to) continue;
            p[k] = s.p[i];
            y[k] = s.y[i];
            q[k++] = s.quarter[i];
        }
        return new Scored(p, y, q);
    }

    private static void print(String name, double[] p, Scored test) {
        System.out.printf(Locale.ROOT, "CAL %-44s brier %.4f  log_loss %.4f  ece %.4f%n", name, CalibrationMetrics.brier(p, test.y),
                CalibrationMetrics.logLoss(p, test.y), CalibrationMetrics.expectedCalibrationError(p, test.y));
    }

    private static Scored concat(List<Scored> parts) {
        int n = parts.stream().mapToInt(s -> s.p.length).sum();
        double[] p = new double[n];
        double[] y = new double[n];
        int[] q = new int[n];
        int k = 0;
        for (Scored s : parts) {
            System.arraycopy(s.p, 0, p, k, s.p.length);
            System.arraycopy(s.y, 0, y, k, s.y.length);
            System.arraycopy(s.quarter, 0, q, k, s.quarter.length);
            k += s.p.length;
        }
        return new Scored(p, y, q);
    }

    @Test
    void recalibrationFittedOnTrainingSeasonsOnly() throws Exception {
        List<HistoricalPlay> all = PlayByPlayFile.readAll(List.of(SharedData.pbp()), b -> {});
        List<HistoricalPlay> train = all.stream().filter(p -> p.season() <= 2020).toList();
        List<HistoricalPlay> test = all.stream().filter(p -> p.season() >= 2021).toList();
        InGameModelFitter.Config cfg = InGameModelFitter.Config.defaults();
        InGameModel base = InGameModelFitter.fit(train, cfg);
        Scored t = score(base, test);
        print("raw model (fit 2009-2020)", t.p, t);
        for (CalibrationMetrics.ReliabilityBin b : CalibrationMetrics.reliability(t.p, t.y, 10)) System.out.println("CAL   bin " + b);

        // out-of-fold predictions on the training seasons: blocked folds of 3 seasons
        List<Scored> oof = new ArrayList<>();
        for (int first = 2009; first <= 2018; first += 3) {
            int a = first;
            int z = first + 2;
            InGameModel m = InGameModelFitter.fit(train.stream().filter(p -> p.season() < a || p.season() > z).toList(), cfg);
            oof.add(score(m, train.stream().filter(p -> p.season() >= a && p.season() <= z).toList()));
        }
        Scored cross = concat(oof);
        print("raw, out-of-fold on 2009-2020 (calibration set)", cross.p, cross);
        // forward-only: model fit 2009-2018, predictions on 2019-2020
        Scored forward = score(InGameModelFitter.fit(train.stream().filter(p -> p.season() <= 2018).toList(), cfg),
                train.stream().filter(p -> p.season() >= 2019).toList());

        print("platt (cross-fit 2009-2020)", applyPlatt(t, fitPlatt(cross, false)), t);
        print("platt by quarter (cross-fit)", applyPlatt(t, fitPlatt(cross, true)), t);
        print("isotonic (cross-fit)", applyIsotonic(t, fitIsotonic(cross)), t);
        print("platt (fit 2009-18 -> 2019-20)", applyPlatt(t, fitPlatt(forward, false)), t);
        print("platt by quarter (2009-18 -> 2019-20)", applyPlatt(t, fitPlatt(forward, true)), t);
        print("isotonic (2009-18 -> 2019-20)", applyIsotonic(t, fitIsotonic(forward)), t);
        // recency: the home-field level of the latest training seasons (slope fixed), fitted out of sample
        double aForward = fitShift(forward);
        print(String.format(Locale.ROOT, "shift a=%.4f (2009-18 -> 2019-20)", aForward), applyShift(t, aForward), t);
        List<HistoricalPlay> trainOrdered = new ArrayList<>();
        for (int first = 2009; first <= 2018; first += 3) {
            int a = first;
            int z = first + 2;
            trainOrdered.addAll(train.stream().filter(p -> p.season() >= a && p.season() <= z).toList());
        }
        Scored recent = seasons(cross, trainOrdered, 2019, 2020);
        double aCross = fitShift(recent);
        print(String.format(Locale.ROOT, "shift a=%.4f (out-of-fold 2019-20)", aCross), applyShift(t, aCross), t);
        Scored y2020 = seasons(cross, trainOrdered, 2020, 2020);
        double a2020 = fitShift(y2020);
        print(String.format(Locale.ROOT, "shift a=%.4f (out-of-fold 2020)", a2020), applyShift(t, a2020), t);
        double[][] ab = fitPlatt(cross, false);
        System.out.printf(Locale.ROOT, "CAL platt cross-fit a=%.4f b=%.4f%n", ab[1][0], ab[1][1]);
    }
}
