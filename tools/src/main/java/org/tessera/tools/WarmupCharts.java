package org.tessera.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Measured warm-up curves (from {@code jit-worker/calibration/measure-warmup}): per benchmark a
 * panel of iteration time normalised to the median of the configuration's last five iterations,
 * against the iteration, one series per configuration (compiler threads, background compilation
 * off, CPython), on a log scale so 1 is the steady state. CPython's series is grey and dashed, and
 * series named {@code model ...} (a model's curves beside the measured ones) are dashed.
 *
 * <p>Reads {@code warmup-real.csv} (lines starting with {@code #} are comments; columns
 * {@code bench,config,iteration,seconds,...}) and writes {@code warmup-real.png} next to it.
 *
 * <p>Usage: {@code WarmupCharts DIR}
 */
public final class WarmupCharts {
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
                    new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};
    static final int PANEL_WIDTH = 560;
    static final int PANEL_HEIGHT = 380;

    private WarmupCharts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: WarmupCharts DIR (holding warmup-real.csv)");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        System.out.println(write(Path.of(args[0])));
    }

    /** Writes warmup-real.png into {@code dir}; returns its path. */
    public static Path write(Path dir) throws IOException {
        Path csv = dir.resolve("warmup-real.csv");
        if (!Files.exists(csv)) {
            throw new IOException(csv + ": no such file (run measure-warmup first)");
        }
        Map<String, Map<String, List<double[]>>> curves = normalised(readCommented(csv));
        List<JFreeChart> panels = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<double[]>>> bench : curves.entrySet()) {
            panels.add(panel(bench.getKey(), bench.getValue()));
        }
        int columns = Math.min(3, Math.max(1, panels.size()));
        int rows = (panels.size() + columns - 1) / columns;
        int titleHeight = 40;
        BufferedImage image = new BufferedImage(columns * PANEL_WIDTH, titleHeight + Math.max(1, rows) * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("Measured warm-up: iteration time / median of the last 5 iterations (log scale; 1 = steady state)", 12, 27);
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g, new Rectangle2D.Double((i % columns) * PANEL_WIDTH, titleHeight + (i / columns) * PANEL_HEIGHT, PANEL_WIDTH, PANEL_HEIGHT));
        }
        g.dispose();
        Path png = dir.resolve("warmup-real.png");
        ImageIO.write(image, "png", png.toFile());
        return png;
    }

    /** A CSV with {@code #} comment lines: the comments dropped, the rest read by {@link Csv}. */
    static List<Map<String, String>> readCommented(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("#")) {
                lines.add(line);
            }
        }
        Path tmp = Files.createTempFile("warmup", ".csv");
        try {
            Files.write(tmp, lines);
            return Csv.read(tmp);
        } catch (IOException e) {
            throw new IOException(file + " (comment lines skipped): " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * bench → config → [iteration, seconds / median of the config's last five iterations], in the
     * order the rows first name them.
     */
    static Map<String, Map<String, List<double[]>>> normalised(List<Map<String, String>> rows) {
        Map<String, Map<String, List<double[]>>> raw = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            raw.computeIfAbsent(row.get("bench"), b -> new LinkedHashMap<>()).computeIfAbsent(row.get("config"), c -> new ArrayList<>())
                            .add(new double[]{Double.parseDouble(row.get("iteration")), Double.parseDouble(row.get("seconds"))});
        }
        for (Map<String, List<double[]>> configs : raw.values()) {
            for (List<double[]> points : configs.values()) {
                points.sort((a, b) -> Double.compare(a[0], b[0]));
                double steady = median(points.subList(Math.max(0, points.size() - 5), points.size()));
                for (double[] p : points) {
                    p[1] = steady > 0 ? p[1] / steady : Double.NaN;
                }
            }
        }
        return raw;
    }

    static double median(List<double[]> points) {
        double[] v = points.stream().mapToDouble(p -> p[1]).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static JFreeChart panel(String bench, Map<String, List<double[]>> byConfig) {
        XYSeriesCollection data = new XYSeriesCollection();
        double low = 0.5;
        double high = 2;
        double last = 1;
        for (Map.Entry<String, List<double[]>> config : byConfig.entrySet()) {
            XYSeries series = new XYSeries(config.getKey(), false, true);
            for (double[] p : config.getValue()) {
                if (p[1] > 0) {
                    series.add(p[0], p[1]);
                    low = Math.min(low, p[1]);
                    high = Math.max(high, p[1]);
                    last = Math.max(last, p[0]);
                }
            }
            data.addSeries(series);
        }
        NumberAxis x = new NumberAxis("iteration");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(-0.5, last + 0.5);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        String[] names = byConfig.keySet().toArray(new String[0]);
        for (int i = 0; i < names.length; i++) {
            // CPython (the reference) grey and dashed; series of a model ("model ...") dashed.
            boolean cpython = names[i].contains("cpython");
            boolean dashed = cpython || names[i].startsWith("model");
            renderer.setSeriesStroke(i, dashed ? new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f)
                            : new BasicStroke(2f));
            renderer.setSeriesPaint(i, cpython ? Color.GRAY : COLOURS[i % COLOURS.length]);
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        XYPlot plot = new XYPlot(data, x, FitCharts.logAxis("× steady iteration time", low / 1.3, high * 1.3), renderer);
        plot.addRangeMarker(new ValueMarker(1.0, Color.BLACK, new BasicStroke(1f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(bench, new Font(Font.SANS_SERIF, Font.BOLD, 15)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** For tests: the normalised curve of one configuration. */
    static double[] curve(Map<String, Map<String, List<double[]>>> curves, String bench, String config) {
        return curves.get(bench).get(config).stream().mapToDouble(p -> p[1]).toArray();
    }
}
