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
 * {@code ./tessera --tilemachine} end to end: real programs (tests/tilemachine), the instrument
 * found as a service, and the figures of its summary.json.
 */
class TileMachineIT {
    private static final Path PROGRAMS = TestSupport.repositoryRoot().resolve("tests/tilemachine");

    @TempDir
    Path temp;

    /** Runs a program under the instrument with a report; returns its summary.json text. */
    private String run(String program, String... options) throws IOException, InterruptedException {
        Path report = Files.createTempDirectory(temp, "report");
        List<String> args = new ArrayList<>(List.of("--tilemachine", "--tilemachine.Report=" + report));
        args.addAll(List.of(options));
        args.add(PROGRAMS.resolve(program).toString());
        CommandLine.Result r = CommandLine.tessera(args.toArray(String[]::new));
        assertEquals(0, r.status(), () -> program + ": " + r.stderr());
        assertTrue(r.stderr().contains("tilemachine: "), r.stderr());
        return Files.readString(report.resolve("summary.json"));
    }

    /** A number of summary.json: {@code section.key}, or a top-level {@code key} when section is empty. */
    private static double number(String json, String section, String key) {
        Matcher m = section.isEmpty() ? Pattern.compile("\"" + key + "\"\\s*:\\s*(-?[0-9.eE+-]+)").matcher(json) : Pattern.compile("\"" + section + "\"\\s*:\\s*\\{[^}]*?\"" + key + "\"\\s*:\\s*(-?[0-9.eE+-]+)").matcher(json);
        assertTrue(m.find(), () -> section + "." + key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    private static String config(String name) {
        return "--tilemachine.Config=" + PROGRAMS.resolve(name);
    }

    @Test
    void oneTileWithLocalPlacementSendsNoMessages() throws Exception {
        String json = run("objects.py", "--tilemachine.Placement=local", "--tilemachine.Tiles=1");
        assertEquals(0, number(json, "messages", "sent"));
        assertEquals(0, number(json, "accesses", "remote"));
        assertTrue(number(json, "accesses", "local") > 10_000);
    }

    @Test
    void roundRobinOver64TilesMakesMostAccessesRemote() throws Exception {
        String json = run("objects.py", "--tilemachine.Placement=round-robin");
        double fraction = number(json, "accesses", "remote_fraction");
        assertTrue(Math.abs(fraction - 63.0 / 64) < 0.02, "remote fraction " + fraction + " vs 63/64");
        assertTrue(number(json, "messages", "sent") > 10_000);
    }

    @Test
    void migrateToDataRunsMethodsWhereTheirReceiverLives() throws Exception {
        String home = run("methods.py", "--tilemachine.Placement=round-robin", "--tilemachine.Execution=home");
        String migrate = run("methods.py", "--tilemachine.Placement=round-robin", "--tilemachine.Execution=migrate-to-data");
        assertEquals(0, number(home, "calls", "migrations"));
        assertTrue(number(migrate, "calls", "migrations") > 1000);
        assertTrue(number(home, "accesses", "remote_fraction") > 0.9);
        assertTrue(number(migrate, "accesses", "remote_fraction") < 0.1);
        assertTrue(number(migrate, "", "total_cycles") < number(home, "", "total_cycles"));
    }

    @Test
    void liveObjectsAfterCollectionAreTheReachableOnes() throws Exception {
        String kept = run("keep.py", config("mesh-2x2-1mib.yaml"), "--tilemachine.Tiles=1");
        double live = number(kept, "gc", "live_objects_after_last");
        assertTrue(number(kept, "gc", "collections") >= 1);
        assertTrue(live >= 10_000 && live <= 10_500, "kept: " + live + " live after the last collection");
        String dropped = run("drop.py", config("mesh-2x2-1mib.yaml"), "--tilemachine.Tiles=1");
        double left = number(dropped, "gc", "live_objects_after_last");
        assertTrue(number(dropped, "gc", "collections") >= 1);
        assertTrue(left >= 0 && left <= 500, "dropped: " + left + " live after the last collection");
    }

    @Test
    void hardwareCollectorPausesLessThanSoftware() throws Exception {
        String software = run("churn.py", config("mesh-2x2-64kib.yaml"), "--tilemachine.Tiles=1", "--tilemachine.GC=software");
        String hardware = run("churn.py", config("mesh-2x2-64kib.yaml"), "--tilemachine.Tiles=1", "--tilemachine.GC=hardware");
        assertTrue(number(software, "gc", "collections") >= 3);
        double sw = number(software, "gc", "pause_cycles");
        double hw = number(hardware, "gc", "pause_cycles");
        assertTrue(hw < sw, "hardware " + hw + " vs software " + sw + " pause cycles");
    }

    @Test
    void smallerMemoryCollectsMoreOften() throws Exception {
        double small = number(run("churn.py", config("mesh-2x2-64kib.yaml"), "--tilemachine.Tiles=1"), "gc", "collections");
        double large = number(run("churn.py", config("mesh-2x2-512kib.yaml"), "--tilemachine.Tiles=1"), "gc", "collections");
        assertTrue(small > 2 * large, small + " collections with 64 KiB vs " + large + " with 512 KiB");
    }

    @Test
    void tasksOn64TilesFinishFarSoonerThanOnOne() throws Exception {
        double wide = number(run("parallel.py"), "", "total_cycles");
        double narrow = number(run("parallel.py", "--tilemachine.Tiles=1"), "", "total_cycles");
        assertTrue(narrow > 20 * wide, "1 tile: " + narrow + " cycles, 64 tiles: " + wide);
    }

    @Test
    void runsAreDeterministic() throws Exception {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path report = temp.resolve("det" + i);
            Path trace = temp.resolve("trace" + i + ".json");
            CommandLine.Result r = CommandLine.tessera("--tilemachine", "--tilemachine.Placement=round-robin", "--tilemachine.Report=" + report,
                            "--tilemachine.Trace=" + trace, PROGRAMS.resolve("churn.py").toString());
            assertEquals(0, r.status(), r.stderr());
            outputs.add(r.stdout() + r.stderr().replace(report.toString(), "R").replace(trace.toString(), "T") + Files.readString(report.resolve("summary.json"))
                            + Files.readString(trace));
        }
        assertEquals(outputs.get(0), outputs.get(1));
        assertTrue(outputs.get(0).contains("traceEvents"));
    }

    @Test
    void objectsLiveOffChipOrOnMemoryTilesWhenAskedAndTheReportSaysWhatItCost() throws Exception {
        String sram = run("objects.py", "--tilemachine.Placement=local");
        assertFalse(sram.contains("\"memory\""), "no memory section with Memory=sram");
        String offchip = run("objects.py", "--tilemachine.Memory=offchip");
        assertEquals(0, number(offchip, "accesses", "local"), "every object is off-chip");
        assertEquals(number(offchip, "accesses", "remote"), number(offchip, "offchip", "requests"));
        assertTrue(number(offchip, "", "total_cycles") > number(sram, "", "total_cycles"), "DRAM is slower than the tile's SRAM");
        String tiles = run("objects.py", "--tilemachine.Memory=memory-tiles", "--tilemachine.CacheBytes=8KiB", "--tilemachine.CachePolicy=fifo");
        // 2,000 objects (each written once when made) read in 5 passes: a cyclic scan far larger than
        // an 8 KiB FIFO cache never hits, and each object is written back once, dirty from its making.
        assertEquals(8192, number(tiles, "cache", "bytes"));
        assertEquals(0, number(tiles, "cache", "hits"), tiles);
        assertEquals(2000 + 5 * 2000, number(tiles, "cache", "misses"), tiles);
        assertEquals(2000, number(tiles, "cache", "write_backs"), tiles);
    }

    /** Options each valid alone that this machine cannot take are said in one line and replaced, as too many Tiles are. */
    @Test
    void optionsTheMachineCannotTakeAreSaidAndReplaced() throws Exception {
        CommandLine.Result big = CommandLine.tessera("--tilemachine", "--tilemachine.Memory=memory-tiles", "--tilemachine.CacheBytes=64KiB", "-c", "print('started')");
        assertEquals(0, big.status(), big.stderr());
        assertTrue(big.stderr().contains("--tilemachine.CacheBytes=65536 does not fit the 65536 bytes of SRAM of a tile of mesh-8x8; using 32768"), big.stderr());
        CommandLine.Result nursery = CommandLine.tessera("--tilemachine", "--tilemachine.Nursery=64KiB", "-c", "print('started')");
        assertEquals(0, nursery.status(), nursery.stderr());
        assertEquals("started\n", nursery.stdout());
        assertTrue(nursery.stderr().contains("tilemachine: --tilemachine.Nursery=64 KiB leaves no old space in the 64 KiB of SRAM of a tile of mesh-8x8; running without a nursery"),
                        nursery.stderr());
        assertFalse(nursery.stderr().contains("Exception") || nursery.stderr().contains("\tat "), nursery.stderr());
    }

    @Test
    void badOptionsAreOneLineErrorsBeforeTheProgramStarts() throws Exception {
        for (String option : List.of("--tilemachine.Placement=nowhere", "--tilemachine.Config=no-such-machine", "--tilemachine.GC=magic",
                        "--tilemachine.Costs=free", "--tilemachine.Tiles=-3", "--tilemachine.Memory=disk", "--tilemachine.CachePolicy=mru",
                        "--tilemachine.CacheBytes=lots", "--tilemachine.MemoryTiles=1", "--tilemachine.CacheLookupCycles=-1")) {
            CommandLine.Result r = CommandLine.tessera("--tilemachine", option, "-c", "print('started')");
            assertNotEquals(0, r.status(), option);
            assertFalse(r.stdout().contains("started"), option + ": the program must not start");
            String err = r.stderr().strip();
            assertEquals(1, err.lines().count(), option + ": " + err);
            assertTrue(err.contains(option.substring(0, option.indexOf('='))), err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        }
    }
}
