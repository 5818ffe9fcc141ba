package com.precog.runner.report;

import com.precog.domain.evaluation.CalibrationMetrics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import java.util.SortedMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Ready-made JFreeChart charts for reports: reliability diagram, line chart over an ordered x, grouped bars. */
public final class ReportCharts {
    private ReportCharts() {}

    /**
     * Reliability diagram: for each named forecaster, mean outcome against mean forecast per non-empty
     * bin, with the diagonal of perfect calibration.
     */
    public static JFreeChart reliabilityDiagram(String title, Map<String, CalibrationMetrics.ReliabilityBin[]> forecasters) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries diagonal = new XYSeries("perfect calibration");
        diagonal.add(0, 0);
        diagonal.add(1, 1);
        data.addSeries(diagonal);
        forecasters.forEach((name, bins) -> {
            XYSeries s = new XYSeries(name);
            for (CalibrationMetrics.ReliabilityBin b : bins) {
                if (b.count() > 0) s.add(b.meanForecast(), b.meanOutcome());
            }
            data.addSeries(s);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, "mean forecast", "observed frequency", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 1);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Color.GRAY);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        plot.setRenderer(r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /** Lines over a numeric x (e.g. season → Brier), one per named series; the y axis is fitted to the data. */
    public static JFreeChart lineChart(String title, String xLabel, String yLabel, Map<String, ? extends SortedMap<? extends Number, ? extends Number>> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach((name, points) -> {
            XYSeries s = new XYSeries(name);
            points.forEach((x, y) -> s.add(x, y));
            data.addSeries(s);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0")); // 2015, not 2,015
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /** Grouped bars: values[series][category]. */
    public static JFreeChart barChart(String title, String categoryLabel, String valueLabel, Map<String, ? extends Map<String, ? extends Number>> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((series, byCategory) -> byCategory.forEach((cat, v) -> data.addValue(v, series, cat)));
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }
}
