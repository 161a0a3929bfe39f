package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CPython-differential suite: every {@code tests/python/**}{@code /NAME.py} runs in-process, in
 * its own context of one shared engine, and must print {@code NAME.out} (made by CPython 3.11);
 * when {@code NAME.err} exists, its exit status and last stderr line must match too. Programs
 * listed in {@code tests/python/EXPECTED_FAILURES} must still fail, so the list stays honest.
 */
class PythonProgramsTest {
    private static final Engine ENGINE = TestSupport.newEngine();

    @AfterAll
    static void closeEngine() {
        ENGINE.close();
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        Path root = TestSupport.repositoryRoot().resolve("tests/python");
        Map<String, String> expectedFailures = TestSupport.expectedFailures(root.resolve("EXPECTED_FAILURES"));
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root)) {
            programs = files.filter(p -> p.toString().endsWith(".py") && !isHelperModule(root.relativize(p))).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            String name = root.relativize(program).toString();
            tests.add(DynamicTest.dynamicTest(name, program.toUri(), () -> check(program, expectedFailures.get(name))));
        }
        return tests.stream();
    }

    /** Modules that tests import (names starting with '_', or inside such a package) are not programs. */
    private static boolean isHelperModule(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static void check(Path program, String expectedFailure) throws Exception {
        if (expectedFailure == null) {
            compare(program);
            return;
        }
        try {
            compare(program);
        } catch (AssertionError stillFailing) {
            Assumptions.abort("expected failure: " + expectedFailure);
        }
        fail(program.getFileName() + " passes now; remove it from EXPECTED_FAILURES");
    }

    private static void compare(Path program) throws Exception {
        String base = program.getFileName().toString().replaceAll("\\.py$", "");
        Path dir = program.getParent();
        String expectedOut = Files.readString(dir.resolve(base + ".out"));
        Path errFile = dir.resolve(base + ".err");
        Run run = run(program);
        assertEquals(expectedOut, run.stdout, "stdout of " + program.getFileName());
        if (Files.exists(errFile)) {
            List<String> err = Files.readAllLines(errFile);
            assertEquals(Integer.parseInt(err.get(0).trim()), run.status, "exit status; stderr was:\n" + run.stderr);
            String expectedLast = err.size() > 1 ? err.get(1) : "";
            assertEquals(expectedLast, lastLine(run.stderr), "last line of stderr; stderr was:\n" + run.stderr);
        } else {
            assertEquals(0, run.status, "exit status; stderr was:\n" + run.stderr);
            assertEquals("", run.stderr, "stderr");
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    record Run(String stdout, String stderr, int status) {
    }

    static Run run(Path program) throws Exception {
        return run(ENGINE, program);
    }

    /** Runs a program in a new context of {@code engine}, in its own folder, with {@code args} after its name in sys.argv. */
    static Run run(Engine engine, Path program, String... args) throws Exception {
        BatchRunner.Run run = BatchRunner.run(engine, program, 60_000, args);
        if (run.status() == BatchRunner.TIMEOUT) {
            fail(program + " did not finish within 60 s");
        }
        if (run.failure() != null) {
            throw new AssertionError("internal error running " + program + ": " + run.failure(), run.failure());
        }
        return new Run(run.stdout(), run.stderr(), run.status());
    }
}
