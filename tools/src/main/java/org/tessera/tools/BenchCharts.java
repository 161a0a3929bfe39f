package org.tessera.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a {@code bench/run} result folder: one warm-up curve per benchmark (seconds per
 * iteration, every implementation) and a bar chart of first-iteration and peak speed relative to
 * CPython. Reads {@code runs.csv} and {@code summary.csv} as {@code bench/run} writes them.
 *
 * <p>Usage: {@code BenchCharts RESULTS_DIR}
 */
public final class BenchCharts {
    private BenchCharts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchCharts RESULTS_DIR");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args[0]);
        List<String> written = write(dir);
        System.out.println("charts: " + String.join(", ", written));
    }

    /** Writes the charts into {@code dir}; returns the file names. */
    public static List<String> write(Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        Map<String, Map<String, List<double[]>>> curves = readRuns(dir.resolve("runs.csv"));
        for (Map.Entry<String, Map<String, List<double[]>>> bench : curves.entrySet()) {
            String file = "warmup-" + bench.getKey() + ".png";
            ChartUtils.saveChartAsPNG(dir.resolve(file).toFile(), warmupChart(bench.getKey(), bench.getValue()), 800, 450);
            written.add(file);
        }
        Path summary = dir.resolve("summary.csv");
        if (Files.exists(summary)) {
            ChartUtils.saveChartAsPNG(dir.resolve("ratios.png").toFile(), ratioChart(Csv.read(summary)), 1200, 600);
            written.add("ratios.png");
        }
        return written;
    }

    /** benchmark → implementation → [iteration, seconds] points, from runs.csv. */
    static Map<String, Map<String, List<double[]>>> readRuns(Path file) throws IOException {
        Map<String, Map<String, List<double[]>>> curves = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(file)) {
            curves.computeIfAbsent(row.get("benchmark"), b -> new LinkedHashMap<>()).computeIfAbsent(row.get("implementation"), i -> new ArrayList<>())
                            .add(new double[]{Double.parseDouble(row.get("iteration")), Double.parseDouble(row.get("seconds"))});
        }
        return curves;
    }

    static JFreeChart warmupChart(String benchmark, Map<String, List<double[]>> byImplementation) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, List<double[]>> impl : byImplementation.entrySet()) {
            XYSeries series = new XYSeries(impl.getKey());
            for (double[] point : impl.getValue()) {
                series.add(point[0], point[1]);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(benchmark + ": seconds per iteration (warm-up)", "iteration", "seconds", data, PlotOrientation.VERTICAL,
                        true, false, false);
        XYPlot plot = chart.getXYPlot();
        double low = Double.MAX_VALUE;
        double high = 0;
        for (List<double[]> points : byImplementation.values()) {
            for (double[] p : points) {
                low = Math.min(low, p[1]);
                high = Math.max(high, p[1]);
            }
        }
        plot.setRangeAxis(logAxis("seconds (log scale)", Math.max(1e-6, low / 1.5), Math.max(high * 1.5, 1e-5)));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /** A base-10 log axis over [low, high] with plain decimal labels. */
    static LogAxis logAxis(String label, double low, double high) {
        LogAxis axis = new LogAxis(label);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        axis.setSmallestValue(low);
        axis.setRange(low, high);
        return axis;
    }

    static JFreeChart ratioChart(List<Map<String, String>> summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, String> row : summary) {
            if (row.get("implementation").equals("cpython")) {
                continue;
            }
            String impl = row.get("implementation");
            data.addValue(Double.parseDouble(row.get("first_ratio")), impl + " first iteration", row.get("benchmark"));
            data.addValue(Double.parseDouble(row.get("peak_ratio")), impl + " peak", row.get("benchmark"));
        }
        JFreeChart chart = ChartFactory.createBarChart("Speed relative to CPython 3.11 (higher is faster; 1 = CPython)", "benchmark", "× CPython", data,
                        PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        double low = 0.5;
        double high = 2;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(r, c);
                if (v != null && v.doubleValue() > 0) {
                    low = Math.min(low, v.doubleValue() / 2);
                    high = Math.max(high, v.doubleValue() * 2);
                }
            }
        }
        plot.setRangeAxis(logAxis("× CPython (log scale)", low, high));
        plot.addRangeMarker(new ValueMarker(1.0, Color.BLACK, new BasicStroke(1.5f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((BarRenderer) plot.getRenderer()).setItemMargin(0.02);
        plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        return chart;
    }
}
