package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./tessera --tilemachine --jit.*} end to end: the jit-worker's instrument found as a
 * service by the tilemachine instrument, on real programs (tests/jit). The programs are short, so
 * compilations are made a hundred times cheaper ({@code --jit.CompileScale=0.01}) for the JIT to
 * pay within them.
 */
class JitIT {
    private static final Path PROGRAMS = TestSupport.repositoryRoot().resolve("tests/jit");

    @TempDir
    Path temp;

    /** Runs a program on the machine with the JIT model; returns its jit.json. */
    private String run(String program, String... options) throws IOException, InterruptedException {
        Path stats = Files.createTempFile(temp, "jit", ".json");
        List<String> args = new ArrayList<>(List.of("--tilemachine", "--jit.CompileScale=0.01", "--jit.Threshold=1000", "--jit.Stats=" + stats));
        args.addAll(List.of(options));
        args.add(PROGRAMS.resolve(program).toString());
        CommandLine.Result r = CommandLine.tessera(args.toArray(String[]::new));
        assertEquals(0, r.status(), () -> program + ": " + r.stderr());
        assertTrue(r.stderr().contains("\n  jit             "), r.stderr());
        return Files.readString(stats);
    }

    private static long total(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?[0-9]+)").matcher(json.substring(json.indexOf("\"totals\"")));
        assertTrue(m.find(), () -> key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void compilingOnTheRunningTileIsSlowerThanOnAJitTile() throws Exception {
        String blocking = run("warmup.py", "--jit.Tiles=0");
        String oneTile = run("warmup.py", "--jit.Tiles=1");
        assertTrue(total(blocking, "compilations") > 5, blocking);
        assertTrue(total(blocking, "blocked_cycles") > 0);
        assertEquals(0, total(oneTile, "blocked_cycles"));
        assertTrue(total(blocking, "cycles") > total(oneTile, "cycles"), total(blocking, "cycles") + " vs " + total(oneTile, "cycles"));
        assertEquals(6, total(oneTile, "iterations"), "bench returned six times");
        assertTrue(total(oneTile, "code_messages") > 0, "code went from the JIT tile to tile 0");
    }

    @Test
    void theSameRunWritesTheSameBytes() throws Exception {
        assertEquals(run("warmup.py", "--jit.Tiles=2", "--jit.Queue=hotness"), run("warmup.py", "--jit.Tiles=2", "--jit.Queue=hotness"));
    }

    @Test
    void aTypeChangeInHotCodeDeoptimises() throws Exception {
        String json = run("deopt.py", "--jit.Tiles=1");
        assertTrue(total(json, "deopts") >= 1, json);
        assertTrue(json.contains("\"function\": \"combine\""), "combine was compiled");
    }

    @Test
    void theModelCountsTheNodesTruffleCounts() throws Exception {
        // The calibration fits compile time on the AST sizes TraceCompilation prints for runs
        // without instruments (instrumentation adds its own nodes to the compiled tree); the model,
        // inside the instrument, must measure a function as that uninstrumented run does.
        String program = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfor i in range(6):\n    fib(15)\n";
        CommandLine.Result real = CommandLine.tessera("--engine.TraceCompilation=true", "--experimental-options", "--engine.BackgroundCompilation=false", "-c",
                        program);
        assertEquals(0, real.status(), real.stderr());
        Matcher trace = Pattern.compile("opt done .*? fib .*?\\|AST +([0-9]+)\\|").matcher(real.stderr());
        assertTrue(trace.find(), real.stderr());
        Path stats = temp.resolve("fib.json");
        CommandLine.Result modelled = CommandLine.tessera("--tilemachine", "--jit.Tiles=1", "--jit.Stats=" + stats, "-c", program);
        assertEquals(0, modelled.status(), modelled.stderr());
        Matcher model = Pattern.compile("\"function\": \"fib\",\\s*\"tier\": 1,\\s*\"nodes\": ([0-9]+)").matcher(Files.readString(stats));
        assertTrue(model.find(), Files.readString(stats));
        assertEquals(trace.group(1), model.group(1));
    }

    @Test
    void badOptionsAreOneLineErrors() throws Exception {
        CommandLine.Result queue = CommandLine.tessera("--tilemachine", "--jit.Queue=lifo", "-c", "print(1)");
        assertNotEquals(0, queue.status());
        assertTrue(queue.stderr().contains("jit.Queue: expected fifo, hotness or traversing, got 'lifo'"), queue.stderr());
        assertFalse(queue.stderr().contains("\tat "), queue.stderr());
        CommandLine.Result tiles = CommandLine.tessera("--tilemachine", "--jit.Tiles=-1", "-c", "print(1)");
        assertTrue(tiles.stderr().contains("jit.Tiles: expected a number of JIT tiles from 0 to"), tiles.stderr());
        CommandLine.Result alone = CommandLine.tessera("--jit.Tiles=2", "-c", "print(1)");
        assertEquals(0, alone.status());
        assertEquals("1\n", alone.stdout());
        assertTrue(alone.stderr().contains("jit: the JIT model runs on the modelled machine; add --tilemachine"), alone.stderr());
    }

    @Test
    void moreJitTilesThanTheMachineHasToSpareAreAsManyAsItHas() throws Exception {
        CommandLine.Result r = CommandLine.tessera("--tilemachine", "--jit.Tiles=64", "-c", "print(1)");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stderr().contains("jit: --jit.Tiles=64 is more than the 63 tiles the machine has to spare; using 63"), r.stderr());
        assertTrue(r.stderr().contains("on 63 JIT tiles"), r.stderr());
    }
}
