package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./jitsweep}: a small sweep is byte-identical when re-run, and an interrupted one resumes. */
class JitSweepIT {
    private static final Path ROOT = TestSupport.repositoryRoot();

    @TempDir
    Path temp;

    /** {@code ROOT/tool base... --out OUT more...} */
    private static List<String> command(String tool, List<String> base, Path out, String... more) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve(tool).toString()));
        command.addAll(base);
        command.addAll(List.of("--out", out.toString()));
        command.addAll(List.of(more));
        return command;
    }

    private static List<String> sweep(Path out, String... more) {
        return command("jitsweep", List.of("--bench", "tests/jit/warmup.py", "--iterations", "2", "--jit.Tiles", "0,1", "--jit.Queue", "fifo", "--jit.Threshold", "300",
                        "--jit.CompileScale", "0.01", "--jobs", "1"), out, more);
    }

    private static CommandLine.Result run(List<String> command) throws IOException, InterruptedException {
        return CommandLine.tool(command);
    }

    /** Every result file of a sweep (not the points' logs), by name. */
    private static List<String> results(Path out) throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(out), Files.list(out.resolve("points")))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".err") && !f.toString().endsWith(".out")).map(f -> out.relativize(f).toString()).sorted().toList();
        }
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        List<String> files = results(a);
        assertEquals(files, results(b));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void aSweepIsByteIdenticalWhenRunAgainAndResumesWhenInterrupted() throws Exception {
        Path first = temp.resolve("first");
        CommandLine.Result r = run(sweep(first));
        assertEquals(0, r.status(), r.stderr());
        List<String> rows = Files.readAllLines(first.resolve("points.csv"));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("point,bench,jit.Tiles,jit.Queue,jit.Threshold,jit.CompileScale,jit_tiles,"), rows.get(0));
        for (String png : List.of("warmup-warmup.png", "cycles-warmup.png", "steady-warmup.png", "queue-warmup.png", "kulkarni-tiles.png")) {
            assertTrue(Files.size(first.resolve(png)) > 1000, png);
        }

        Path second = temp.resolve("second");
        assertEquals(0, run(sweep(second)).status());
        assertSameBytes(first, second);

        // Interrupted after its first point: the next run does only the other.
        Path third = temp.resolve("third");
        Process p = new ProcessBuilder(sweep(third)).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(temp.resolve("third.log").toFile()).start();
        Path firstPoint = third.resolve("points/warmup__Tiles=0__Queue=fifo__Threshold=300__CompileScale=0.01.json");
        while (!Files.exists(firstPoint) && p.isAlive()) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the sweep was still running its second point");
        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(130, p.exitValue(), Files.readString(temp.resolve("third.log")));
        assertTrue(Files.readString(temp.resolve("third.log")).contains("interrupted; finished points are kept"));
        assertTrue(!Files.exists(third.resolve("points.csv")), "no results from half a sweep");
        CommandLine.Result resumed = run(sweep(third));
        assertEquals(0, resumed.status(), resumed.stderr());
        assertTrue(resumed.stderr().contains("2/2 points") || resumed.stderr().contains("(1 already done)"), resumed.stderr());
        assertTrue(resumed.stderr().contains("(1 already done)"), resumed.stderr());
        assertSameBytes(first, third);
    }

    @Test
    void aFailingPointIsReportedWhileTheOthersAreCollected() throws Exception {
        failingPoint("local");
    }

    private void failingPoint(String executor) throws Exception {
        Path out = temp.resolve("failing-" + executor);
        CommandLine.Result r = run(List.of(ROOT.resolve("jitsweep").toString(), "--bench", "tests/jit/warmup.py", "--iterations", "1", "--jit.Tiles", "1", "--jit.Queue",
                        "fifo,lifo", "--jit.CompileScale", "0.01", "--executor", executor, "--out", out.toString()));
        assertEquals(1, r.status(), r.stderr());
        assertTrue(r.stderr().contains("point warmup__Tiles=1__Queue=lifo__CompileScale=0.01 failed") && r.stderr().contains("jit.Queue: expected fifo, hotness or traversing"),
                        r.stderr());
        assertTrue(r.stderr().contains("jitsweep: 1 of 2 points failed; run again to retry them"), r.stderr());
        assertTrue(Files.exists(out.resolve("points/warmup__Tiles=1__Queue=fifo__CompileScale=0.01.json")), "the good point is kept");
    }

    /** Whether a SLURM cluster answers here (.ci/run starts a single-node one with scripts/slurm/single-node). */
    static boolean slurm() {
        try {
            Process p = new ProcessBuilder("sinfo", "-h", "-r", "-o", "%t").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("(?s).*\\b(idle|mix|alloc)\\b.*");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void theSlurmExecutorGivesTheBytesTheLocalOneGives() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(slurm(), "no SLURM cluster answers (sinfo); .ci/run starts one");
        Path local = temp.resolve("local");
        Path cluster = temp.resolve("slurm");
        assertEquals(0, run(sweep(local)).status());
        CommandLine.Result r = run(sweep(cluster, "--executor", "slurm", "--sbatch=--job-name=tessera-it"));
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stderr().contains("jitsweep: submitted job array "), r.stderr());
        assertSameBytes(local, cluster);
        failingPoint("slurm");

        // Ctrl-C while the job array runs cancels it; the same command later finishes the sweep.
        Path interrupted = temp.resolve("slurm-interrupted");
        Process p = new ProcessBuilder(sweep(interrupted, "--executor", "slurm", "--sbatch=--job-name=tessera-it-cancel")).directory(ROOT.toFile()).redirectErrorStream(true)
                        .redirectOutput(temp.resolve("cancel.log").toFile()).start();
        while (!Files.readString(temp.resolve("cancel.log")).contains("submitted job array") && p.isAlive()) {
            Thread.sleep(50);
        }
        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String log = Files.readString(temp.resolve("cancel.log"));
        assertEquals(130, p.exitValue(), log);
        assertTrue(log.contains("cancelled job "), log);
        Process queue = new ProcessBuilder("squeue", "-h", "-n", "tessera-it-cancel", "-o", "%i %T").redirectErrorStream(true).start();
        String left = new String(queue.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        queue.waitFor();
        assertTrue(left.isBlank() || !left.contains("RUNNING") && !left.contains("PENDING"), "the job was cancelled: " + left);
        CommandLine.Result resumed = run(sweep(interrupted, "--executor", "slurm"));
        assertEquals(0, resumed.status(), resumed.stderr());
        assertSameBytes(local, interrupted);
    }

    private static List<String> tileSweep(Path out, String... more) {
        return command("tilesweep", List.of("--config", "mesh-8x8,torus-16x16", "--pattern", "uniform,transpose", "--rate", "0.05,0.2", "--cycles", "2000"), out, more);
    }

    @Test
    void theSameExecutorsServeTilesimSweeps() throws Exception {
        Path local = temp.resolve("tiles-local");
        CommandLine.Result r = run(tileSweep(local));
        assertEquals(0, r.status(), r.stderr());
        List<String> rows = Files.readAllLines(local.resolve("points.csv"));
        assertEquals(9, rows.size(), rows.toString());
        assertEquals("point,config,pattern,offered,injected,accepted,latency_mean,latency_p99,saturated", rows.get(0));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("mesh-8x8__transpose__0.2,mesh-8x8,transpose,0.2,") && l.endsWith(",true")),
                        "transpose at 0.2 saturates the 8x8 mesh: " + rows);
        if (slurm()) {
            Path cluster = temp.resolve("tiles-slurm");
            CommandLine.Result s = run(tileSweep(cluster, "--executor", "slurm"));
            assertEquals(0, s.status(), s.stderr());
            assertArrayEquals(Files.readAllBytes(local.resolve("points.csv")), Files.readAllBytes(cluster.resolve("points.csv")));
        }
    }

    @Test
    void badArgumentsAreOneLineErrors() throws Exception {
        CommandLine.Result unknown = run(List.of(ROOT.resolve("jitsweep").toString(), "--engine.Foo", "1"));
        assertEquals(2, unknown.status());
        assertTrue(unknown.stderr().startsWith("jitsweep: unknown argument '--engine.Foo'"), unknown.stderr());
        CommandLine.Result missing = run(List.of(ROOT.resolve("jitsweep").toString(), "--bench", "bench/nope.py"));
        assertEquals("jitsweep: --bench: no such file: bench/nope.py\n", missing.stderr());
        CommandLine.Result stats = run(List.of(ROOT.resolve("jitsweep").toString(), "--jit.Stats", "x"));
        assertTrue(stats.stderr().contains("--jit.Stats is set by the sweep itself"), stats.stderr());
    }
}
