package com.precog.runner.cli.model;

import com.precog.domain.evaluation.CalibrationMetrics;
import com.precog.domain.evaluation.CrossValidationSummary;
import com.precog.domain.evaluation.GateCriteria;
import com.precog.domain.evaluation.MetricSummary;
import com.precog.domain.evaluation.ModelVsMarket;
import com.precog.domain.model.PreGameBacktest;
import com.precog.runner.report.HtmlReport;
import com.precog.runner.report.ReportCharts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the evaluation report: summary, model-vs-market table, reliability diagram, Brier by season, CV folds. */
final class ModelReports {
    private ModelReports() {}

    /** One evaluated model: its label, predictions and scores. */
    record Evaluated(String label, List<PreGameBacktest.Prediction> predictions, ModelVsMarket scores,
                     Optional<CrossValidationSummary> crossValidation) {}

    static String f4(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    static List<String> metricsRow(String label, MetricSummary s) {
        return List.of(label, String.valueOf(s.n()), f4(s.accuracy()), f4(s.brier()), f4(s.logLoss()), f4(s.ece()), f4(s.auc()));
    }

    static final List<String> METRIC_HEADERS = List.of("forecaster", "n", "accuracy", "Brier", "log loss", "ECE", "AUC");

    /** A number of the configuration as written ({@code 0.05}, not {@code 0.050000}). */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * @param gate the activation gate in force (its market margin is quoted)
     * @param unstableSd the fold-accuracy sd above which a cross-validation is unstable
     */
    static HtmlReport build(String title, Map<String, String> about, List<Evaluated> models, Instant now, GateCriteria gate, double unstableSd) {
        HtmlReport.Builder b = HtmlReport.builder(title).generatedAt(now)
                .subtitle("Walk-forward evaluation next to the closing-line market (P = Φ(expected home margin / 13.45)).");
        b.section("Run").keyValues(about);

        List<List<String>> rows = new ArrayList<>();
        for (Evaluated e : models) {
            rows.add(metricsRow(e.label() + " (all forecasts)", e.scores().model()));
            e.scores().modelOnMarketGames().ifPresent(s -> rows.add(metricsRow(e.label() + " (games with a line)", s)));
        }
        models.get(0).scores().market().ifPresent(s -> rows.add(metricsRow("market: closing spread", s)));
        HtmlReport.Section vs = b.section("Model vs market").table(METRIC_HEADERS, rows);
        for (Evaluated e : models) {
            if (e.scores().market().isPresent()) {
                double d = e.scores().modelOnMarketGames().orElseThrow().brier() - e.scores().market().orElseThrow().brier();
                vs.paragraph(e.label() + ": Brier minus market Brier on the same " + e.scores().marketGames() + " games = "
                        + String.format(Locale.ROOT, "%+.4f", d) + String.format(Locale.ROOT, " (activation gate: at most %+.4f).", gate.maxBrierExcessOverMarket()));
            }
        }

        Map<String, CalibrationMetrics.ReliabilityBin[]> rel = new LinkedHashMap<>();
        for (Evaluated e : models) {
            rel.put(e.label(), CalibrationMetrics.reliability(probs(e.predictions(), false), outcomes(e.predictions(), false), 10));
        }
        List<PreGameBacktest.Prediction> withMarket = models.get(0).predictions().stream().filter(p -> p.market().isPresent()).toList();
        if (!withMarket.isEmpty()) rel.put("market", CalibrationMetrics.reliability(probs(withMarket, true), outcomes(withMarket, true), 10));
        b.section("Reliability diagram").chart(ReportCharts.reliabilityDiagram("Reliability (10 equal-width bins)", rel), 760, 520,
                "reliability diagram").paragraph("Points: mean forecast vs observed home-win frequency per bin; the dashed line is perfect calibration.");

        Map<String, SortedMap<Integer, Double>> brier = new LinkedHashMap<>();
        SortedMap<Integer, ModelVsMarket> first = null;
        for (Evaluated e : models) {
            SortedMap<Integer, ModelVsMarket> by = PreGameBacktest.scoreBySeason(e.predictions());
            if (first == null) first = by;
            TreeMap<Integer, Double> s = new TreeMap<>();
            by.forEach((season, sc) -> s.put(season, sc.model().brier()));
            brier.put(e.label(), s);
        }
        TreeMap<Integer, Double> market = new TreeMap<>();
        first.forEach((season, sc) -> sc.market().ifPresent(m -> market.put(season, m.brier())));
        if (!market.isEmpty()) brier.put("market", market);
        HtmlReport.Section bs = b.section("Brier by season")
                .chart(ReportCharts.lineChart("Brier score by season (lower is better)", "season", "Brier", brier), 760, 420, "Brier by season");
        List<String> headers = new ArrayList<>(List.of("season", "games"));
        brier.keySet().forEach(k -> headers.add(k));
        List<List<String>> seasonRows = new ArrayList<>();
        for (var entry : first.entrySet()) {
            List<String> r = new ArrayList<>(List.of(String.valueOf(entry.getKey()), String.valueOf(entry.getValue().model().n())));
            for (SortedMap<Integer, Double> s : brier.values()) r.add(s.containsKey(entry.getKey()) ? f4(s.get(entry.getKey())) : "n/a");
            seasonRows.add(r);
        }
        bs.table(headers, seasonRows);

        for (Evaluated e : models) {
            e.crossValidation().ifPresent(cv -> {
                List<List<String>> folds = new ArrayList<>();
                for (int i = 0; i < cv.folds().size(); i++) folds.add(metricsRow("fold " + (i + 1), cv.folds().get(i)));
                b.section("Temporal cross-validation: " + e.label()).table(METRIC_HEADERS, folds)
                        .paragraph("Mean accuracy " + f4(cv.meanAccuracy()) + ", sd " + f4(cv.sdAccuracy())
                                + (cv.unstable() ? " — UNSTABLE (sd > " + plain(unstableSd) + ")" : " (stable: sd <= " + plain(unstableSd) + ")"));
            });
        }
        return b.build();
    }

    private static double[] probs(List<PreGameBacktest.Prediction> ps, boolean market) {
        double[] out = new double[ps.size()];
        for (int i = 0; i < out.length; i++) out[i] = market ? ps.get(i).market().getAsDouble() : ps.get(i).estimate().probability();
        return out;
    }

    private static double[] outcomes(List<PreGameBacktest.Prediction> ps, boolean market) {
        double[] out = new double[ps.size()];
        for (int i = 0; i < out.length; i++) out[i] = ps.get(i).outcome();
        return out;
    }
}
