package org.tessera.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tessera.machine.program.Category;
import org.tessera.machine.program.Summary;

class CompilationModelTest {

    private static JitOptions options(int tiles, QueuePolicy queue, int threshold) {
        return JitOptions.defaults(tiles, queue, threshold);
    }

    private static long jitCycles(Summary s) {
        return s.categories().stream().filter(c -> c.category() == Category.JIT_COMPILATION).findFirst().orElseThrow().cycles();
    }

    @Test
    void blockingCompilationOnTheRunningTileIsSlowerThanOneJitTile() {
        Summary blocking = Workloads.warmupHeavy(options(0, QueuePolicy.TRAVERSING, 1000));
        Summary oneTile = Workloads.warmupHeavy(options(1, QueuePolicy.TRAVERSING, 1000));
        Summary interpreted = Workloads.warmupHeavy(options(1, QueuePolicy.TRAVERSING, Integer.MAX_VALUE));
        assertTrue(blocking.totalCycles() > oneTile.totalCycles(), blocking.totalCycles() + " should exceed " + oneTile.totalCycles());
        assertTrue(jitCycles(blocking) > 0, "the running tile waited for its compilations");
        assertEquals(0, jitCycles(oneTile), "with a JIT tile the program never waits");
        assertTrue(oneTile.totalCycles() < interpreted.totalCycles() / 2, "compiled code pays: " + oneTile.totalCycles() + " vs " + interpreted.totalCycles());
    }

    @Test
    void aHotnessQueueBeatsFifoWhenJitTilesAreScarce() {
        for (int tiers = 1; tiers <= 2; tiers++) {
            Summary fifo = Workloads.oneHotBehindManyWarm(options(1, QueuePolicy.FIFO, 1000).withTiers(tiers));
            Summary hotness = Workloads.oneHotBehindManyWarm(options(1, QueuePolicy.HOTNESS, 1000).withTiers(tiers));
            Summary traversing = Workloads.oneHotBehindManyWarm(options(1, QueuePolicy.TRAVERSING, 1000).withTiers(tiers));
            assertTrue(hotness.totalCycles() < fifo.totalCycles() * 0.9, tiers + " tiers: hotness " + hotness.totalCycles() + " vs fifo " + fifo.totalCycles());
            assertTrue(traversing.totalCycles() < fifo.totalCycles() * 0.9, tiers + " tiers: traversing " + traversing.totalCycles() + " vs fifo " + fifo.totalCycles());
            // With JIT tiles to spare, the order hardly matters.
            Summary fifoMany = Workloads.oneHotBehindManyWarm(options(32, QueuePolicy.FIFO, 1000).withTiers(tiers));
            Summary hotnessMany = Workloads.oneHotBehindManyWarm(options(32, QueuePolicy.HOTNESS, 1000).withTiers(tiers));
            assertEquals(1.0, (double) fifoMany.totalCycles() / hotnessMany.totalCycles(), 0.01);
        }
    }

    /**
     * More JIT tiles never cost more than {@value #TILE_TOLERANCE} of the cycles: a list-scheduling
     * anomaly (Graham 1969) can make a few more tiles a little slower — a tile freed earlier takes a
     * lukewarm compilation, and a hot request arriving just after waits behind it.
     */
    private static final double TILE_TOLERANCE = 0.01;

    @Test
    void moreJitTilesNeverIncreaseTotalCycles() {
        for (QueuePolicy queue : QueuePolicy.values()) {
            for (int threshold : new int[]{100, 1000, 10000}) {
                long previous = Long.MAX_VALUE;
                long previousHot = Long.MAX_VALUE;
                for (int tiles : new int[]{0, 1, 2, 4, 8, 16}) {
                    long cycles = Workloads.warmupHeavy(options(tiles, queue, threshold)).totalCycles();
                    long hot = Workloads.oneHotBehindManyWarm(options(tiles, queue, threshold)).totalCycles();
                    String point = queue.spelling() + ", threshold " + threshold + ", " + tiles + " tiles";
                    assertTrue(cycles <= previous * (1 + TILE_TOLERANCE), point + ": " + cycles + " > " + previous);
                    assertTrue(hot <= previousHot * (1 + TILE_TOLERANCE), point + ": " + hot + " > " + previousHot);
                    previous = Math.min(previous, cycles);
                    previousHot = Math.min(previousHot, hot);
                }
            }
        }
    }

    @Test
    void theSameRunGivesTheSameReport() {
        JitOptions o = options(2, QueuePolicy.TRAVERSING, 1000);
        Summary a = Workloads.warmupHeavy(o);
        Summary b = Workloads.warmupHeavy(o);
        assertEquals(a.format(), b.format());
    }

