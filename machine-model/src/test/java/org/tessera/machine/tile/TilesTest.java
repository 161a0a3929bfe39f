package org.tessera.machine.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tessera.machine.config.ConfigException;
import org.tessera.machine.config.ConfigLoader;
import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.time.Cycles;

class TilesTest {
    private static MachineConfig machine(int threads, long sram, int alignment) throws ConfigException {
        return ConfigLoader.parse("topology: {kind: mesh, dimensions: [2, 2]}\ntiles: {threads: " + threads + ", sram_bytes: " + sram
                        + "}\nmemory: {alignment_bytes: " + alignment + "}\n", "test", "test");
    }

    private static Allocation.Allocated allocated(Allocation a) {
        return assertInstanceOf(Allocation.Allocated.class, a);
    }

    @Test
    void allocationsAreAlignedAndRoundedUp() throws ConfigException {
        Tiles tiles = new Tiles(machine(1, 4096, 64), new Engine());
        Set<Long> addresses = new HashSet<>();
        for (long size : new long[]{1, 63, 64, 65, 0, 100, 0}) {
            Allocation.Allocated a = allocated(tiles.allocate(2, size));
            assertEquals(0, a.address() % 64, "address " + a.address() + " of a " + size + "-byte object");
            assertEquals(Math.max(64, (size + 63) / 64 * 64), a.bytes());
            assertTrue(addresses.add(a.address()), "two live objects at " + a.address());
        }
        assertEquals(64 + 64 + 64 + 128 + 64 + 128 + 64, tiles.usedBytes(2));
        assertEquals(0, tiles.usedBytes(0));
    }

    @Test
    void capacityIsRespectedAndRunningOutIsAnOutcome() throws ConfigException {
        Tiles tiles = new Tiles(machine(1, 1000, 8), new Engine());
        assertEquals(1000, tiles.capacityBytes());
        long total = 0;
        Allocation last;
        while ((last = tiles.allocate(1, 96)) instanceof Allocation.Allocated a) {
            total += a.bytes();
            assertTrue(a.address() + a.bytes() <= 1000, "block beyond the SRAM: " + a);
        }
        assertEquals(10 * 96, total);
        Allocation.OutOfMemory oom = assertInstanceOf(Allocation.OutOfMemory.class, last);
        assertEquals(new Allocation.OutOfMemory(1, 96, 40, 40), oom);
        assertEquals(960, tiles.usedBytes(1));
        assertEquals(40, tiles.freeBytes(1));
        assertInstanceOf(Allocation.Allocated.class, tiles.allocate(1, 40));
        assertInstanceOf(Allocation.OutOfMemory.class, tiles.allocate(1, 1));
        assertEquals(0, tiles.freeBytes(1));
    }

    @Test
    void capacityIsRoundedDownToTheAlignment() throws ConfigException {
        Tiles tiles = new Tiles(machine(1, 1000, 64), new Engine());
        assertEquals(960, tiles.capacityBytes());
        assertInstanceOf(Allocation.OutOfMemory.class, tiles.allocate(0, 1000));
    }

    @Test
    void freedMemoryIsReusedAndNeighboursMerge() throws ConfigException {
        Tiles tiles = new Tiles(machine(1, 1024, 8), new Engine());
        Allocation.Allocated a = allocated(tiles.allocate(0, 256));
        Allocation.Allocated b = allocated(tiles.allocate(0, 256));
        Allocation.Allocated c = allocated(tiles.allocate(0, 256));
        allocated(tiles.allocate(0, 256));
        assertEquals(1024, tiles.usedBytes(0));

        tiles.free(b);
        Allocation.Allocated reuse = allocated(tiles.allocate(0, 200));
        assertEquals(b.address(), reuse.address(), "first fit takes the freed block");
        tiles.free(reuse);

        // a, b and c are consecutive, so with b already free, freeing a and c leaves one block of 768.
        tiles.free(a);
        tiles.free(c);
        assertEquals(256, tiles.usedBytes(0));
        Allocation.Allocated merged = allocated(tiles.allocate(0, 768));
        assertEquals(0, merged.address(), "a, b and c merge into one block");
        assertEquals(1024, tiles.peakBytes(0));
    }

