package org.tessera.machine.tile;

import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.config.TileConfig;
import org.tessera.machine.engine.Engine;

/**
 * Every tile of a machine: its SRAM heap and its hardware threads.
 *
 * <p><b>Memory.</b> Each tile's heap holds {@code tiles.sram_bytes} (rounded down to the alignment)
 * and hands out blocks aligned to {@code memory.alignment_bytes}; see {@link Heap} for the policy.
 * Heaps are created on a tile's first allocation, so untouched tiles of a wafer-scale machine cost
 * nothing.
 *
 * <p><b>Compute.</b> {@link #compute} occupies one of the tile's {@code tiles.threads} hardware
 * threads for a number of cycles, as an event on the engine (see {@link Cores} for queueing and the
 * busy/idle accounting). The core clock is the network clock ({@code tiles.clock_mhz} only converts
 * cycles to time), so compute and message latencies add directly.
 */
public final class Tiles {
    private final Engine engine;
    private final TileConfig config;
    private final int count;
    private final long alignment;
    private final long capacity;
    private final long origin;
    private final Heap[] heaps;
    private final Cores cores;

    public Tiles(MachineConfig machine, Engine engine) {
        this.engine = engine;
        this.config = machine.tiles();
        this.count = machine.tileCount();
        this.alignment = machine.memory().alignmentBytes();
        this.capacity = config.sramBytes() / alignment * alignment;
        this.origin = engine.nowCycle();
        this.heaps = new Heap[count];
        this.cores = new Cores(engine, count, config.threads());
    }

    public int count() {
        return count;
    }

    public TileConfig config() {
        return config;
    }

    public Engine engine() {
        return engine;
    }

    /** The usable bytes of each tile's heap. */
    public long capacityBytes() {
        return capacity;
    }

    // ---- memory -------------------------------------------------------------------------------

    /** Allocates {@code bytes} (rounded up to the alignment, at least one unit) on {@code tile}. */
    public Allocation allocate(int tile, long bytes) {
        checkTile(tile);
        if (bytes < 0) {
            throw new IllegalArgumentException("cannot allocate " + bytes + " bytes");
        }
        long size = Math.max(alignment, (bytes + alignment - 1) / alignment * alignment);
        Heap heap = heap(tile);
        long address = heap.allocate(size);
        if (address == Heap.NO_BLOCK) {
            return new Allocation.OutOfMemory(tile, size, heap.freeBytes(), heap.largestFree());
        }
        return new Allocation.Allocated(tile, address, size);
    }

    /** Returns a live block to its tile's heap; freeing it twice is an error. */
    public void free(Allocation.Allocated block) {
        checkTile(block.tile());
        Heap heap = heaps[block.tile()];
        if (heap == null) {
            throw new IllegalArgumentException("tile " + block.tile() + " has allocated nothing, so cannot free " + block);
        }
        heap.free(block.address(), block.bytes());
    }

    public long usedBytes(int tile) {
        checkTile(tile);
        return heaps[tile] == null ? 0 : heaps[tile].used();
    }

    /** The most bytes ever in use at once on {@code tile}. */
    public long peakBytes(int tile) {
        checkTile(tile);
        return heaps[tile] == null ? 0 : heaps[tile].peak();
    }

    public long freeBytes(int tile) {
        return capacity - usedBytes(tile);
    }

    private Heap heap(int tile) {
        if (heaps[tile] == null) {
            heaps[tile] = new Heap(capacity);
        }
        return heaps[tile];
    }

    // ---- compute ------------------------------------------------------------------------------

    /**
     * Occupies one hardware thread of {@code tile} for {@code cycles} cycles, starting now or, if
     * every thread is busy, when one is released (first come, first served); {@code then} (may be
     * null) runs as an event in the cycle the work ends. The count is a raw {@code long}, not a
     * {@code Cycles}, because an instrument calls this for every modelled statement.
     */
    public void compute(int tile, long cycles, Runnable then) {
        checkTile(tile);
        if (cycles < 0) {
            throw new IllegalArgumentException("cannot compute for " + cycles + " cycles");
        }
        cores.compute(tile, cycles, then);
    }

    /** Threads of {@code tile} running a task now. */
    public int busyThreads(int tile) {
        checkTile(tile);
        return cores.busyThreads(tile);
    }

    /** Tasks waiting for a thread of {@code tile}. */
    public int waitingTasks(int tile) {
        checkTile(tile);
        return cores.waitingTasks(tile);
    }

    /** Cycles, since this object was created, in which at least one thread of {@code tile} was busy. */
    public long busyCycles(int tile) {
        checkTile(tile);
        return cores.busyCycles(tile, engine.nowCycle());
    }

    /** Cycles since creation in which every thread of {@code tile} was idle. */
    public long idleCycles(int tile) {
        return elapsedCycles() - busyCycles(tile);
    }

    /** Busy threads summed over the cycles since creation. */
    public long threadCycles(int tile) {
        checkTile(tile);
        return cores.threadCycles(tile, engine.nowCycle());
    }

    /** Cycles simulated since this object was created ({@link Engine#now()} is the first not yet simulated). */
    public long elapsedCycles() {
        return engine.nowCycle() - origin;
    }

    /** {@code tile}'s figures up to now. */
    public TileUsage usage(int tile) {
        long busy = busyCycles(tile);
        return new TileUsage(tile, elapsedCycles(), busy, elapsedCycles() - busy, threadCycles(tile), cores.tasks(tile), usedBytes(tile),
                        peakBytes(tile), freeBytes(tile));
    }

    private void checkTile(int tile) {
        if (tile < 0 || tile >= count) {
            throw new IllegalArgumentException("no tile " + tile + " (tiles 0.." + (count - 1) + ")");
        }
    }
}
