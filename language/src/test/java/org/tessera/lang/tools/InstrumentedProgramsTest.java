package org.tessera.lang.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CPython-differential programs give the same output when a tool observes everything: every
 * tag with its inputs and node objects, every allocation, and heap walks from the live frames
 * (see {@link TestInstrument#observeEverything}). Instrumentation must not change a program.
 */
class InstrumentedProgramsTest {
    /**
     * Compute-bound programs that take from 3 s to half a minute each when every node is
     * observed and nothing is compiled (these tests run without the Graal compiler); they add no
     * node kinds the others lack.
     */
    private static final Set<String> TOO_SLOW_UNCOMPILED = Set.of("programs/prime_factorization.py", "programs/collatz.py", "stdlib/itertools_combinatorics.py",
                    "generators/gen_permutations.py", "programs/game_of_life.py", "programs/sudoku_solver.py", "programs/big_fibonacci.py",
                    // recursion 100,000 deep, uninterrupted by compilation: minutes in the AST interpreter with the instrument on
                    "limits/recursion_limits.py");

    private static Engine engine;
    private static TestInstrument.Observations seen;

    @BeforeAll
    static void observe() {
        engine = Engine.newBuilder("tessera").option("engine.WarnInterpreterOnly", "false").build();
        seen = engine.getInstruments().get(TestInstrument.ID).lookup(TestInstrument.class).observeEverything();
    }

    @AfterAll
    static void close() {
        engine.close();
        assertTrue(seen.events > 0 && seen.allocations > 0 && seen.walkedObjects > 0, "the instrument saw the programs run");
    }

    private static Path testsRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tests/python"))) {
            dir = dir.getParent();
        }
        return dir.resolve("tests/python");
    }

    @TestFactory
    Stream<DynamicTest> programsRunUnchanged() throws IOException {
        Path root = testsRoot();
        Set<String> expectedFailures = Files.readAllLines(root.resolve("EXPECTED_FAILURES")).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf(": "))).collect(Collectors.toSet());
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root)) {
            programs = files.filter(p -> p.toString().endsWith(".py") && !helper(root.relativize(p)) && !expectedFailures.contains(root.relativize(p).toString()) &&
                            !TOO_SLOW_UNCOMPILED.contains(root.relativize(p).toString())).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p)));
    }

    private static boolean helper(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code program} as {@code tessera NAME.py} in its folder, on a thread with a stack deep enough for its recursion limit. */
    private static void check(Path program) throws Exception {
        String base = program.getFileName().toString().replaceAll("\\.py$", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Throwable[] failure = {null};
        Thread thread = new Thread(null, () -> {
            try (Context context = Context.newBuilder("tessera").engine(engine).out(out).err(err).in(new ByteArrayInputStream(new byte[0]))
                            .currentWorkingDirectory(program.getParent().toAbsolutePath()).arguments("tessera", new String[]{program.getFileName().toString()})
                            .allowAllAccess(true).build()) {
                int answer = context.eval(Source.newBuilder("tessera", "", "<tessera-main>").internal(true).buildLiteral())
                                .execute("file", program.getFileName().toString()).asInt();
                status[0] = answer >= 1000 ? answer - 1000 : answer;
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "instrumented-python-test", 1L << 30);
        thread.start();
        thread.join();
        if (failure[0] != null) {
            throw new AssertionError("internal error running " + program, failure[0]);
        }
        assertEquals(Files.readString(program.resolveSibling(base + ".out")), out.toString(StandardCharsets.UTF_8), "stdout");
        Path errFile = program.resolveSibling(base + ".err");
        if (Files.exists(errFile)) {
            List<String> expected = Files.readAllLines(errFile);
            assertEquals(Integer.parseInt(expected.get(0).strip()), status[0], "exit status");
            String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
            assertEquals(expected.size() > 1 ? expected.get(1) : "", lines[lines.length - 1], "last line of stderr");
        } else {
            assertEquals(0, status[0], "exit status; stderr: " + err.toString(StandardCharsets.UTF_8));
        }
    }
}
