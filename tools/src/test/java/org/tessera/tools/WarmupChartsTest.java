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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmupChartsTest {
    @TempDir Path dir;

    @Test
    void normalisesToTheMedianOfTheLastFiveIterations() throws IOException {
        StringBuilder csv = new StringBuilder("# measured on a test\n# host: 1 MHz\nbench,config,iteration,seconds,cumulative_s,compilations\n");
        double[] tessera = {2.0, 1.0, 0.3, 0.12, 0.1, 0.1, 0.11, 0.09, 0.1};
        double cumulative = 0;
        for (int i = 0; i < tessera.length; i++) {
            cumulative += tessera[i];
            csv.append("fib,threads-1,").append(i).append(',').append(tessera[i]).append(',').append(cumulative).append(",").append(i).append('\n');
        }
        for (int i = 0; i < 6; i++) {
            csv.append("fib,cpython,").append(i).append(",0.5,").append(0.5 * (i + 1)).append(",\n");
        }
        csv.append("nbody,cpython,0,1.0,1.0,\n");
        Files.writeString(dir.resolve("warmup-real.csv"), csv.toString());
        List<Map<String, String>> rows = WarmupCharts.readCommented(dir.resolve("warmup-real.csv"));
        assertEquals(16, rows.size(), "comment lines skipped");
        Map<String, Map<String, List<double[]>>> curves = WarmupCharts.normalised(rows);
        assertEquals(List.of("fib", "nbody"), List.copyOf(curves.keySet()));
        double[] curve = WarmupCharts.curve(curves, "fib", "threads-1");
        assertEquals(20.0, curve[0], 1e-9, "2.0 s over a steady 0.1 s");
        assertEquals(1.0, curve[8], 1e-9);
        assertEquals(1.0, WarmupCharts.curve(curves, "fib", "cpython")[0], 1e-9);
        Path png = WarmupCharts.write(dir);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
    }

    @Test
    void aBadRowNamesTheFile() throws IOException {
        Files.writeString(dir.resolve("warmup-real.csv"), "# c\nbench,config,iteration,seconds\nfib,x,0\n");
        IOException e = assertThrows(IOException.class, () -> WarmupCharts.write(dir));
        assertTrue(e.getMessage().contains("warmup-real.csv"), e.getMessage());
    }
}
