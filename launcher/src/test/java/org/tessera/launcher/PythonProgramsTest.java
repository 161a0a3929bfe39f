package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
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

    private static String[] argv(Path program, String[] args) {
        String[] argv = new String[args.length + 1];
        argv[0] = program.getFileName().toString();
        System.arraycopy(args, 0, argv, 1, args.length);
        return argv;
    }

    record Run(String stdout, String stderr, int status) {
    }

    static Run run(Path program) throws Exception {
        return run(ENGINE, program);
    }

    /** Runs a program in a new context of {@code engine}, in its own folder, with {@code args} after its name in sys.argv. */
    static Run run(Engine engine, Path program, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Throwable[] failure = {null};
        Thread thread = new Thread(null, () -> {
            try (Context context = Context.newBuilder(TesseraMain.LANGUAGE_ID).engine(engine).allowAllAccess(true).out(out).err(err)
                            .in(new java.io.ByteArrayInputStream(new byte[0])).currentWorkingDirectory(program.getParent().toAbsolutePath())
                            .arguments(TesseraMain.LANGUAGE_ID, argv(program, args)).build()) {
                status[0] = ProgramRunner.statusOf(new ProgramRunner(context).runFile(program.getFileName().toString()));
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "python-test", 1L << 30);
        thread.start();
        thread.join(60_000);
        if (thread.isAlive()) {
            thread.interrupt();
            fail(program + " did not finish within 60 s");
        }
        if (failure[0] != null) {
            throw new AssertionError("internal error running " + program + ": " + failure[0], failure[0]);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status[0]);
    }
}
