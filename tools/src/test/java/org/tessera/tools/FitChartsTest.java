package org.tessera.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitChartsTest {
    @TempDir Path dir;

    private static final String YAML = """
                    # Compile-time cost model, fitted by jit-worker/calibration/calibrate on 2026-11-26 04:20 from compilations.csv.
                    host_mhz: 2596
                    warmup_rule: "each run drops its first 20 compilations"
                    compiler_warmup_ratio: 3.10
                    tiers:
                      1:
                        time_ms: {intercept: 20.00, per_node: 1.5000, r2: 0.800, median_abs_pct_error: 25.0, points: 3}
                        code_bytes: {intercept: 500.00, per_node: 40.0000, r2: 0.900, median_abs_pct_error: 20.0, points: 3}
                        inlining: {median_inlined_over_root: 1.00}
                      2:
                        time_ms: {intercept: 30.00, per_node: 2.0000, r2: 0.700, median_abs_pct_error: 30.0, points: 2}
                        code_bytes: {intercept: 600.00, per_node: 20.0000, r2: 0.800, median_abs_pct_error: 35.0, points: 2}
                        inlining: {median_inlined_over_root: 2.50}
                    """;

    @Test
    void readsTheFittedLinesPerTierAndMeasure() throws IOException {
        Files.writeString(dir.resolve("fit.yaml"), YAML);
        Map<String, Map<String, double[]>> fits = FitCharts.readFits(dir.resolve("fit.yaml"));
        assertEquals(List.of("1", "2"), List.copyOf(fits.keySet()));
        assertArrayEquals(new double[]{20, 1.5, 0.8, 25, 3}, fits.get("1").get("time_ms"));
        assertArrayEquals(new double[]{600, 20, 0.8, 35, 2}, fits.get("2").get("code_bytes"));
        assertEquals(null, fits.get("2").get("inlining"), "not a fitted line");
    }

    @Test
    void drawsPointsWarmUpPointsAndTheLines() throws IOException {
        Files.writeString(dir.resolve("fit.yaml"), YAML);
        Files.writeString(dir.resolve("fit-points.csv"), """
                        bench,tier,order,size,time_ms,code_bytes,warm
                        fib,1,1,39,1300,2263,0
                        fib,1,25,39,80,2263,1
                        nbody,1,30,120,200,5000,1
                        nbody,1,31,300,470,12000,1
                        nbody,2,40,600,1300,12000,1
                        nbody,2,41,90,200,3000,1
                        """);
        List<String> written = FitCharts.write(dir);
        assertEquals(List.of("fit-time.png", "fit-code.png"), written);
        for (String file : written) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), file);
        }
        XYDataset data = FitCharts.chart(Csv.read(dir.resolve("fit-points.csv")), FitCharts.readFits(dir.resolve("fit.yaml")), "time_ms", "t", "y")
                        .getXYPlot().getDataset();
        // tier 1 warm, tier 2 warm, tier 1 warm-up, then the two lines
        assertEquals(5, data.getSeriesCount());
        assertEquals(3, data.getItemCount(0), "three warm tier-1 points");
        assertTrue(data.getSeriesKey(2).toString().contains("warm-up"), data.getSeriesKey(2).toString());
        assertTrue(data.getSeriesKey(3).toString().startsWith("tier 1 fit: 20.0 + 1.500"), data.getSeriesKey(3).toString());
        assertEquals(20 + 1.5 * data.getXValue(3, 0), data.getYValue(3, 0), 1e-9, "the line is a + b·size");
    }

    @Test
    void aYamlWithoutTiersIsAnError() throws IOException {
        Files.writeString(dir.resolve("fit.yaml"), "host_mhz: 1\n");
        Files.writeString(dir.resolve("fit-points.csv"), "bench,tier,order,size,time_ms,code_bytes,warm\n");
        IOException e = assertThrows(IOException.class, () -> FitCharts.write(dir));
        assertTrue(e.getMessage().contains("fit.yaml"), e.getMessage());
    }
}