    @Test
    void aTypeChangeInCompiledCodeDeoptimisesAndTheFunctionIsCompiledAgain() {
        Workloads w = new Workloads(options(0, QueuePolicy.FIFO, 100).withTiers(1));
        int f = w.function("f", 80);
        for (int c = 0; c < 20; c++) {
            w.call(f, 9);
        }
        assertEquals(1, w.jit.compilationCount());
        assertEquals(1, w.jit.tier(f, 0, w.model.now()), "compiled (one tier: the last)");
        w.model.enterFunction(f);
        w.model.specialisationFailed();
        assertEquals(0, w.jit.tier(f, 0, w.model.now()), "back to the interpreter");
        w.model.exitFunction();
        assertEquals(1, w.jit.deopts());
        for (int c = 0; c < 9; c++) {
            w.call(f, 9);
        }
        assertEquals(1, w.jit.compilationCount(), "hotness starts again from zero");
        w.call(f, 9);
        assertEquals(2, w.jit.compilationCount(), "and when hot again it is compiled again");
        assertTrue(w.finish().format().contains("1 deopts"));
    }

    @Test
    void aTypeChangeBeforeTheCodeArrivesCancelsTheCompilation() {
        Workloads w = new Workloads(options(1, QueuePolicy.FIFO, 100).withTiers(1));
        int f = w.function("f", 80);
        for (int c = 0; c < 10; c++) {
            w.call(f, 9);
        }
        w.model.enterFunction(f);
        w.model.specialisationFailed();
        w.model.exitFunction();
        for (int c = 0; c < 1000; c++) {
            w.call(f, 1);
        }
        assertEquals(0, w.jit.deopts());
        assertTrue(w.finish().format().contains("1 compilations cancelled"));
    }

    @Test
    void compiledCodeIsShippedAndUsedOnlyWhenItArrives() {
        Workloads w = new Workloads(options(1, QueuePolicy.FIFO, 100).withTiers(1).withPlacement(TilePlacement.CORNER));
        int f = w.function("f", 80);
        for (int c = 0; c < 10; c++) {
            w.call(f, 9);
        }
        CompilationModel.Compilation c = w.jit.compilations().get(0);
        assertEquals(63, c.tile(), "the far corner of the 8x8 mesh");
        assertEquals(0, w.jit.tier(f, 0, c.done()), "the code is still on its way at the cycle it is done");
        long arrival = c.done() + 1;
        while (w.jit.tier(f, 0, arrival) == 0) {
            arrival++;
        }
        assertTrue(arrival - c.done() >= 14, "14 hops from (7,7) to (0,0), and the code's flits: " + (arrival - c.done()));
        Summary s = w.finish();
        assertEquals(1, s.messages(), "one code message");
    }

    @Test
    void theLastTierInlinesTheCalleesItCallsMostWithinTheBudget() {
        Workloads w = new Workloads(options(1, QueuePolicy.FIFO, 1_000_000).withInliningBudget(1000));
        int main = w.function("main", 100);
        int often = w.function("often", 300);
        int rarely = w.function("rarely", 800);
        int big = w.function("big", 5000);
        w.model.enterFunction(main);
        for (int i = 0; i < 10; i++) {
            w.call(often, 1);
            w.call(often, 1);
            w.call(rarely, 1);
            w.call(big, 1);
        }
        w.model.exitFunction();
        assertEquals(100, w.jit.size(main, 1), "the first tier inlines nothing");
        assertEquals(100 + 300, w.jit.size(main, 2), "often fits; rarely would pass 1,000 with it; big never fits");
        w.finish();
    }

    @Test
    void jitTilesArePlacedAsAsked() {
        // A program on the first 16 tiles of an 8x8 mesh: tiles 16..63 are spare.
        assertArrayEquals(new int[]{63}, place(TilePlacement.CORNER, 1));
        assertArrayEquals(new int[]{16}, place(TilePlacement.NEAR_CALLERS, 1));
        int[] center = place(TilePlacement.CENTER, 4);
        Arrays.sort(center);
        assertArrayEquals(new int[]{27, 28, 35, 36}, center);
        int[] spread = place(TilePlacement.SPREAD, 4);
        assertEquals(4, Arrays.stream(spread).distinct().count());
        assertTrue(List.of(27, 28, 35, 36).contains(spread[0]), "spread starts in the middle: " + spread[0]);
        assertEquals(63, place(TilePlacement.CORNER, 63).length, "too few spare tiles: every tile but 0 may compile");
        assertEquals(63, place(TilePlacement.CORNER, 64).length, "more than there are: as many as there are (and a warning)");
    }

    private static int[] place(TilePlacement placement, int tiles) {
        return new Workloads(options(tiles, QueuePolicy.FIFO, 1000).withPlacement(placement), 16).jit.jitTiles();
    }

    @Test
    void theCommittedFitLoads() {
        CompileCost fit = CompileCost.load();
        assertTrue(fit.hostMhz() > 100);
        for (int tier = 1; tier <= 2; tier++) {
            assertTrue(fit.millis(tier, 1000) > fit.millis(tier, 10), "compiling more nodes takes longer");
            assertTrue(fit.codeBytes(tier, 1000) > fit.codeBytes(tier, 10), "and makes more code");
        }
        assertNotEquals(fit.cycles(2, 500, 1.0), fit.cycles(2, 500, 2.0));
    }

    @Test
    void aBrokenFitNamesTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CompileCost.parse("host_mhz: 2000\ntiers:\n  1: {time_ms: {intercept: x}}\n", "fit.yaml"));
        assertTrue(e.getMessage().startsWith("fit.yaml: tiers.1.code_bytes"), e.getMessage());
    }
}
