package org.tessera.machine.program;

import java.util.Arrays;

import org.tessera.machine.tile.Allocation;
import org.tessera.machine.tile.Tiles;
import org.tessera.machine.topology.Topology;

/**
 * Objects in tiles' SRAM, and each tile's collector.
 *
 * <p><b>Allocation.</b> An object takes a block of its home tile's heap ({@link Tiles#allocate},
 * first fit). When the heap is full the tile collects; if it is still full the object spills to the
 * nearest tile (fewest routers on the way) with room, and if no tile has room it keeps its home for
 * accesses but has no SRAM (counted as an overflow).
 *
 * <p><b>Software collection</b> stops the tile: the program's real liveness is asked for (objects
 * not reported are dead), dead objects on this tile are freed, and the tile is busy for
 * {@code base + c_obj·live objects + c_byte·live bytes + c_dead·dead objects} cycles
 * ({@link CostTable.Gc#softwareCycles}). Objects on other tiles are untouched: references from
 * other tiles count as roots (as with remembered sets in distributed collectors), so a collection
 * needs no messages.
 *
 * <p><b>Hardware collection</b> (after Maas et al., ISCA 2018) starts when the heap passes
 * {@code hardware_trigger} of its free space since the last collection. The tile stops only for
 * {@code hardware_pause_cycles} while its roots are snapshotted; the unit then marks 4.2× faster than
 * the core ({@link CostTable.Gc#hardwareCycles}) while the tile runs on. Objects dead at the
 * snapshot are freed when the unit finishes; objects allocated meanwhile are live. An allocation
 * that finds the heap full during a collection waits for it to finish.
 *
 * <p><b>Back-off.</b> A tile whose collections freed less than an eighth of its heap does not
 * collect again for its next quarter-heap of failed allocations: those spill straight away, so a
 * heap full of live data does not collect on every allocation.
 *
 * <p><b>Nursery.</b> With {@link #enableNursery}, allocations go through the tiles' {@link Nursery}
 * instead, which collects the nursery alone and calls back here for whole-tile collections.
 *
 * <p>An allocation's cost to the task that made it is left in {@link #pause} (the home tile's core
 * stopped) and {@link #waitCycles} (waiting for the unit), with {@link #logIndex} the collection whose
 * start a parallel region's replay will correct.
 */
final class TileHeaps {
    /** Homes an object that does not fit its tile somewhere else (off-chip); returns its home tile. */
    @FunctionalInterface
    interface Spill {
        int place(int id, long bytes, int tile);
    }

    /** Marks every live object (the program's roots and its temporaries) and returns the mark. */
    @FunctionalInterface
    interface Marker {
        int mark(int collectingTile);
    }

    private final Tiles tiles;
    private final Topology topology;
    private final int tileCount;
    private final long capacity;
    private final long alignment;
    private final GcMode mode;
    private final CostTable.Gc gc;
    private final ObjectStore objects;
    private final Marker marker;
    private final GcLog log = new GcLog();
    private Spill offChip;

    final long[] collections;
    final long[] pauseCycles;
    final long[] allocations;
    private final long[] nextTrigger;
    final long[] backoff;
    private final boolean[] inFlight;
    private final long[] flightStart;
    private final long[] flightDone;
    private final int[][] pendingDead;
    private final int[] pendingCount;
    private Nursery nursery;

    long pause;
    long waitCycles;
    int logIndex;

    long totalCollections;
    long totalPauseCycles;
    long totalWaitCycles;
    long spills;
    long overflows;

    TileHeaps(Tiles tiles, Topology topology, int tileCount, long alignment, GcMode mode, CostTable.Gc gc, ObjectStore objects, Marker marker) {
        this.tiles = tiles;
        this.topology = topology;
        this.tileCount = tileCount;
        this.capacity = tiles.capacityBytes();
        this.alignment = alignment;
        this.mode = mode;
        this.gc = gc;
        this.objects = objects;
        this.marker = marker;
        collections = new long[tileCount];
        pauseCycles = new long[tileCount];
        allocations = new long[tileCount];
        nextTrigger = new long[tileCount];
        Arrays.fill(nextTrigger, (long) (gc.hardwareTrigger() * capacity));
        backoff = new long[tileCount];
        inFlight = new boolean[tileCount];
        flightStart = new long[tileCount];
        flightDone = new long[tileCount];
        pendingDead = new int[tileCount][];
        pendingCount = new int[tileCount];
    }

    GcLog log() {
        return log;
    }

