package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GraalVM's tools on Python programs, through the {@code tessera} command: their reports name Python functions and lines. */
class ToolsIT {
    @TempDir Path dir;

    private static final String PROGRAM = """
                    def used(n):
                        return [n] * 3

                    def unused():
                        return 0

                    total = 0
                    for i in range(10):
                        total += len(used(i))
                    print(total)
                    """;

    private Path program() throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, PROGRAM);
        return file;
    }

    /** The report line of {@code name}: the first line that starts with it as a table cell. */
    private static String row(String report, String name) {
        Matcher m = Pattern.compile("(?m)^ " + Pattern.quote(name) + " +\\|.*$").matcher(report);
        assertTrue(m.find(), "no row for " + name + " in:\n" + report);
        return m.group();
    }

    @Test
    void cpuTracerCountsCallsOfEachFunction() throws Exception {
        CommandLine.Result r = CommandLine.tessera(dir, "", "--cputracer", program().toString());
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().startsWith("30\n"), r.stdout());
        assertTrue(row(r.stdout(), "used").matches(" used +\\| +10 .*prog\\.py~2:.*"), row(r.stdout(), "used"));
        assertTrue(row(r.stdout(), "<module>").contains("| 1 ") || row(r.stdout(), "<module>").matches(" <module> +\\| +1 .*"), row(r.stdout(), "<module>"));
    }

    @Test
    void memTracerCountsAllocationsByFunction() throws Exception {
        CommandLine.Result r = CommandLine.tessera(dir, "", "--experimental-options", "--memtracer", program().toString());
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().contains("Location Histogram with Allocation Counts"), r.stdout());
        // each call of used() makes two lists: [n], then [n] * 3
        assertTrue(row(r.stdout(), "used").matches(" used +\\| +20 .*"), row(r.stdout(), "used"));
    }

    @Test
    void coverageShowsStatementsLinesAndFunctionsRun() throws Exception {
        CommandLine.Result r = CommandLine.tessera(dir, "", "--coverage", program().toString());
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().contains("Code coverage histogram"), r.stdout());
        // 7 of 8 statements (unused's return never runs), and 2 of 3 roots (unused is never called)
        String row = row(r.stdout(), program().toString());
        assertTrue(row.matches(".*\\| +87\\.50% \\| +87\\.50% \\| +66\\.67% *"), row);
    }
}
