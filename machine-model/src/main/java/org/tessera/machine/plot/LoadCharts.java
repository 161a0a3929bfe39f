package org.tessera.machine.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tessera.machine.stats.Decimals;
import org.tessera.machine.stats.LoadPoint;
import org.tessera.machine.stats.LoadSweep;

/**
 * The two curves of a load sweep (Dally &amp; Towles §23.1, figs. 23.2–23.3): latency against
 * offered load, and accepted against offered throughput.
 */
public final class LoadCharts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    private static final Color MEAN = new Color(0x1f77b4);
    private static final Color P99 = new Color(0xff7f0e);
    private static final Color SATURATED = new Color(0xd62728);
    private static final Color GUIDE = new Color(0x7f7f7f);

    private LoadCharts() {
    }

    /** Writes {@code latency.png} and {@code throughput.png} into {@code directory}. */
    public static void write(LoadSweep sweep, Path directory) throws IOException {
        ChartUtils.saveChartAsPNG(directory.resolve("latency.png").toFile(), latency(sweep), WIDTH, HEIGHT);
        ChartUtils.saveChartAsPNG(directory.resolve("throughput.png").toFile(), throughput(sweep), WIDTH, HEIGHT);
    }

    /**
     * Mean and 99th-percentile packet latency against offered load. Saturated points (packets still
     * in flight at the drain limit, so their latency is only a lower bound) are marked in red, and a
     * vertical line marks the first of them. Latency goes on a log scale when it spans more than a
     * factor of 20, as it does past saturation.
     */
    public static JFreeChart latency(LoadSweep sweep) {
        XYSeries mean = new XYSeries("mean latency");
        XYSeries p99 = new XYSeries("p99 latency");
        XYSeries saturated = new XYSeries("saturated (latency is a lower bound)");
        for (LoadPoint p : sweep.points()) {
            if (!Double.isNaN(p.summary().latencyMean())) {
                mean.add(p.offered(), p.summary().latencyMean());
                p99.add(p.offered(), p.summary().latencyP99());
                if (p.saturated()) {
                    saturated.add(p.offered(), p.summary().latencyMean());
                    saturated.add(p.offered(), p.summary().latencyP99());
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(mean);
        data.addSeries(p99);
        data.addSeries(saturated);
        JFreeChart chart = ChartFactory.createXYLineChart(title("Packet latency", sweep), "offered load (flits/tile/cycle)", "latency (cycles)", data,
                        PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = style(chart);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, MEAN);
        renderer.setSeriesPaint(1, P99);
        renderer.setSeriesPaint(2, SATURATED);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRenderer(renderer);
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 0; i < mean.getItemCount(); i++) {
            low = Math.min(low, mean.getY(i).doubleValue());
            high = Math.max(high, p99.getY(i).doubleValue());
        }
        if (low > 0 && high / low > 20) {
            LogAxis axis = new LogAxis("latency (cycles, log scale)");
            axis.setBase(2);
            axis.setTickUnit(new NumberTickUnit(1));
            axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
            axis.setSmallestValue(1);
            axis.setRange(low / 1.5, high * 1.5);
            plot.setRangeAxis(axis);
        }
        sweep.points().stream().filter(LoadPoint::saturated).findFirst()
                        .ifPresent(p -> plot.addDomainMarker(marker(p.offered(), "saturation", SATURATED)));
        return chart;
    }

    /**
     * Accepted against offered throughput, with the ideal y = x (every offered flit delivered) and,
     * if known, the pattern's capacity on this topology.
     */
    public static JFreeChart throughput(LoadSweep sweep) {
        XYSeries accepted = new XYSeries("accepted");
        XYSeries ideal = new XYSeries("ideal (accepted = offered)");
        double top = 0;
        for (LoadPoint p : sweep.points()) {
            accepted.add(p.offered(), p.summary().accepted());
            top = Math.max(top, p.offered());
        }
        ideal.add(0, 0);
        ideal.add(top, top);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(accepted);
        data.addSeries(ideal);
        JFreeChart chart = ChartFactory.createXYLineChart(title("Throughput", sweep), "offered load (flits/tile/cycle)",
                        "accepted throughput (flits/tile/cycle)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = style(chart);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, MEAN);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesPaint(1, GUIDE);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        plot.setRenderer(renderer);
        double capacity = sweep.setup().capacity();
        if (!Double.isNaN(capacity)) {
            ValueMarker bound = new ValueMarker(capacity, SATURATED, new BasicStroke(1.5f));
            bound.setLabel("capacity " + Decimals.format(capacity));
            bound.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            bound.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            bound.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            plot.addRangeMarker(bound);
            plot.getRangeAxis().setUpperBound(Math.max(plot.getRangeAxis().getUpperBound(), capacity * 1.1));
        }
        return chart;
    }

    private static String title(String what, LoadSweep sweep) {
        LoadSweep.Setup s = sweep.setup();
        return what + ": " + s.config() + " (" + s.topology() + "), " + s.pattern() + ", " + s.packetFlits() + "-flit packets";
    }

    private static XYPlot style(JFreeChart chart) {
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    private static ValueMarker marker(double at, String label, Color colour) {
        ValueMarker m = new ValueMarker(at, colour, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return m;
    }
}
