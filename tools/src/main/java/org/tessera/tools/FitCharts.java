package org.tessera.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of {@code jit-worker/calibration/calibrate}: each compilation of the real Graal
 * compiler as a point (size in AST nodes, root plus inlined callees, against compile time or code
 * size), per tier, with the straight lines {@code a + b·size} fitted in {@code fit.yaml}.
 * Compilations the warm-up rule left out of the fit are drawn hollow and grey.
 *
 * <p>Reads {@code fit-points.csv} (bench, tier, order, size, time_ms, code_bytes, warm) and
 * {@code fit.yaml} from the folder; writes {@code fit-time.png} and {@code fit-code.png} there.
 *
 * <p>Usage: {@code FitCharts DIR}
 */
public final class FitCharts {
    private static final Color[] TIER_COLOURS = {new Color(0x1f77b4), new Color(0xd62728)};
    private static final Color WARMUP = new Color(0xaaaaaa);

    private FitCharts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FitCharts DIR (holding fit-points.csv and fit.yaml)");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        System.out.println("charts: " + String.join(", ", write(Path.of(args[0]))));
    }

    /** Writes fit-time.png and fit-code.png into {@code dir}; returns their names. */
    public static List<String> write(Path dir) throws IOException {
        Path points = dir.resolve("fit-points.csv");
        Path yaml = dir.resolve("fit.yaml");
        for (Path p : List.of(points, yaml)) {
            if (!Files.exists(p)) {
                throw new IOException(p + ": no such file (run calibrate first)");
            }
        }
        List<Map<String, String>> rows = Csv.read(points);
        Map<String, Map<String, double[]>> fits = readFits(yaml);
        ChartUtils.saveChartAsPNG(dir.resolve("fit-time.png").toFile(),
                        chart(rows, fits, "time_ms", "Graal compile time vs size (after the compiler's warm-up)", "compile time (ms, log scale)"), 1000, 650);
        ChartUtils.saveChartAsPNG(dir.resolve("fit-code.png").toFile(),
                        chart(rows, fits, "code_bytes", "Graal machine-code size vs size (after the compiler's warm-up)", "code size (bytes, log scale)"), 1000, 650);
        return List.of("fit-time.png", "fit-code.png");
    }

    private static final Pattern TIER = Pattern.compile("^  (\\d+):\\s*$");
    private static final Pattern MEASURE = Pattern.compile("^    (\\w+):\\s*\\{(.*)\\}\\s*$");

    /**
     * tier → measure → {intercept, per_node, r2, median_abs_pct_error, points}, from fit.yaml as
     * calibrate writes it (flow mappings, one measure a line, under {@code tiers:}).
     */
    static Map<String, Map<String, double[]>> readFits(Path yaml) throws IOException {
        Map<String, Map<String, double[]>> fits = new LinkedHashMap<>();
        String tier = null;
        int lineNo = 0;
        for (String line : Files.readAllLines(yaml)) {
            lineNo++;
            Matcher t = TIER.matcher(line);
            if (t.matches()) {
                tier = t.group(1);
                continue;
            }
            Matcher m = MEASURE.matcher(line);
            if (tier == null || !m.matches()) {
                continue;
            }
            Map<String, Double> fields = new LinkedHashMap<>();
            for (String field : m.group(2).split(",")) {
                String[] kv = field.split(":", 2);
                if (kv.length == 2) {
                    try {
                        fields.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
                    } catch (NumberFormatException e) {
                        throw new IOException(yaml + ":" + lineNo + ": '" + kv[1].trim() + "' is not a number");
                    }
                }
            }
            if (fields.containsKey("intercept") && fields.containsKey("per_node")) {
                fits.computeIfAbsent(tier, k -> new LinkedHashMap<>()).put(m.group(1), new double[]{fields.get("intercept"), fields.get("per_node"),
                                fields.getOrDefault("r2", Double.NaN), fields.getOrDefault("median_abs_pct_error", Double.NaN), fields.getOrDefault("points", Double.NaN)});
            }
        }
        if (fits.isEmpty()) {
            throw new IOException(yaml + ": no tiers with intercept and per_node");
        }
        return fits;
    }

    /** A log axis labelled 1, 2, 5, 10, 20, 50... (plain numbers) over [low, high]. */
    static LogarithmicAxis logAxis(String label, double low, double high) {
        LogarithmicAxis axis = new LogarithmicAxis(label);
        axis.setStrictValuesFlag(false);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###"));
        axis.setRange(low, high);
        return axis;
    }

    static JFreeChart chart(List<Map<String, String>> rows, Map<String, Map<String, double[]>> fits, String measure, String title, String yLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, XYSeries> warm = new TreeMap<>();
        Map<String, XYSeries> early = new TreeMap<>();
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (Map<String, String> row : rows) {
            double x = Double.parseDouble(row.get("size"));
            double y = Double.parseDouble(row.get(measure));
            if (x <= 0 || y <= 0) {
                continue;
            }
            String tier = row.get("tier");
            boolean isWarm = "1".equals(row.get("warm"));
            Map<String, XYSeries> group = isWarm ? warm : early;
            group.computeIfAbsent(tier, t -> new XYSeries("tier " + t + (isWarm ? "" : ", compiler warm-up (not fitted)"), false, true)).add(x, y);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (maxX == 0) {
            minX = 1;
            maxX = 1000;
            minY = 1;
            maxY = 1000;
        }
        List<String> kinds = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        for (Map.Entry<String, XYSeries> e : warm.entrySet()) {
            data.addSeries(e.getValue());
            kinds.add("warm");
            tiers.add(e.getKey());
        }
        for (Map.Entry<String, XYSeries> e : early.entrySet()) {
            data.addSeries(e.getValue());
            kinds.add("early");
            tiers.add(e.getKey());
        }
        for (Map.Entry<String, Map<String, double[]>> tier : fits.entrySet()) {
            double[] f = tier.getValue().get(measure);
            if (f == null) {
                continue;
            }
            XYSeries line = new XYSeries(String.format("tier %s fit: %.1f + %.3f·size  (R² %.2f, median |error| %.0f%%, n %.0f)", tier.getKey(), f[0], f[1], f[2], f[3], f[4]),
                            false, true);
            int steps = 60;
            for (int i = 0; i <= steps; i++) {
                double x = minX * Math.pow(maxX / minX, i / (double) steps);
                double y = f[0] + f[1] * x;
                if (y > 0) {
                    line.add(x, y);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
            data.addSeries(line);
            kinds.add("fit");
            tiers.add(tier.getKey());
        }
        LogarithmicAxis xAxis = logAxis("size: AST nodes of the root + inlined callees (log scale)", minX / 1.3, maxX * 1.3);
        LogarithmicAxis yAxis = logAxis(yLabel, minY / 1.5, maxY * 1.5);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int i = 0; i < kinds.size(); i++) {
            Color colour = tiers.get(i).equals("2") ? TIER_COLOURS[1] : TIER_COLOURS[0];
            switch (kinds.get(i)) {
                case "warm" -> {
                    renderer.setSeriesLinesVisible(i, false);
                    renderer.setSeriesShapesVisible(i, true);
                    renderer.setSeriesShape(i, tiers.get(i).equals("2") ? new Rectangle2D.Double(-3, -3, 6, 6) : new Ellipse2D.Double(-3, -3, 6, 6));
                    renderer.setSeriesPaint(i, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
                }
                case "early" -> {
                    renderer.setSeriesLinesVisible(i, false);
                    renderer.setSeriesShapesVisible(i, true);
                    renderer.setSeriesShapesFilled(i, false);
                    renderer.setSeriesShape(i, tiers.get(i).equals("2") ? new Rectangle2D.Double(-3, -3, 6, 6) : new Ellipse2D.Double(-3, -3, 6, 6));
                    renderer.setSeriesPaint(i, WARMUP);
                }
                default -> {
                    renderer.setSeriesLinesVisible(i, true);
                    renderer.setSeriesShapesVisible(i, false);
                    renderer.setSeriesStroke(i, new BasicStroke(2.5f));
                    renderer.setSeriesPaint(i, colour.darker());
                }
            }
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
