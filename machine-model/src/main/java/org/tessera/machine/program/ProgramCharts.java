package org.tessera.machine.program;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.tessera.machine.plot.ColourScale;
import org.tessera.machine.topology.Topology;

/** The report's charts: category breakdown beside CPython's, busy cycles per tile on the topology, and the collections over time. */
final class ProgramCharts {
    static final int WIDTH = 900;
    static final int HEIGHT = 620;
    /** Above this many tiles the heatmap shows a grid of cells, each the mean of its tiles. */
    private static final int MAX_DRAWN_TILES = 16_384;
    private static final int COARSE_CELLS = 128;
    /** Collections drawn in the timeline at most (every k-th beyond). */
    private static final int MAX_DRAWN_COLLECTIONS = 20_000;
    private static final Color RUN = new Color(0x1f77b4);
    private static final Color CPYTHON = new Color(0xbbbbbb);
    private static final Color PAUSE = new Color(0xd62728);
    private static final Color CONCURRENT = new Color(0xff9896);
    /** Viridis (van der Walt &amp; Smith), five anchors. */
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ProgramCharts() {
    }

    /** Each category's share of this run beside CPython's average (Ismail &amp; Suh, IISWC 2018). */
    static JFreeChart categories(Summary s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String run = "this run (" + s.costs() + ")";
        String cpython = "CPython, average of 48 benchmarks (Ismail & Suh 2018)";
        for (Category c : Category.values()) {
            data.addValue(s.percent(c), run, c.label());
            data.addValue(Double.isNaN(c.cpythonPercent()) ? null : c.cpythonPercent(), cpython, c.label());
        }
        JFreeChart chart = ChartFactory.createBarChart("Where the cycles go", null, "% of cycles", data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, RUN);
        renderer.setSeriesPaint(1, CPYTHON);
        renderer.setItemMargin(0.05);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "%,d cycles on %s; placement %s, gc %s", s.totalCycles(), s.machine(), s.placement().spelling(),
                        s.gc().spelling()), SMALL));
        return chart;
    }

    /** Cycles each tile's core was busy, drawn where the tile sits in the topology. */
    static JFreeChart tiles(ProgramModel model) {
        Topology topology = model.topology();
        int n = topology.tiles();
        double[] x = new double[n];
        double[] y = new double[n];
        double max = 0;
        for (int t = 0; t < n; t++) {
            double[] p = topology.tilePosition(t);
            x[t] = p[0];
            y[t] = p.length > 1 ? p[1] : 0;
            max = Math.max(max, model.busyCycles[t]);
        }
        double upper = ColourScale.niceUpper(max);
        ColourScale scale = new ColourScale(0, upper);
        DefaultXYZDataset data = new DefaultXYZDataset();
        double width;
        double height;
        String note;
        if (n <= MAX_DRAWN_TILES) {
            double[] busy = new double[n];
            for (int t = 0; t < n; t++) {
                busy[t] = model.busyCycles[t];
            }
            data.addSeries("tiles", new double[][]{x, y, busy});
            width = spacing(x);
            height = spacing(y);
            note = "each square is a tile at its place in the " + topology.describe();
        } else {
            double minX = Arrays.stream(x).min().orElse(0);
            double maxX = Arrays.stream(x).max().orElse(0);
            double minY = Arrays.stream(y).min().orElse(0);
            double maxY = Arrays.stream(y).max().orElse(0);
            width = Math.max(1e-9, (maxX - minX) / COARSE_CELLS);
            height = Math.max(1e-9, (maxY - minY) / COARSE_CELLS);
            double[] sum = new double[COARSE_CELLS * COARSE_CELLS];
            int[] count = new int[COARSE_CELLS * COARSE_CELLS];
            for (int t = 0; t < n; t++) {
                int cx = Math.min(COARSE_CELLS - 1, (int) ((x[t] - minX) / width));
                int cy = Math.min(COARSE_CELLS - 1, (int) ((y[t] - minY) / height));
                sum[cy * COARSE_CELLS + cx] += model.busyCycles[t];
                count[cy * COARSE_CELLS + cx]++;
            }
            int filled = (int) Arrays.stream(count).filter(c -> c > 0).count();
            double[][] xyz = new double[3][filled];
            int i = 0;
            for (int c = 0; c < sum.length; c++) {
                if (count[c] > 0) {
                    xyz[0][i] = minX + (c % COARSE_CELLS + 0.5) * width;
                    xyz[1][i] = minY + (c / COARSE_CELLS + 0.5) * height;
                    xyz[2][i] = sum[c] / count[c];
                    i++;
                }
            }
            data.addSeries("cells", xyz);
            note = String.format(Locale.ROOT, "%,d tiles in a %d×%d grid of cells, each the mean of its tiles", n, COARSE_CELLS, COARSE_CELLS);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(width * 0.92);
        renderer.setBlockHeight(height * 0.92);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, hiddenAxis(x, width), hiddenAxis(y, height), renderer);
        ((NumberAxis) plot.getRangeAxis()).setInverted(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        if (n <= 64) {
            long total = Math.max(1, model.now());
            for (int t = 0; t < n; t++) {
                XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%.0f%%", 100.0 * model.busyCycles[t] / total), x[t], y[t]);
                label.setFont(SMALL);
                label.setPaint(model.busyCycles[t] > upper * 0.6 ? Color.BLACK : Color.WHITE);
                plot.addAnnotation(label);
            }
        }
        JFreeChart chart = new JFreeChart("Cycles busy per tile", new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis("busy cycles (compute and collector pauses)");
        legendAxis.setRange(0, upper);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(16);
        legend.setMargin(10, 10, 10, 10);
        legend.setSubdivisionCount(128);
        chart.addSubtitle(legend);
        chart.addSubtitle(new TextTitle(note + (n <= 64 ? "; labels: % of the run busy" : ""), SMALL));
        return chart;
    }

    /** Each collection as a bar on its tile's row: the core's pause, and (hardware) the unit's concurrent time. */
    static JFreeChart collections(ProgramModel model) {
        GcLog log = model.heaps().log();
        XYIntervalSeries pauses = new XYIntervalSeries("core paused");
        XYIntervalSeries concurrent = new XYIntervalSeries("collector unit running, core running on");
        int every = Math.max(1, (log.size() + MAX_DRAWN_COLLECTIONS - 1) / MAX_DRAWN_COLLECTIONS);
        for (int i = 0; i < log.size(); i += every) {
            double tile = log.tile(i);
            long start = log.start(i);
            pauses.add(start, start, start + Math.max(1, log.pause(i)), tile, tile - 0.4, tile + 0.4);
            if (log.duration(i) > log.pause(i)) {
                concurrent.add(start, start + log.pause(i), start + log.duration(i), tile, tile - 0.3, tile + 0.3);
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(pauses);
        data.addSeries(concurrent);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, PAUSE);
        renderer.setSeriesPaint(1, CONCURRENT);
        NumberAxis time = new NumberAxis("cycle");
        time.setRange(0, Math.max(1, model.now()));
        NumberAxis tiles = new NumberAxis("tile");
        tiles.setRange(-0.5, Math.max(0.5, model.tiles() - 0.5));
        tiles.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, time, tiles, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xeeeeee));
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart("Garbage collections over time", new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String what = log.size() == 0 ? "no collection ran"
                        : String.format(Locale.ROOT, "%,d collections (%s)%s", log.size() + log.dropped(), model.options().gc().spelling(),
                                        every > 1 ? ", every " + every + "th drawn" : "");
        chart.addSubtitle(new TextTitle(what, SMALL));
        return chart;
    }

    /** The smallest gap between distinct coordinates (1 if there is none). */
    private static double spacing(double[] coordinates) {
        double[] sorted = coordinates.clone();
        Arrays.sort(sorted);
        double gap = Double.MAX_VALUE;
        for (int i = 1; i < sorted.length; i++) {
            double d = sorted[i] - sorted[i - 1];
            if (d > 1e-9) {
                gap = Math.min(gap, d);
            }
        }
        return gap == Double.MAX_VALUE ? 1 : gap;
    }

    private static NumberAxis hiddenAxis(double[] coordinates, double cell) {
        double min = Arrays.stream(coordinates).min().orElse(0);
        double max = Arrays.stream(coordinates).max().orElse(0);
        NumberAxis axis = new NumberAxis();
        axis.setRange(min - cell, max + cell);
        axis.setVisible(false);
        return axis;
    }
}
