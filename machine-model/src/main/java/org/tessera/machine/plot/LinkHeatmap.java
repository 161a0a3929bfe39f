package org.tessera.machine.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.tessera.machine.stats.Statistics;
import org.tessera.machine.stats.TopologyLabels;
import org.tessera.machine.topology.Grid;
import org.tessera.machine.topology.Topology;
import org.tessera.machine.topology.Torus;

/**
 * Link load laid out on the topology. Routers are grey squares at
 * {@link Topology#routerPosition}; every router-to-router link is a line coloured by its
 * utilisation (flits per cycle in the window), each direction drawn on its own right-hand side
 * with an arrowhead on small machines, and links longer than the shortest bowed so that they do not
 * cover each other; tiles are dots at {@link Topology#tilePosition}, coloured by their ejection
 * channel, with a line from the router where the tile sits elsewhere (unless the router has many).
 * A torus's wrap-around links are short stubs leaving the edge.
 *
 * <p>From {@link #COARSE_ROUTERS} routers on, a line per link would be a smear of sub-pixel
 * lines, so the chart becomes a grid of at most {@link #COARSE_CELLS}² cells, each coloured by the
 * mean utilisation of the routers whose position falls in it.
 */
public final class LinkHeatmap {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 820;
    public static final int COARSE_ROUTERS = 4096;
    public static final int COARSE_CELLS = 128;

    private static final Color ROUTER = new Color(0x9a9a9a);
    /** A router with more tiles than this (an exchange) gets no lines to them: the tiles' colours say enough. */
    private static final int MAX_DRAWN_TERMINALS = 16;

    private LinkHeatmap() {
    }

