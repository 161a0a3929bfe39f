package org.tessera.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a {@code ./jitsweep} result folder, per benchmark: warm-up curves (work done
 * against model cycles), total cycles and time to steady state against JIT tiles, and the compile
 * queue's length over time; over all benchmarks, the policy comparison after Kulkarni (OOPSLA
 * 2011): the speed-up more JIT tiles give at each threshold, and what a hotness queue gains over
 * FIFO at each number of JIT tiles (geometric means over the benchmarks).
 *
 * <p>Usage: {@code JitSweepCharts RESULTS_DIR}
 */
public final class JitSweepCharts {
    private static final String TILES = "jit.Tiles";

    private JitSweepCharts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JitSweepCharts RESULTS_DIR");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        List<String> written = write(Path.of(args[0]));
        System.out.println("charts: " + String.join(", ", written));
    }

    /** The sweep's axes: the columns of points.csv between "bench" and "jit_tiles". */
    static List<String> axes(List<Map<String, String>> points) {
        List<String> axes = new ArrayList<>();
        boolean in = false;
        for (String column : points.get(0).keySet()) {
            if (column.equals("jit_tiles")) {
                break;
            }
            if (in) {
                axes.add(column);
            }
            in |= column.equals("bench");
        }
        return axes;
    }

    /** The point's values on the axes other than {@code except}, as a series label. */
    static String label(Map<String, String> point, List<String> axes, String... except) {
        List<String> parts = new ArrayList<>();
        for (String axis : axes) {
            if (!List.of(except).contains(axis)) {
                parts.add(axis.replace("jit.", "").replace("tilemachine.", "") + " " + point.get(axis));
            }
        }
        return parts.isEmpty() ? "all" : String.join(", ", parts);
    }

    public static List<String> write(Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        List<Map<String, String>> points = Csv.read(dir.resolve("points.csv"));
        if (points.isEmpty()) {
            return written;
        }
        // Axes with one value are the same for every point: no need to name them in the labels.
        List<String> axes = new ArrayList<>(axes(points));
        axes.removeIf(axis -> points.stream().map(p -> p.get(axis)).distinct().count() < 2);
        Map<String, List<Map<String, String>>> byBench = new LinkedHashMap<>();
        for (Map<String, String> p : points) {
            byBench.computeIfAbsent(p.get("bench"), b -> new ArrayList<>()).add(p);
        }
        Map<String, List<double[]>> warmup = series(Csv.read(dir.resolve("warmup.csv")), "cycle", "work");
        Map<String, List<double[]>> queue = series(Csv.read(dir.resolve("queue.csv")), "cycle", "queue_length");
        for (Map.Entry<String, List<Map<String, String>>> bench : byBench.entrySet()) {
            String name = bench.getKey();
            save(dir, "warmup-" + name + ".png", warmupChart(name, bench.getValue(), axes, warmup), written);
            save(dir, "cycles-" + name + ".png", againstTiles(name + ": total cycles against JIT tiles", "model cycles (millions)", bench.getValue(), axes, "cycles"),
                            written);
            save(dir, "steady-" + name + ".png",
                            againstTiles(name + ": time to steady state against JIT tiles", "model cycles (millions)", bench.getValue(), axes, "steady_state_cycle"),
                            written);
            save(dir, "queue-" + name + ".png", queueChart(name, bench.getValue(), axes, queue), written);
        }
        if (axes.contains(TILES)) {
            save(dir, "kulkarni-tiles.png", speedupChart(byBench, axes), written);
            if (axes.contains("jit.Queue")) {
                JFreeChart q = queueGainChart(byBench, axes);
                if (q != null) {
                    save(dir, "kulkarni-queue.png", q, written);
                }
            }
        }
        return written;
    }

    private static void save(Path dir, String file, JFreeChart chart, List<String> written) throws IOException {
        ChartUtils.saveChartAsPNG(dir.resolve(file).toFile(), chart, 900, 520);
        written.add(file);
    }

    /** point id → [x, y] rows of a long CSV. */
    static Map<String, List<double[]>> series(List<Map<String, String>> rows, String x, String y) {
        Map<String, List<double[]>> byPoint = new TreeMap<>();
        for (Map<String, String> r : rows) {
            byPoint.computeIfAbsent(r.get("point"), k -> new ArrayList<>()).add(new double[]{Double.parseDouble(r.get(x)), Double.parseDouble(r.get(y))});
        }
        return byPoint;
    }

    /** Whether the point is at the first value of every axis but {@code free}. */
    private static boolean atFirstValues(Map<String, String> point, List<Map<String, String>> all, List<String> axes, List<String> free) {
        for (String axis : axes) {
            if (!free.contains(axis) && !point.get(axis).equals(all.get(0).get(axis))) {
                return false;
            }
        }
        return true;
    }

    static JFreeChart warmupChart(String bench, List<Map<String, String>> points, List<String> axes, Map<String, List<double[]>> warmup) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> free = List.of(TILES, "jit.Threshold");
        for (Map<String, String> p : points) {
            if (!atFirstValues(p, points, axes, free)) {
                continue;
            }
            XYSeries s = new XYSeries(label(p, axes), false, true);
            for (double[] sample : warmup.getOrDefault(p.get("point"), List.of())) {
                s.add(sample[0] / 1e6, sample[1] / 1e6);
            }
            data.addSeries(s);
        }
        String fixed = label(points.get(0), axes, free.toArray(String[]::new));
        JFreeChart chart = ChartFactory.createXYLineChart(bench + ": warm-up (work done against model cycles" + (fixed.equals("all") ? "" : "; " + fixed) + ")",
                        "model cycles (millions)", "work done: calls + loop back-edges (millions)", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot(), new XYLineAndShapeRenderer(true, false), data.getSeriesCount());
        return chart;
    }

    static JFreeChart againstTiles(String title, String yLabel, List<Map<String, String>> points, List<String> axes, String column) {
        Map<String, XYSeries> byLabel = new LinkedHashMap<>();
        for (Map<String, String> p : points) {
            byLabel.computeIfAbsent(label(p, axes, TILES), l -> new XYSeries(l, true, true))
                            .add(Double.parseDouble(p.get("jit_tiles")), Double.parseDouble(p.get(column)) / 1e6);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byLabel.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "JIT tiles (0: compiling on the running tile, blocking)", yLabel, data, PlotOrientation.VERTICAL, true,
                        false, false);
        style(chart.getXYPlot(), new XYLineAndShapeRenderer(true, true), data.getSeriesCount());
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    static JFreeChart queueChart(String bench, List<Map<String, String>> points, List<String> axes, Map<String, List<double[]>> queue) {
        // The queue matters where JIT tiles are scarce: the smallest number of JIT tiles above 0.
        int fewest = Integer.MAX_VALUE;
        for (Map<String, String> p : points) {
            int tiles = Integer.parseInt(p.get("jit_tiles"));
            if (tiles > 0) {
                fewest = Math.min(fewest, tiles);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map<String, String> p : points) {
            if (Integer.parseInt(p.get("jit_tiles")) != fewest) {
                continue;
            }
            XYSeries s = new XYSeries(label(p, axes, TILES), false, true);
            for (double[] sample : queue.getOrDefault(p.get("point"), List.of())) {
                s.add(sample[0] / 1e6, sample[1]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(bench + ": compile queue length over time (" + (fewest == Integer.MAX_VALUE ? "no" : fewest) + " JIT tiles)",
                        "model cycles (millions)", "requests waiting", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot(), new XYStepRenderer(), data.getSeriesCount());
        return chart;
    }

    /** Geometric mean over benchmarks of cycles(fewest JIT tiles) / cycles(N), per threshold (other axes at their first value but the queue at hotness if swept). */
    static JFreeChart speedupChart(Map<String, List<Map<String, String>>> byBench, List<String> axes) {
        Map<String, TreeMap<Integer, List<Double>>> byThreshold = new LinkedHashMap<>();
        for (List<Map<String, String>> points : byBench.values()) {
            Map<String, Map<Integer, Double>> curves = new LinkedHashMap<>();
            for (Map<String, String> p : points) {
                if (!atFirstValues(p, points, axes, List.of(TILES, "jit.Threshold", "jit.Queue")) || axes.contains("jit.Queue") && !p.get("jit.Queue").equals(preferredQueue(points))) {
                    continue;
                }
                curves.computeIfAbsent("threshold " + p.get("threshold"), k -> new TreeMap<>()).put(Integer.parseInt(p.get("jit_tiles")), Double.parseDouble(p.get("cycles")));
            }
            for (Map.Entry<String, Map<Integer, Double>> curve : curves.entrySet()) {
                TreeMap<Integer, Double> c = new TreeMap<>(curve.getValue());
                Map.Entry<Integer, Double> base = c.ceilingEntry(1) != null ? c.ceilingEntry(1) : c.firstEntry();
                for (Map.Entry<Integer, Double> e : c.entrySet()) {
                    byThreshold.computeIfAbsent(curve.getKey(), k -> new TreeMap<>()).computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(base.getValue() / e.getValue());
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, TreeMap<Integer, List<Double>>> t : byThreshold.entrySet()) {
            XYSeries s = new XYSeries(t.getKey(), true, true);
            t.getValue().forEach((tiles, ratios) -> s.add((double) tiles, geomean(ratios)));
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Speed-up from more JIT tiles, by compile threshold (geomean over " + byBench.size() + " benchmarks)",
                        "JIT tiles", "cycles with 1 JIT tile / cycles with N", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot(), new XYLineAndShapeRenderer(true, true), data.getSeriesCount());
        chart.getXYPlot().addRangeMarker(new ValueMarker(1.0, Color.BLACK, new BasicStroke(1f)));
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private static String preferredQueue(List<Map<String, String>> points) {
        for (Map<String, String> p : points) {
            if (p.get("jit.Queue").equals("hotness")) {
                return "hotness";
            }
        }
        return points.get(0).get("jit.Queue");
    }

    /** Geometric mean over benchmarks of cycles(fifo) / cycles(hotness) against JIT tiles, per threshold; null without both queues. */
    static JFreeChart queueGainChart(Map<String, List<Map<String, String>>> byBench, List<String> axes) {
        Map<String, TreeMap<Integer, List<Double>>> byThreshold = new LinkedHashMap<>();
        for (List<Map<String, String>> points : byBench.values()) {
            Map<String, Double> fifo = new TreeMap<>();
            Map<String, Double> hotness = new TreeMap<>();
            for (Map<String, String> p : points) {
                if (!atFirstValues(p, points, axes, List.of(TILES, "jit.Threshold", "jit.Queue"))) {
                    continue;
                }
                String key = p.get("threshold") + "/" + p.get("jit_tiles");
                if (p.get("jit.Queue").equals("fifo")) {
                    fifo.put(key, Double.parseDouble(p.get("cycles")));
                } else if (p.get("jit.Queue").equals("hotness")) {
                    hotness.put(key, Double.parseDouble(p.get("cycles")));
                }
            }
            for (Map.Entry<String, Double> f : fifo.entrySet()) {
                Double h = hotness.get(f.getKey());
                String[] parts = f.getKey().split("/");
                if (h != null && Integer.parseInt(parts[1]) > 0) {
                    byThreshold.computeIfAbsent("threshold " + parts[0], k -> new TreeMap<>()).computeIfAbsent(Integer.parseInt(parts[1]), k -> new ArrayList<>())
                                    .add(f.getValue() / h);
                }
            }
        }
        if (byThreshold.isEmpty()) {
            return null;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, TreeMap<Integer, List<Double>>> t : byThreshold.entrySet()) {
            XYSeries s = new XYSeries(t.getKey(), true, true);
            t.getValue().forEach((tiles, ratios) -> s.add((double) tiles, geomean(ratios)));
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("What a hotness queue gains over FIFO, by JIT tiles (geomean over " + byBench.size() + " benchmarks)",
                        "JIT tiles", "cycles with FIFO / cycles with hotness", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot(), new XYLineAndShapeRenderer(true, true), data.getSeriesCount());
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        chart.getXYPlot().addRangeMarker(new ValueMarker(1.0, Color.BLACK, new BasicStroke(1f)));
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    static double geomean(List<Double> values) {
        double log = 0;
        for (double v : values) {
            log += Math.log(v);
        }
        return Math.exp(log / values.size());
    }

    private static void style(XYPlot plot, XYLineAndShapeRenderer renderer, int series) {
        for (int i = 0; i < series; i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    }
}