    @Test
    void fragmentationIsVisibleInTheOutcome() throws ConfigException {
        Tiles tiles = new Tiles(machine(1, 1024, 8), new Engine());
        List<Allocation.Allocated> blocks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            blocks.add(allocated(tiles.allocate(3, 128)));
        }
        for (int i = 0; i < 8; i += 2) {
            tiles.free(blocks.get(i));
        }
        Allocation.OutOfMemory oom = assertInstanceOf(Allocation.OutOfMemory.class, tiles.allocate(3, 256));
        assertEquals(512, oom.free());
        assertEquals(128, oom.largestFree());
        assertEquals(1024, tiles.peakBytes(3));
        assertEquals(512, tiles.usedBytes(3));
    }

    @Test
    void freeingTwiceIsAnError() throws ConfigException {
        Tiles tiles = new Tiles(machine(1, 1024, 8), new Engine());
        Allocation.Allocated a = allocated(tiles.allocate(0, 16));
        tiles.free(a);
        assertThrows(IllegalArgumentException.class, () -> tiles.free(a));
        assertThrows(IllegalArgumentException.class, () -> tiles.free(new Allocation.Allocated(1, 0, 16)));
        assertThrows(IllegalArgumentException.class, () -> tiles.allocate(4, 16));
    }

    @Test
    void threadsLimitConcurrency() throws ConfigException {
        Engine engine = new Engine();
        Tiles tiles = new Tiles(machine(2, 1024, 8), engine);
        long[] done = new long[4];
        for (int i = 0; i < 4; i++) {
            int task = i;
            tiles.compute(1, 100 + i, () -> done[task] = engine.nowCycle());
        }
        assertEquals(2, tiles.busyThreads(1));
        assertEquals(2, tiles.waitingTasks(1));
        assertTrue(engine.runUntilIdle(Cycles.of(10_000)));
        // Tasks 0 and 1 start at once; 2 takes the thread task 0 frees at 100, 3 the one task 1 frees at 101.
        assertEquals(List.of(100L, 101L, 202L, 204L), List.of(done[0], done[1], done[2], done[3]));
        assertEquals(204, tiles.busyCycles(1));
        assertEquals(100 + 101 + 102 + 103, tiles.threadCycles(1));
        assertEquals(0, tiles.busyCycles(0));
    }

    @Test
    void busyAndIdleAddUpToElapsed() throws ConfigException {
        Engine engine = new Engine();
        Tiles tiles = new Tiles(machine(3, 1024, 8), engine);
        tiles.compute(0, 50, null);
        tiles.compute(0, 30, null);
        engine.schedule(Cycles.of(200), () -> tiles.compute(0, 40, () -> tiles.compute(0, 10, null)));
        engine.runUntil(Cycles.of(1000));
        TileUsage usage = tiles.usage(0);
        assertEquals(1000, usage.elapsedCycles());
        assertEquals(50 + 50, usage.busyCycles(), "busy during [0, 50) and [200, 250)");
        assertEquals(900, usage.idleCycles());
        assertEquals(50 + 30 + 40 + 10, usage.threadCycles());
        assertEquals(4, usage.computeTasks());
        for (int t = 0; t < tiles.count(); t++) {
            assertEquals(tiles.elapsedCycles(), tiles.busyCycles(t) + tiles.idleCycles(t));
        }
    }

    @Test
    void busyCyclesCountWorkInProgress() throws ConfigException {
        Engine engine = new Engine();
        Tiles tiles = new Tiles(machine(1, 1024, 8), engine);
        tiles.compute(2, 500, null);
        engine.runUntil(Cycles.of(120));
        assertEquals(120, tiles.busyCycles(2));
        assertEquals(0, tiles.idleCycles(2));
        assertNotEquals(0, tiles.busyThreads(2));
    }

    @Test
    void laterWorkQueuesBehindEarlierWork() throws ConfigException {
        Engine engine = new Engine();
        Tiles tiles = new Tiles(machine(1, 1024, 8), engine);
        List<String> order = new ArrayList<>();
        tiles.compute(0, 10, () -> {
            order.add("a");
            tiles.compute(0, 10, () -> order.add("c"));
        });
        tiles.compute(0, 10, () -> order.add("b"));
        engine.runUntilIdle(Cycles.of(1000));
        assertEquals(List.of("a", "b", "c"), order);
        assertEquals(30, tiles.busyCycles(0));
    }
}
