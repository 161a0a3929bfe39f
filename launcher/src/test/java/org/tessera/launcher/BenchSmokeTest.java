package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every benchmark in {@code bench/} runs once at a small size and must print the checksum that
 * CPython printed ({@code bench/smoke.tsv}, made by {@code bench/generate-smoke}).
 */
class BenchSmokeTest {
    private static final org.graalvm.polyglot.Engine ENGINE = TestSupport.newEngine();

    @org.junit.jupiter.api.AfterAll
    static void closeEngine() {
        ENGINE.close();
    }

    @TestFactory
    Stream<DynamicTest> benchmarks() throws IOException {
        Path bench = TestSupport.repositoryRoot().resolve("bench");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(bench.resolve("smoke.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            String name = fields[0];
            String size = fields[1];
            String expected = fields[2];
            tests.add(DynamicTest.dynamicTest(name + " " + size, () -> {
                PythonProgramsTest.Run run = PythonProgramsTest.run(ENGINE, bench.resolve(name + ".py"), "1", size);
                assertEquals(0, run.status(), "exit status; stderr was:\n" + run.stderr());
                assertEquals(expected, checksum(run.stdout()), "checksum of " + name);
            }));
        }
        return tests.stream();
    }

    private static String checksum(String stdout) {
        String found = null;
        for (String line : stdout.split("\n")) {
            if (line.startsWith("checksum ")) {
                found = line.substring("checksum ".length());
            }
        }
        return found;
    }
}