    public static void write(Path file, Topology topology, Statistics stats, String title) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart(topology, stats, title), WIDTH, HEIGHT);
    }

    public static JFreeChart chart(Topology topology, Statistics stats, String title) {
        return topology.routers() >= COARSE_ROUTERS ? coarse(topology, stats, title) : links(topology, stats, title);
    }

    private static JFreeChart links(Topology topology, Statistics stats, String title) {
        Drawing drawing = new Drawing(topology, stats);
        ColourScale scale = new ColourScale(0, ColourScale.niceUpper(drawing.maxUtilisation));
        drawing.scale = scale;
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(hiddenAxis(drawing.minX, drawing.maxX));
        plot.setRangeAxis(hiddenAxis(drawing.minY, drawing.maxY));
        plot.addAnnotation(drawing);
        JFreeChart chart = frame(plot, title, scale, "link utilisation (flits per cycle)");
        chart.addSubtitle(new TextTitle("each direction of a link is drawn on its right-hand side; tiles are coloured by their ejection channel",
                        new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return chart;
    }

    private static JFreeChart coarse(Topology topology, Statistics stats, String title) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int r = 0; r < topology.routers(); r++) {
            double[] p = topology.routerPosition(r);
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        int cells = (int) Math.min(COARSE_CELLS, Math.ceil(Math.sqrt(topology.routers())));
        double cellWidth = Math.max(1e-9, (maxX - minX) / cells);
        double cellHeight = Math.max(1e-9, (maxY - minY) / cells);
        double[] sum = new double[cells * cells];
        int[] count = new int[cells * cells];
        for (int r = 0; r < topology.routers(); r++) {
            double[] p = topology.routerPosition(r);
            int cx = Math.min(cells - 1, (int) ((p[0] - minX) / cellWidth));
            int cy = Math.min(cells - 1, (int) ((p[1] - minY) / cellHeight));
            sum[cy * cells + cx] += stats.routerUtilisation(r, TopologyLabels.connectedPorts(topology, r));
            count[cy * cells + cx]++;
        }
        int filled = 0;
        for (int c : count) {
            filled += c > 0 ? 1 : 0;
        }
        double[][] xyz = new double[3][filled];
        double max = 0;
        int i = 0;
        for (int c = 0; c < sum.length; c++) {
            if (count[c] > 0) {
                xyz[0][i] = minX + (c % cells + 0.5) * cellWidth;
                xyz[1][i] = minY + (c / cells + 0.5) * cellHeight;
                xyz[2][i] = sum[c] / count[c];
                max = Math.max(max, xyz[2][i]);
                i++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("routers", xyz);
        ColourScale scale = new ColourScale(0, ColourScale.niceUpper(max));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(cellWidth);
        renderer.setBlockHeight(cellHeight);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, hiddenAxis(minX - cellWidth / 2, maxX + cellWidth / 2), hiddenAxis(minY - cellHeight / 2, maxY + cellHeight / 2),
                        renderer);
        JFreeChart chart = frame(plot, title, scale, "mean router utilisation (flits per port per cycle)");
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "%,d", topology.routers()) + " routers in a " + cells + "×" + cells + " grid of cells, each the mean of its routers",
                        new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return chart;
    }

    private static NumberAxis hiddenAxis(double min, double max) {
        NumberAxis axis = new NumberAxis();
        double margin = Math.max(0.75, (max - min) * 0.03);
        axis.setRange(min - margin, max + margin);
        axis.setVisible(false);
        return axis;
    }

    private static JFreeChart frame(XYPlot plot, String title, ColourScale scale, String legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis(legend);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend bar = new PaintScaleLegend(scale, legendAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(16);
        bar.setMargin(10, 10, 10, 10);
        bar.setSubdivisionCount(128);
        chart.addSubtitle(bar);
        return chart;
    }

    /** Routers, links and tiles, drawn in pixels so that shapes and offsets keep their size. */
    private static final class Drawing extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;

        /** Per link: from x, y, to x, y, utilisation, and whether it is a torus wrap link. */
        private final double[] link;
        private final boolean[] wrap;
        private final int links;
        private final double[] router;
        private final double[] tile;
        private final double[] tileUtilisation;
        private final boolean[] tileAway;
        private final double[] tileRouter;
        final double maxUtilisation;
        final double minX;
        final double maxX;
        final double minY;
        final double maxY;
        transient ColourScale scale;

        Drawing(Topology topology, Statistics stats) {
            int routers = topology.routers();
            int ports = topology.ports();
            Grid torusGrid = topology instanceof Torus t ? t.grid() : null;
            double[] l = new double[routers * ports * 5];
            boolean[] w = new boolean[routers * ports];
            int n = 0;
            double max = 0;
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            router = new double[routers * 2];
            for (int r = 0; r < routers; r++) {
                double[] p = topology.routerPosition(r);
                router[2 * r] = p[0];
                router[2 * r + 1] = p[1];
                x0 = Math.min(x0, p[0]);
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
                for (int port = 0; port < ports; port++) {
                    int far = topology.link(r, port);
                    if (far < 0) {
                        continue;
                    }
                    int farRouter = far / ports;
                    double[] q = topology.routerPosition(farRouter);
                    double u = stats.linkUtilisation(r, port);
                    l[5 * n] = p[0];
                    l[5 * n + 1] = p[1];
                    l[5 * n + 2] = q[0];
                    l[5 * n + 3] = q[1];
                    l[5 * n + 4] = u;
                    w[n] = torusGrid != null && Math.abs(torusGrid.coordinate(r, Grid.dimensionOf(port)) - torusGrid.coordinate(farRouter, Grid.dimensionOf(port))) > 1;
                    max = Math.max(max, u);
                    n++;
                }
            }
            int tiles = topology.tiles();
            tile = new double[tiles * 2];
            tileRouter = new double[tiles * 2];
            tileUtilisation = new double[tiles];
            tileAway = new boolean[tiles];
            double window = stats.windowCycles();
            int[] tilesPerRouter = new int[routers];
            for (int t = 0; t < tiles; t++) {
                tilesPerRouter[topology.routerOf(t)]++;
            }
            for (int t = 0; t < tiles; t++) {
                double[] p = topology.tilePosition(t);
                int r = topology.routerOf(t);
                tile[2 * t] = p[0];
                tile[2 * t + 1] = p[1];
                tileRouter[2 * t] = router[2 * r];
                tileRouter[2 * t + 1] = router[2 * r + 1];
                tileAway[t] = (p[0] != router[2 * r] || p[1] != router[2 * r + 1]) && tilesPerRouter[r] <= MAX_DRAWN_TERMINALS;
                tileUtilisation[t] = window == 0 ? 0 : stats.ejectedFlits(t) / window;
                max = Math.max(max, tileUtilisation[t]);
                x0 = Math.min(x0, p[0]);
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
            }
            link = l;
            wrap = w;
            links = n;
            maxUtilisation = max;
            minX = x0;
            maxX = x1;
            minY = y0;
            maxY = y1;
        }

        @Override
        public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int rendererIndex, PlotRenderingInfo info) {
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            // The shortest link on screen sets the scale of everything drawn.
            double spacing = Double.MAX_VALUE;
            for (int i = 0; i < links; i++) {
                if (!wrap[i]) {
                    double dx = domain.valueToJava2D(link[5 * i + 2], area, xEdge) - domain.valueToJava2D(link[5 * i], area, xEdge);
                    double dy = range.valueToJava2D(link[5 * i + 3], area, yEdge) - range.valueToJava2D(link[5 * i + 1], area, yEdge);
                    spacing = Math.min(spacing, Math.hypot(dx, dy));
                }
            }
            if (spacing == Double.MAX_VALUE) {
                spacing = Math.min(area.getWidth(), area.getHeight()) / 4;
            }
            double box = Math.clamp(spacing * 0.3, 2.0, 16.0);
            float width = (float) Math.clamp(spacing * 0.06, 0.6, 3.0);
            double side = width * 0.8 + 0.6;
            boolean arrows = spacing >= 24;
            g.setStroke(new BasicStroke(1f));
            for (int t = 0; t < tileAway.length; t++) {
                if (tileAway[t]) {
                    g.setPaint(scale.colour(tileUtilisation[t]));
                    g.setStroke(new BasicStroke(Math.max(0.5f, width * 0.6f)));
                    g.draw(new Line2D.Double(domain.valueToJava2D(tileRouter[2 * t], area, xEdge), range.valueToJava2D(tileRouter[2 * t + 1], area, yEdge),
                                    domain.valueToJava2D(tile[2 * t], area, xEdge), range.valueToJava2D(tile[2 * t + 1], area, yEdge)));
                }
            }
            g.setStroke(new BasicStroke(1f));
            for (int r = 0; r < router.length / 2; r++) {
                double x = domain.valueToJava2D(router[2 * r], area, xEdge);
                double y = range.valueToJava2D(router[2 * r + 1], area, yEdge);
                Rectangle2D square = new Rectangle2D.Double(x - box / 2, y - box / 2, box, box);
                g.setPaint(Color.WHITE);
                g.fill(square);
                g.setPaint(ROUTER);
                g.draw(square);
            }
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            for (int i = 0; i < links; i++) {
                double ax = domain.valueToJava2D(link[5 * i], area, xEdge);
                double ay = range.valueToJava2D(link[5 * i + 1], area, yEdge);
                double bx = domain.valueToJava2D(link[5 * i + 2], area, xEdge);
                double by = range.valueToJava2D(link[5 * i + 3], area, yEdge);
                double length = Math.hypot(bx - ax, by - ay);
                if (length == 0) {
                    continue;
                }
                double ux = (bx - ax) / length;
                double uy = (by - ay) / length;
                if (wrap[i]) {
                    // A stub leaving the edge, away from the far router.
                    ux = -ux;
                    uy = -uy;
                    length = spacing * 0.9;
                }
                // (−uy, ux) is the right-hand side on screen, where y grows downwards. Links longer
                // than the shortest bow out to that side, so that links along one row (a hypercube's)
                // do not hide each other.
                double nx = -uy;
                double ny = ux;
                double bow = wrap[i] || length < 1.6 * spacing ? 0 : Math.min(0.15 * length, 0.6 * spacing);
                double start = box / 2 + 1;
                double end = Math.max(start + 1, wrap[i] ? length : length - box / 2 - 1);
                double sx = ax + ux * start + nx * side;
                double sy = ay + uy * start + ny * side;
                double ex = ax + ux * end + nx * side;
                double ey = ay + uy * end + ny * side;
                double cx = (sx + ex) / 2 + nx * bow;
                double cy = (sy + ey) / 2 + ny * bow;
                g.setPaint(scale.colour(link[5 * i + 4]));
                g.draw(new QuadCurve2D.Double(sx, sy, cx, cy, ex, ey));
                if (arrows && !wrap[i]) {
                    double tangent = Math.hypot(ex - cx, ey - cy);
                    double tx = (ex - cx) / tangent;
                    double ty = (ey - cy) / tangent;
                    double head = width * 2.5 + 2;
                    Path2D.Double arrow = new Path2D.Double();
                    arrow.moveTo(ex, ey);
                    arrow.lineTo(ex - tx * head - ty * head * 0.5, ey - ty * head + tx * head * 0.5);
                    arrow.lineTo(ex - tx * head + ty * head * 0.5, ey - ty * head - tx * head * 0.5);
                    arrow.closePath();
                    g.fill(arrow);
                }
            }
            g.setStroke(new BasicStroke(0.5f));
            double dot = Math.max(2.0, box * 0.55);
            for (int t = 0; t < tileAway.length; t++) {
                double x = domain.valueToJava2D(tile[2 * t], area, xEdge);
                double y = range.valueToJava2D(tile[2 * t + 1], area, yEdge);
                Ellipse2D.Double circle = new Ellipse2D.Double(x - dot / 2, y - dot / 2, dot, dot);
                g.setPaint(scale.colour(tileUtilisation[t]));
                g.fill(circle);
                g.setPaint(Color.DARK_GRAY);
                g.draw(circle);
            }
        }
    }
}
