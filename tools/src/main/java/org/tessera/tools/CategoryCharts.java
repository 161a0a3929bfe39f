package org.tessera.tools;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of {@code bench/tilemachine}: the model's breakdown of cycles into Ismail &amp; Suh's
 * overhead categories, averaged over the benchmark suite, beside their CPython averages.
 * Reads {@code categories.csv} (a row per benchmark, then {@code average} and the CPython row)
 * and writes {@code categories.png} next to it.
 */
public final class CategoryCharts {
    private CategoryCharts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CategoryCharts RESULTS_DIR (holding categories.csv)");
            System.exit(2);
        }
        System.out.println(write(Path.of(args[0])));
    }

    /** Writes categories.png into {@code dir}; returns its path. */
    public static Path write(Path dir) throws IOException {
        Path csv = dir.resolve("categories.csv");
        if (!Files.exists(csv)) {
            throw new IOException(csv + ": no such file");
        }
        Path png = dir.resolve("categories.png");
        ChartUtils.saveChartAsPNG(png.toFile(), chart(Csv.read(csv)), 1000, 600);
        return png;
    }

    static JFreeChart chart(List<Map<String, String>> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, String> row : rows) {
            String name = row.get("benchmark");
            String series = name.equals("average") ? "Tessera model, suite average" : name.startsWith("cpython") ? "CPython (Ismail & Suh 2018)" : null;
            if (series == null) {
                continue;
            }
            for (Map.Entry<String, String> cell : row.entrySet()) {
                // An empty cell: no figure (CPython has none for the tile machine's own categories).
                if (cell.getKey().equals("benchmark") || cell.getValue().isBlank()) {
                    continue;
                }
                data.addValue(Double.parseDouble(cell.getValue()), series, cell.getKey());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Where the cycles go: the model on the suite vs CPython", "category", "% of cycles", data,
                        PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x1f77b4));
        renderer.setSeriesPaint(1, new Color(0xbbbbbb));
        renderer.setItemMargin(0.02);
        return chart;
    }
}
