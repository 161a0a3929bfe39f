package org.tessera.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchChartsTest {
    @TempDir Path dir;

    @Test
    void writesAWarmupCurvePerBenchmarkAndTheRatioChart() throws IOException {
        Files.writeString(dir.resolve("runs.csv"), """
                        benchmark,implementation,iteration,seconds
                        fib,cpython,0,0.10
                        fib,cpython,1,0.10
                        fib,tessera,0,0.50
                        fib,tessera,1,0.01
                        nbody,cpython,0,0.6
                        nbody,tessera,0,0.3
                        """);
        Files.writeString(dir.resolve("summary.csv"), """
                        benchmark,implementation,first_s,peak_s,first_ratio,peak_ratio,rss_mb
                        fib,cpython,0.1,0.1,1,1,10
                        fib,tessera,0.5,0.01,0.2,10,300
                        nbody,cpython,0.6,0.6,1,1,10
                        nbody,tessera,0.3,0.3,2,2,300
                        """);
        List<String> written = BenchCharts.write(dir);
        assertEquals(List.of("warmup-fib.png", "warmup-nbody.png", "ratios.png"), written);
        for (String file : written) {
            byte[] png = Files.readAllBytes(dir.resolve(file));
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file + " is not a PNG");
        }
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesTheFileAndLine() throws IOException {
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, "benchmark,implementation,iteration,seconds\nfib,cpython,0\n");
        IOException e = assertThrows(IOException.class, () -> Csv.read(runs));
        assertTrue(e.getMessage().contains("runs.csv:2"), e.getMessage());
    }
}
