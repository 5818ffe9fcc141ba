package com.precog.runner.cli.ingame;

import com.precog.domain.evaluation.CalibrationMetrics;
import com.precog.domain.model.ingame.InGameEvaluation;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal self-contained HTML report of an in-game evaluation: the scores table (model vs
 * baselines), a reliability diagram and Brier by quarter, drawn as inline SVG (no scripts, no
 * external files).
 */
final class InGameReport {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};

    private InGameReport() {}

    static String html(String title, InGameEvaluation.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>In-game evaluation ").append(esc(title))
                .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}</style></head><body>");
        b.append("<h1>In-game evaluation: ").append(esc(title)).append("</h1>");
        b.append(String.format(Locale.ROOT, "<p>%,d plays of %,d games (quarters 1&ndash;4, timeouts excluded).</p>", r.plays(), r.games()));
        b.append("<h2>Model vs baseline</h2><table><tr><th>forecaster</th><th>Brier</th><th>log loss</th><th>ECE</th><th>accuracy</th>"
                + "<th>Brier Q1</th><th>Q2</th><th>Q3</th><th>Q4</th></tr>");
        for (Map.Entry<String, InGameEvaluation.Scores> e : r.scores().entrySet()) {
            InGameEvaluation.Scores s = e.getValue();
            b.append("<tr><th>").append(esc(e.getKey())).append("</th>").append(td(s.brier())).append(td(s.logLoss())).append(td(s.ece())).append(td(s.accuracy()));
            for (double q : s.brierByQuarter()) b.append(td(q));
            b.append("</tr>");
        }
        b.append("</table>");
        b.append("<h2>Reliability diagram</h2>").append(reliability(r));
        b.append("<h2>Brier by quarter</h2>").append(byQuarter(r));
        b.append("</body></html>\n");
        return b.toString();
    }

    private static String reliability(InGameEvaluation.Result r) {
        int w = 420;
        int h = 420;
        int pad = 40;
        double size = w - 2 * pad;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">", w + 160, h));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#999\"/>", pad, pad, size, size));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%d\" stroke=\"#bbb\" stroke-dasharray=\"4\"/>", pad, pad + size, pad + size, pad));
        s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">forecast P(home wins)</text>", pad + size / 2, h - 8));
        s.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%.0f\" font-size=\"12\" transform=\"rotate(-90 12 %.0f)\" text-anchor=\"middle\">observed home win share</text>", pad + size / 2, pad + size / 2));
        int k = 0;
        for (Map.Entry<String, InGameEvaluation.Scores> e : r.scores().entrySet()) {
            String c = COLOURS[k % COLOURS.length];
            StringBuilder pts = new StringBuilder();
            for (CalibrationMetrics.ReliabilityBin bin : e.getValue().reliability()) {
                if (bin.count() == 0) continue;
                double x = pad + bin.meanForecast() * size;
                double y = pad + (1 - bin.meanOutcome()) * size;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, c));
            }
            s.append("<polyline fill=\"none\" stroke=\"").append(c).append("\" points=\"").append(pts).append("\"/>");
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>", w, pad + 16 * k, c, esc(e.getKey())));
            k++;
        }
        return s.append("</svg>").toString();
    }

    private static String byQuarter(InGameEvaluation.Result r) {
        int w = 520;
        int h = 260;
        int pad = 40;
        int n = r.scores().size();
        double max = 0.3;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">", w + 160, h));
        double groupW = (w - 2.0 * pad) / 4;
        double barW = groupW * 0.8 / n;
        for (int q = 0; q < 4; q++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">Q%d</text>", pad + groupW * (q + 0.5), h - 8, q + 1));
            int k = 0;
            for (InGameEvaluation.Scores sc : r.scores().values()) {
                double v = sc.brierByQuarter()[q];
                if (Double.isNaN(v)) {
                    k++;
                    continue;
                }
                double bh = Math.min(v / max, 1) * (h - 2 * pad);
                double x = pad + groupW * q + groupW * 0.1 + k * barW;
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%.4f</title></rect>",
                        x, h - pad - bh, barW, bh, COLOURS[k % COLOURS.length], v));
                k++;
            }
        }
        int k = 0;
        for (String name : r.scores().keySet()) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>", w, pad + 16 * k, COLOURS[k % COLOURS.length], esc(name)));
            k++;
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", pad, h - pad, w - pad, h - pad));
        s.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\">%.2f</text>", pad, max));
        return s.append("</svg>").toString();
    }

    private static String td(double v) {
        return Double.isNaN(v) ? "<td>&ndash;</td>" : String.format(Locale.ROOT, "<td>%.4f</td>", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
