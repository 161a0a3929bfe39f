package org.tessera.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryChartsTest {
    @TempDir Path dir;

    @Test
    void drawsTheSuiteAverageBesideCPython() throws IOException {
        Files.writeString(dir.resolve("categories.csv"), """
                        benchmark,name resolution,dispatch,remote access
                        fib,5.00,20.00,1.00
                        nbody,1.00,30.00,0.00
                        average,3.00,25.00,0.50
                        cpython (Ismail & Suh),9.10,14.10,
                        """);
        JFreeChart chart = CategoryCharts.chart(Csv.read(dir.resolve("categories.csv")));
        var data = chart.getCategoryPlot().getDataset();
        assertEquals(2, data.getRowCount(), "two series: the model's average and CPython");
        assertEquals(25.0, data.getValue("Tessera model, suite average", "dispatch").doubleValue());
        assertEquals(9.1, data.getValue("CPython (Ismail & Suh 2018)", "name resolution").doubleValue());
        assertEquals(null, data.getValue("CPython (Ismail & Suh 2018)", "remote access"), "no CPython figure for a tile-machine category");
        Path png = CategoryCharts.write(dir);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
    }

    @Test
    void missingInputIsAnError() {
        assertThrows(IOException.class, () -> CategoryCharts.write(dir));
    }
}