    /** Gives every tile a nursery of {@code bytes} (see {@link Nursery}); call before the first allocation. */
    void enableNursery(long bytes) {
        nursery = new Nursery(bytes, capacity, tileCount, mode, gc, objects, this);
    }

    /** The nursery, or null without one. */
    Nursery nursery() {
        return nursery;
    }

    /** Objects that do not fit their tile go here instead of to a neighbour. */
    void spillTo(Spill spill) {
        this.offChip = spill;
    }

    /** Takes {@code bytes} of {@code tile}'s SRAM for good (a software cache); false if they are not free. */
    boolean reserve(int tile, long bytes) {
        return bytes == 0 || tiles.freeBytes(tile) >= bytes && tiles.allocate(tile, bytes) instanceof Allocation.Allocated;
    }

    /**
     * Places object {@code id} of {@code bytes} on {@code tile} (or where it spills) at cycle
     * {@code now}, collecting if need be; returns the tile it landed on.
     */
    int allocate(int id, int tile, long bytes, long now) {
        pause = 0;
        waitCycles = 0;
        logIndex = -1;
        long size = Math.max(alignment, (bytes + alignment - 1) / alignment * alignment);
        if (size > capacity) {
            return offChip != null ? offChip.place(id, bytes, tile) : overflow(id, tile);
        }
        if (nursery != null) {
            return nursery.allocate(id, tile, size, now) ? tile : spill(id, tile, size);
        }
        finishIfDone(tile, now);
        if (tryPlace(id, tile, size)) {
            maybeStartConcurrent(tile, now);
            return tile;
        }
        if (backoff[tile] > 0) {
            backoff[tile] -= size;
        } else {
            long freed = 0;
            if (inFlight[tile]) {
                long wait = Math.max(0, flightDone[tile] - (now + pause + waitCycles));
                waitCycles += wait;
                totalWaitCycles += wait;
                freed += finish(tile);
                if (tryPlace(id, tile, size)) {
                    maybeStartConcurrent(tile, now + pause + waitCycles);
                    return tile;
                }
            }
            freed += mode == GcMode.SOFTWARE ? collectSoftware(tile, now) : collectAndWait(tile, now);
            if (tryPlace(id, tile, size)) {
                maybeStartConcurrent(tile, now + pause + waitCycles);
                return tile;
            }
            if (freed < capacity / 8) {
                backoff[tile] = capacity / 4;
            }
        }
        return spill(id, tile, size);
    }

    /** Places the object on the nearest tile with room, or gives it no SRAM. */
    private int spill(int id, int tile, long size) {
        if (offChip != null) {
            return offChip.place(id, size, tile);
        }
        int spillTile = nearestWithRoom(tile, size);
        if (spillTile >= 0 && tryPlace(id, spillTile, size)) {
            spills++;
            return spillTile;
        }
        return overflow(id, tile);
    }

    /** Moves a placed object of {@code tile} to the nearest tile with room; false if none has room (it stays). */
    boolean spillPlaced(int id, int tile) {
        long size = objects.size(id);
        int spillTile = nearestWithRoom(tile, size);
        if (spillTile < 0) {
            return false;
        }
        release(id);
        if (tryPlace(id, spillTile, size)) {
            spills++;
        } else {
            overflow(id, tile);
        }
        return true;
    }

    /** Returns the object's block to its tile (it is moving or dead). */
    void release(int id) {
        if (objects.isResident(id)) {
            if (nursery != null) {
                nursery.released(id);
            }
            tiles.free(new Allocation.Allocated(objects.home(id), objects.address(id), objects.size(id)));
            objects.unplace(id);
        }
    }

    boolean tryPlace(int id, int tile, long size) {
        if (tiles.freeBytes(tile) < size) {
            return false;
        }
        if (tiles.allocate(tile, size) instanceof Allocation.Allocated block) {
            objects.place(id, tile, block.address(), block.bytes());
            objects.clear(id, ObjectStore.NO_SRAM);
            allocations[tile]++;
            return true;
        }
        return false;
    }

    private int overflow(int id, int tile) {
        objects.setHome(id, tile);
        objects.set(id, ObjectStore.NO_SRAM);
        overflows++;
        return tile;
    }

    /** Marks the live objects for a collection on {@code tile}; the mark. */
    int mark(int tile) {
        return marker.mark(tile);
    }

    /** Collects the whole tile now (software) or waits for the unit to (hardware); the bytes freed. */
    long collectWhole(int tile, long now) {
        return mode == GcMode.SOFTWARE ? collectSoftware(tile, now) : collectAndWait(tile, now);
    }

