package com.precog.runner.backtest;

import com.precog.application.service.backtest.HistoricalBacktest;
import com.precog.domain.backtest.BacktestResult;
import com.precog.domain.backtest.BacktestTrade;
import com.precog.domain.evaluation.CalibrationMetrics;
import com.precog.domain.money.Dollars;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Writes the backtest's self-contained HTML report: summary table, equity curve, drawdown chart
 * and reliability diagram (model and market), charts as PNG embedded in the page (no network
 * needed to view it), and the trade list.
 */
public final class BacktestReport {
    private BacktestReport() {}

    public static Path write(Path file, HistoricalBacktest.Outcome o, String title, String parameters) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BacktestResult r = o.result();
        long[] eq = r.equityUnits();
        XYSeries equity = new XYSeries("equity ($)");
        XYSeries drawdown = new XYSeries("drawdown (%)");
        long peak = Long.MIN_VALUE;
        for (int i = 0; i < eq.length; i++) {
            equity.add(i, eq[i] / (double) Dollars.ONE_DOLLAR);
            peak = Math.max(peak, eq[i]);
            drawdown.add(i, peak > 0 ? -100.0 * (peak - eq[i]) / peak : 0);
        }
        String equityPng = png(line("Equity after each settlement", "settled trades", "dollars", equity), 900, 360);
        String ddPng = png(line("Drawdown from the running peak", "settled trades", "percent", drawdown), 900, 260);
        String relPng = png(reliability(o), 520, 520);

        StringBuilder h = new StringBuilder(64_000);
        h.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f4f4f4}td.l,th.l{text-align:left}")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(title)).append("</h1><p>").append(esc(parameters)).append("</p>");
        h.append("<h2>Summary</h2><table>");
        row(h, "games traded on (with a closing line)", Integer.toString(o.games()));
        row(h, "trades", Integer.toString(r.trades().size()));
        row(h, "win rate", pct(r.winRate()));
        row(h, "P&L", "$" + r.pnl().floorToCent());
        row(h, "ROI on cash staked", pct(r.roi()));
        row(h, "fees paid", "$" + r.totalFees());
        row(h, "max drawdown", "$" + r.maxDrawdown().floorToCent() + " (" + pct(r.maxDrawdownPct()) + ")");
        row(h, "ending equity", "$" + r.endingEquity().floorToCent());
        row(h, "Brier, model", fmt(o.modelBrier()));
        row(h, "Brier, market (closing spread)", fmt(o.marketBrier()));
        row(h, "entries refused by limits", Integer.toString(r.rejectedEntries()));
        h.append("</table>");
        h.append("<h2>Equity curve</h2><img alt=\"equity curve\" src=\"data:image/png;base64,").append(equityPng).append("\">");
        h.append("<h2>Drawdown</h2><img alt=\"drawdown\" src=\"data:image/png;base64,").append(ddPng).append("\">");
        h.append("<h2>Reliability diagram</h2><img alt=\"reliability diagram\" src=\"data:image/png;base64,").append(relPng).append("\">");
        h.append("<h2>Trades</h2><table><tr><th class=l>game</th><th>side</th><th>price</th><th>contracts</th><th>fee</th><th>edge/contract</th><th>P&L</th></tr>");
        for (BacktestTrade t : r.trades()) {
            var g = o.predictions().get(t.market()).game();
            h.append("<tr><td class=l>").append(g.date()).append(' ').append(esc(g.away())).append(" @ ").append(esc(g.home()))
                    .append(" ").append(g.awayScore()).append('-').append(g.homeScore()).append("</td><td>")
                    .append(t.side() == com.precog.domain.market.Side.YES ? "home" : "away").append("</td><td>").append(t.price())
                    .append("</td><td>").append(t.contracts()).append("</td><td>").append(t.fee()).append("</td><td>").append(t.edgePerContract())
                    .append("</td><td>").append(t.pnl().floorToCent()).append("</td></tr>");
        }
        h.append("</table></body></html>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static JFreeChart line(String title, String x, String y, XYSeries s) {
        JFreeChart c = ChartFactory.createXYLineChart(title, x, y, new XYSeriesCollection(s), PlotOrientation.VERTICAL, false, false, false);
        c.setBackgroundPaint(Color.WHITE);
        c.getXYPlot().setBackgroundPaint(Color.WHITE);
        c.getXYPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        c.getXYPlot().getRenderer().setSeriesPaint(0, new Color(0x1f77b4));
        return c;
    }

    private static JFreeChart reliability(HistoricalBacktest.Outcome o) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries diag = new XYSeries("perfect calibration");
        diag.add(0, 0);
        diag.add(1, 1);
        data.addSeries(diag);
        if (o.modelForecasts().length > 0) {
            XYSeries model = new XYSeries("model (Elo)");
            for (CalibrationMetrics.ReliabilityBin b : CalibrationMetrics.reliability(o.modelForecasts(), o.outcomes(), 10)) {
                if (b.count() > 0) model.add(b.meanForecast(), b.meanOutcome());
            }
            double[] market = new double[o.predictions().size()];
            for (int i = 0; i < market.length; i++) market[i] = o.predictions().get(i).market().getAsDouble();
            XYSeries mk = new XYSeries("market (closing spread)");
            for (CalibrationMetrics.ReliabilityBin b : CalibrationMetrics.reliability(market, o.outcomes(), 10)) {
                if (b.count() > 0) mk.add(b.meanForecast(), b.meanOutcome());
            }
            data.addSeries(model);
            data.addSeries(mk);
        }
        JFreeChart c = ChartFactory.createXYLineChart("Reliability: forecast vs observed home win rate", "mean forecast", "observed frequency",
                data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot p = c.getXYPlot();
        p.setBackgroundPaint(Color.WHITE);
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, true);
        rr.setSeriesPaint(0, Color.GRAY);
        rr.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        rr.setSeriesShapesVisible(0, false);
        rr.setSeriesPaint(1, new Color(0xd62728));
        rr.setSeriesPaint(2, new Color(0x1f77b4));
        p.setRenderer(rr);
        p.getDomainAxis().setRange(0, 1);
        p.getRangeAxis().setRange(0, 1);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    private static String png(JFreeChart chart, int w, int h) throws IOException {
        BufferedImage img = chart.createBufferedImage(w, h);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th class=l>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
