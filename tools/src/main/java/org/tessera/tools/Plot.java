package org.tessera.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One chart of one CSV file, described on the command line, for the experiments: a line chart
 * (numeric x, one line per value of a series column, or per y column) or a grouped bar chart
 * (x is a category column). Every chart has a title, labelled axes and a legend.
 *
 * <pre>
 * Plot CSV PNG --x COL --y COL[,COL...] [--names NAME,...] [--series COL [--series-prefix TEXT]] [--bar] [--title T] [--xlabel L]
 *      [--ylabel L] [--xlog] [--ylog] [--where COL=VALUE]...
 * </pre>
 *
 * With several y columns each is a series (named by its column, or by the matching --names entry); with {@code --series} each value
 * of that column is one. {@code --where} keeps only rows whose column has that value.
 */
public final class Plot {
    /** What to draw, as parsed from the command line. */
    record Spec(Path csv, Path png, String x, List<String> y, String series, boolean bar, String title, String xLabel, String yLabel,
                    boolean xLog, boolean yLog, Map<String, String> where, List<String> names, String prefix) {
        /** The legend's name for column {@code y} (its --names entry, else the column's name). */
        String name(String y) {
            return names.isEmpty() ? y : names.get(this.y.indexOf(y));
        }
    }

    private Plot() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Spec spec;
        try {
            spec = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("plot: " + e.getMessage());
            System.err.println("usage: Plot CSV PNG --x COL --y COL[,COL...] [--names NAME,...] [--series COL [--series-prefix TEXT]] [--bar] [--title T] [--xlabel L] [--ylabel L] [--xlog] [--ylog] [--where COL=VALUE]...");
            System.exit(2);
            return;
        }
        try {
            ChartUtils.saveChartAsPNG(spec.png().toFile(), chart(spec, Csv.read(spec.csv())), 900, 540);
        } catch (IllegalArgumentException e) {
            System.err.println("plot: " + spec.csv() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    static Spec parse(String[] args) {
        List<String> positional = new ArrayList<>();
        String x = null;
        String y = null;
        String series = null;
        String title = null;
        String xLabel = null;
        String yLabel = null;
        String names = null;
        String prefix = "";
        boolean bar = false;
        boolean xLog = false;
        boolean yLog = false;
        Map<String, String> where = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--bar" -> bar = true;
                case "--xlog" -> xLog = true;
                case "--ylog" -> yLog = true;
                case "--x", "--y", "--names", "--series-prefix", "--series", "--title", "--xlabel", "--ylabel", "--where" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--x" -> x = v;
                        case "--y" -> y = v;
                        case "--series" -> series = v;
                        case "--names" -> names = v;
                        case "--series-prefix" -> prefix = v;
                        case "--title" -> title = v;
                        case "--xlabel" -> xLabel = v;
                        case "--ylabel" -> yLabel = v;
                        default -> {
                            int eq = v.indexOf('=');
                            if (eq <= 0) {
                                throw new IllegalArgumentException("--where wants COL=VALUE, not '" + v + "'");
                            }
                            where.put(v.substring(0, eq), v.substring(eq + 1));
                        }
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("wants a CSV file and a PNG file, got " + positional);
        }
        if (x == null || y == null) {
            throw new IllegalArgumentException("--x and --y are required");
        }
        List<String> ys = List.of(y.split(","));
        if (ys.size() > 1 && series != null) {
            throw new IllegalArgumentException("several --y columns and --series cannot go together");
        }
        List<String> legend = names == null ? List.of() : List.of(names.split(","));
        if (!legend.isEmpty() && legend.size() != ys.size()) {
            throw new IllegalArgumentException("--names has " + legend.size() + " names for " + ys.size() + " --y columns");
        }
        return new Spec(Path.of(positional.get(0)), Path.of(positional.get(1)), x, ys, series, bar, title == null ? ys.get(0) + " by " + x : title,
                        xLabel == null ? x : xLabel, yLabel == null ? String.join(", ", ys) : yLabel, xLog, yLog, where, legend, prefix);
    }

    static JFreeChart chart(Spec spec, List<Map<String, String>> all) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> r : all) {
            boolean keep = true;
            for (Map.Entry<String, String> w : spec.where().entrySet()) {
                keep &= w.getValue().equals(column(r, w.getKey()));
            }
            if (keep) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows" + (spec.where().isEmpty() ? "" : " where " + spec.where()));
        }
        return spec.bar() ? barChart(spec, rows) : lineChart(spec, rows);
    }

    private static String column(Map<String, String> row, String name) {
        String v = row.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no column '" + name + "' (columns: " + String.join(", ", row.keySet()) + ")");
        }
        return v;
    }

    private static double number(Map<String, String> row, String name) {
        String v = column(row, name);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column '" + name + "' has '" + v + "', not a number");
        }
    }

    private static JFreeChart lineChart(Spec spec, List<Map<String, String>> rows) {
        Map<String, XYSeries> lines = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            for (String y : spec.y()) {
                String name = spec.series() != null ? spec.prefix() + column(r, spec.series()) : spec.name(y);
                XYSeries line = lines.computeIfAbsent(name, k -> new XYSeries(k, true, true));
                double xValue = number(r, spec.x());
                double yValue = number(r, y);
                if (!(spec.xLog() && xValue <= 0) && !(spec.yLog() && yValue <= 0)) {
                    line.add(xValue, yValue);
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        lines.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), spec.xLabel(), spec.yLabel(), data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        if (spec.xLog()) {
            plot.setDomainAxis(logAxis(spec.xLabel()));
        } else {
            ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        }
        if (spec.yLog()) {
            plot.setRangeAxis(logAxis(spec.yLabel()));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /** A base-10 log axis labelled 1, 10, 100, 1,000 ... (values at or below 0 are left out of log charts). */
    private static ValueAxis logAxis(String label) {
        LogarithmicAxis axis = new LogarithmicAxis(label);
        axis.setExpTickLabelsFlag(false);
        axis.setLog10TickLabelsFlag(false);
        axis.setStrictValuesFlag(false);
        axis.setAutoRangeNextLogFlag(true);
        axis.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT));
        return axis;
    }

    private static JFreeChart barChart(Spec spec, List<Map<String, String>> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, String> r : rows) {
            for (String y : spec.y()) {
                String name = spec.series() != null ? spec.prefix() + column(r, spec.series()) : spec.name(y);
                data.addValue(number(r, y), name, column(r, spec.x()));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(spec.title(), spec.xLabel(), spec.yLabel(), data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.02);
        CategoryAxis axis = plot.getDomainAxis();
        if (data.getColumnCount() > 6) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (spec.yLog()) {
            plot.setRangeAxis(logAxis(spec.yLabel()));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }
}