    /** A hardware collection the allocation must wait for in full: the heap is full and none is running. */
    private long collectAndWait(int tile, long now) {
        long duration = startConcurrent(tile, now);
        waitCycles += duration;
        totalWaitCycles += duration;
        return finish(tile);
    }

    private long collectSoftware(int tile, long now) {
        int epoch = marker.mark(tile);
        long liveObjects = 0;
        long liveBytes = 0;
        long deadObjects = 0;
        long deadBytes = 0;
        for (int i = objects.residents(tile) - 1; i >= 0; i--) {
            int id = objects.resident(tile, i);
            if (objects.mark(id) == epoch) {
                liveObjects++;
                liveBytes += objects.size(id);
            } else {
                deadObjects++;
                deadBytes += objects.size(id);
                release(id);
                objects.free(id);
            }
        }
        long cycles = gc.softwareCycles(liveObjects, liveBytes, deadObjects);
        logIndex = log.add(tile, now + pause + waitCycles, cycles, cycles, liveObjects, liveBytes, deadObjects, deadBytes);
        count(tile, cycles);
        return deadBytes;
    }

    private void maybeStartConcurrent(int tile, long now) {
        if (mode == GcMode.HARDWARE && !inFlight[tile] && tiles.usedBytes(tile) >= nextTrigger[tile]) {
            startConcurrent(tile, now);
        }
    }

    /** Snapshots the roots and starts the unit; the tile pauses briefly. Returns the unit's time. */
    private long startConcurrent(int tile, long now) {
        int epoch = marker.mark(tile);
        long liveObjects = 0;
        long liveBytes = 0;
        long deadBytes = 0;
        int dead = 0;
        int[] list = pendingDead[tile];
        for (int i = 0; i < objects.residents(tile); i++) {
            int id = objects.resident(tile, i);
            if (objects.mark(id) == epoch) {
                liveObjects++;
                liveBytes += objects.size(id);
            } else {
                if (list == null || dead == list.length) {
                    list = pendingDead[tile] = list == null ? new int[64] : Arrays.copyOf(list, dead * 2);
                }
                list[dead++] = id;
                deadBytes += objects.size(id);
            }
        }
        pendingCount[tile] = dead;
        long unit = gc.hardwareCycles(liveObjects, liveBytes, dead);
        long stop = gc.hardwarePauseCycles();
        long start = now + pause + waitCycles;
        inFlight[tile] = true;
        flightStart[tile] = start;
        flightDone[tile] = start + stop + unit;
        logIndex = log.add(tile, start, stop, stop + unit, liveObjects, liveBytes, dead, deadBytes);
        count(tile, stop);
        return unit;
    }

    void count(int tile, long stopCycles) {
        collections[tile]++;
        totalCollections++;
        pauseCycles[tile] += stopCycles;
        totalPauseCycles += stopCycles;
        pause += stopCycles;
    }

    /**
     * Completes a concurrent collection that is over by {@code now}. Inside a parallel region tasks
     * are recorded one after another, so a collection may have begun in a task's future: it is
     * completed then too (its snapshot already decided what dies).
     */
    private void finishIfDone(int tile, long now) {
        if (inFlight[tile] && (now >= flightDone[tile] || now < flightStart[tile])) {
            finish(tile);
        }
    }

    /** Frees what the snapshot found dead; the bytes freed. */
    private long finish(int tile) {
        long freed = 0;
        int[] list = pendingDead[tile];
        for (int i = 0; i < pendingCount[tile]; i++) {
            int id = list[i];
            if (!objects.has(id, ObjectStore.FREED)) {
                freed += objects.isResident(id) ? objects.size(id) : 0;
                release(id);
                objects.free(id);
            }
        }
        pendingCount[tile] = 0;
        inFlight[tile] = false;
        long used = tiles.usedBytes(tile);
        nextTrigger[tile] = used + (long) (gc.hardwareTrigger() * (capacity - used));
        return freed;
    }

    /** The tile nearest {@code from} (fewest routers, then lowest number) with a free block of {@code size}, or -1. */
    private int nearestWithRoom(int from, long size) {
        int best = -1;
        int bestHops = Integer.MAX_VALUE;
        for (int t = 0; t < tileCount; t++) {
            if (t != from && tiles.freeBytes(t) >= size) {
                int hops = topology.hops(from, t);
                if (hops < bestHops) {
                    best = t;
                    bestHops = hops;
                }
            }
        }
        return best;
    }

    long usedBytes(int tile) {
        return tiles.usedBytes(tile);
    }

    long peakBytes(int tile) {
        return tiles.peakBytes(tile);
    }
}
