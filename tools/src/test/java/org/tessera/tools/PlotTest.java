package org.tessera.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {
    @TempDir Path dir;

    private Path csv() throws IOException {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, """
                        program,topology,tiles,speedup,wait
                        gather,mesh,16,14.5,20
                        gather,mesh,64,50,31
                        gather,torus,16,14.9,18
                        gather,torus,64,54,0
                        compute,mesh,16,15.8,0
                        """);
        return file;
    }

    @Test
    void aLineChartHasOneLinePerSeriesValueOfTheRowsKept() throws IOException {
        Path csv = csv();
        Plot.Spec spec = Plot.parse(new String[]{csv.toString(), "out.png", "--x", "tiles", "--y", "speedup", "--series", "topology", "--series-prefix", "net: ",
            "--where", "program=gather", "--xlabel", "tiles", "--ylabel", "speed-up (×)"});
        JFreeChart chart = Plot.chart(spec, Csv.read(csv));
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("net: mesh", data.getSeriesKey(0));
        assertEquals(2, data.getItemCount(0), "compute's row is left out");
        assertEquals(54.0, data.getYValue(1, 1));
        assertEquals("speed-up (×)", chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void aLogAxisLeavesOutValuesAtOrBelowZero() throws IOException {
        Path csv = csv();
        JFreeChart chart = Plot.chart(Plot.parse(new String[]{csv.toString(), "out.png", "--x", "tiles", "--y", "wait", "--series", "topology", "--ylog", "--where",
            "program=gather"}), Csv.read(csv));
        assertEquals(1, chart.getXYPlot().getDataset().getItemCount(1), "torus's 0 is not drawn on a log axis");
    }

    @Test
    void aBarChartOfSeveralColumnsNamesThemByNames() throws IOException {
        Path csv = csv();
        JFreeChart chart = Plot.chart(Plot.parse(new String[]{csv.toString(), "out.png", "--x", "topology", "--y", "speedup,wait", "--names", "speed-up,wait", "--bar",
            "--where", "tiles=16"}), Csv.read(csv));
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertEquals("speed-up", data.getRowKey(0));
        assertEquals(2, data.getColumnCount(), "mesh and torus");
    }

    @Test
    void badSpecificationsAreRefusedWithTheReason() throws IOException {
        Path csv = csv();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Plot.parse(new String[]{"a.csv", "b.png", "--y", "v"})).getMessage().contains("--x and --y"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Plot.parse(new String[]{"a.csv", "b.png", "--x", "a", "--y", "b,c", "--names", "one"}))
                        .getMessage().contains("1 names for 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Plot.chart(Plot.parse(new String[]{csv.toString(), "o.png", "--x", "nope", "--y", "speedup"}),
                        Csv.read(csv))).getMessage().contains("no column 'nope'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Plot.chart(Plot.parse(new String[]{csv.toString(), "o.png", "--x", "tiles", "--y", "topology"}),
                        Csv.read(csv))).getMessage().contains("not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Plot.chart(Plot.parse(new String[]{csv.toString(), "o.png", "--x", "tiles", "--y", "speedup",
            "--where", "program=none"}), Csv.read(csv))).getMessage().contains("no rows"));
    }
}
