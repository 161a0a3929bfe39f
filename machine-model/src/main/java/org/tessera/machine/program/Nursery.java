package org.tessera.machine.program;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A generational nursery in each tile's SRAM ({@code --tilemachine.Nursery=SIZE}): the first
 * {@link #bytes} of every tile's heap hold the new objects, the rest is the old space.
 *
 * <p><b>Allocation.</b> A new object goes to the nursery of its home tile (an object bigger than the
 * nursery goes straight to the old space, as large objects do in real collectors). When the
 * nursery has no room for it, a <em>minor collection</em> runs on that tile.
 *
 * <p><b>Minor collection.</b> Roots are the program's real liveness as for a full collection (frames,
 * globals, the statements' temporaries, references from other tiles) plus references from old
 * objects into the nursery. Those are found through a card-marking write barrier: every write with a
 * nursery on pays {@code write_barrier_cycles} and remembers the old object written (once until the
 * next minor collection); a minor collection scans each remembered object
 * ({@code cycles_per_remembered_object}). Which young objects an old one really keeps alive is taken
 * from the real liveness, so the remembered set is ideal: a dead old object keeps nothing alive (no
 * "nepotism"), and the scan is only a cost. Live young objects are promoted to the old space
 * (copied: {@code cycles_per_promoted_object} and {@code cycles_per_promoted_byte}; the model keeps
 * their SRAM block where it is, since addresses affect nothing else), dead ones are freed at no cost:
 * a copying collector never visits them. Software: the tile stops for
 * {@link CostTable.Gc#minorCycles}. Hardware: a minor collection starts when the nursery is
 * {@code hardware_trigger} full; the core stops for {@code hardware_pause_cycles} (the root snapshot)
 * while the unit runs for {@link CostTable.Gc#hardwareMinorCycles}; what the snapshot found live is
 * promoted and the rest freed when it finishes; allocations meanwhile fill the rest of the nursery,
 * and one that finds it full waits for the unit.
 *
 * <p><b>Major collection.</b> When promotion leaves the old space over its share ({@code SRAM −
 * nursery}), or a block cannot be found at all, the whole tile is collected as without a nursery
 * ({@link TileHeaps}); young survivors of it stay young. With hardware GC the core waits for the whole
 * major collection: with a nursery, the unit is busy with minor collections and does not run major
 * ones concurrently. The back-off of {@link TileHeaps} applies: a major collection that freed less
 * than an eighth of the heap is not repeated until a quarter heap more has been promoted. If the old
 * space is still over its share, the latest survivors move to the nearest tile with room (as
 * allocations spill), so the nursery stays free for new objects.
 */
final class Nursery {
    private static final byte YOUNG = 1;
    private static final byte REMEMBERED = 2;

    private final long bytes;
    private final long oldCapacity;
    private final long capacity;
    private final GcMode mode;
    private final CostTable.Gc gc;
    private final ObjectStore objects;
    private final TileHeaps heaps;

    /** YOUNG and REMEMBERED by object id. */
    private byte[] state = new byte[1024];
    private final long[] youngBytes;
    private final int[][] young;
    private final int[] youngCount;
    private final int[][] remembered;
    private final int[] rememberedCount;
    /** A hardware minor collection in flight: its snapshot is young[0, snapshot), the live ones first. */
    private final boolean[] inFlight;
    private final long[] flightStart;
    private final long[] flightDone;
    private final int[] snapshot;
    private final int[] snapshotLive;
    /** The objects the running minor collection promoted, in order, so the last can leave if the old space overflows. */
    private int[] promotedNow = new int[64];
    private int promotedCount;
    /** Indices in the {@link GcLog} of the minor collections. */
    private final BitSet minorLog = new BitSet();

    long minorCollections;
    long majorCollections;
    long minorPauseCycles;
    long majorPauseCycles;
    long promotedObjects;
    long promotedBytes;
    long rememberedScanned;
    long barriers;
    long pretenured;

    Nursery(long bytes, long capacity, int tiles, GcMode mode, CostTable.Gc gc, ObjectStore objects, TileHeaps heaps) {
        if (bytes <= 0 || bytes >= capacity) {
            throw new IllegalArgumentException("a nursery needs more than 0 bytes and less than a tile's " + capacity + " bytes of SRAM, not " + bytes);
        }
        this.bytes = bytes;
        this.capacity = capacity;
        this.oldCapacity = capacity - bytes;
        this.mode = mode;
        this.gc = gc;
        this.objects = objects;
        this.heaps = heaps;
        youngBytes = new long[tiles];
        young = new int[tiles][];
        youngCount = new int[tiles];
        remembered = new int[tiles][];
        rememberedCount = new int[tiles];
        inFlight = new boolean[tiles];
        flightStart = new long[tiles];
        flightDone = new long[tiles];
        snapshot = new int[tiles];
        snapshotLive = new int[tiles];
    }

    long bytes() {
        return bytes;
    }

    /** Whether collection {@code logIndex} of the {@link GcLog} was a minor one. */
    boolean isMinor(int logIndex) {
        return minorLog.get(logIndex);
    }

    /**
     * Places object {@code id} of {@code size} (aligned) bytes on {@code tile} at {@code now},
     * collecting as need be (the costs go to the heaps' pause and wait); false if the tile has no
     * room even so (the caller spills it).
     */
    boolean allocate(int id, int tile, long size, long now) {
        finishIfDone(tile, clock(now));
        boolean fits = size <= bytes;
        if (!fits) {
            pretenured++;
            if (oldBytes(tile) + size > oldCapacity) {
                minor(tile, now);
                if (oldBytes(tile) + size > oldCapacity) {
                    major(tile, now, size);
                }
            }
        } else if (youngBytes[tile] + size > bytes) {
            minor(tile, now);
        }
        if (!heaps.tryPlace(id, tile, size)) {
            if (youngBytes[tile] > 0) {
                minor(tile, now);
            }
            if (!heaps.tryPlace(id, tile, size) && !(major(tile, now, size) && heaps.tryPlace(id, tile, size))) {
                return false;
            }
        }
        if (fits) {
            makeYoung(id, tile, size);
            if (mode == GcMode.HARDWARE && !inFlight[tile] && youngBytes[tile] >= gc.hardwareTrigger() * bytes) {
                startMinor(tile, clock(now));
            }
        }
        return true;
    }

    /** A write to object {@code id} passes the write barrier: its cycles; an old object is remembered. */
    long written(int id) {
        barriers++;
        grow(id);
        if ((state[id] & (YOUNG | REMEMBERED)) == 0 && objects.isResident(id)) {
            state[id] |= REMEMBERED;
            int tile = objects.home(id);
            remembered[tile] = push(remembered[tile], rememberedCount[tile]++, id);
        }
        return gc.writeBarrierCycles();
    }

    /** Object {@code id} leaves its tile's SRAM (dead, or moving): it is young no more. */
    void released(int id) {
        if (id < state.length && (state[id] & YOUNG) != 0) {
            state[id] &= ~YOUNG;
            youngBytes[objects.home(id)] -= objects.size(id);
        }
    }

    private long clock(long now) {
        return now + heaps.pause + heaps.waitCycles;
    }

    private long oldBytes(int tile) {
        return heaps.usedBytes(tile) - youngBytes[tile];
    }

    private boolean isYoungOn(int id, int tile) {
        return (state[id] & YOUNG) != 0 && objects.home(id) == tile && objects.isResident(id);
    }

    private void makeYoung(int id, int tile, long size) {
        grow(id);
        state[id] = (byte) ((state[id] & ~REMEMBERED) | YOUNG);
        youngBytes[tile] += size;
        young[tile] = push(young[tile], youngCount[tile]++, id);
    }

    private void grow(int id) {
        if (id >= state.length) {
            state = Arrays.copyOf(state, Math.max(state.length * 2, id + 1));
        }
    }

    private static int[] push(int[] list, int at, int id) {
        int[] l = list == null ? new int[64] : at == list.length ? Arrays.copyOf(list, at * 2) : list;
        l[at] = id;
        return l;
    }

    /** Empties the nursery: waits for a running hardware collection, else runs one (software: stops; hardware: waits for all of it). */
    private void minor(int tile, long now) {
        if (inFlight[tile]) {
            waitForUnit(tile, now);
            finishMinor(tile, now, true);
        } else if (youngBytes[tile] == 0) {
            return;
        } else if (mode == GcMode.SOFTWARE) {
            collectMinor(tile, now);
        } else {
            startMinor(tile, clock(now));
            waitForUnit(tile, now);
            finishMinor(tile, now, true);
        }
    }

    private void waitForUnit(int tile, long now) {
        long wait = Math.max(0, flightDone[tile] - clock(now));
        heaps.waitCycles += wait;
        heaps.totalWaitCycles += wait;
    }

    private void collectMinor(int tile, long now) {
        int epoch = heaps.mark(tile);
        long liveObjects = 0;
        long liveBytes = 0;
        long deadObjects = 0;
        long deadBytes = 0;
        int[] list = young[tile];
        promotedCount = 0;
        for (int i = 0; i < youngCount[tile]; i++) {
            int id = list[i];
            if (!isYoungOn(id, tile)) {
                continue;
            }
            long size = objects.size(id);
            if (objects.mark(id) == epoch) {
                liveObjects++;
                liveBytes += size;
                promote(id, tile);
            } else {
                deadObjects++;
                deadBytes += size;
                heaps.release(id);
                objects.free(id);
            }
        }
        youngCount[tile] = 0;
        long scanned = forgetRemembered(tile);
        long cycles = gc.minorCycles(liveObjects, liveBytes, scanned);
        int index = heaps.log().add(tile, clock(now), cycles, cycles, liveObjects, liveBytes, deadObjects, deadBytes);
        countMinor(tile, index, cycles, liveObjects, liveBytes, scanned);
        afterPromotion(tile, now, liveBytes);
    }

    /** Snapshots the roots and starts the unit on the nursery as it is. */
    private void startMinor(int tile, long start) {
        int epoch = heaps.mark(tile);
        int[] list = young[tile];
        int kept = 0;
        for (int i = 0; i < youngCount[tile]; i++) {
            if (isYoungOn(list[i], tile)) {
                list[kept++] = list[i];
            }
        }
        youngCount[tile] = kept;
        int live = 0;
        long liveBytes = 0;
        long deadBytes = 0;
        for (int i = 0; i < kept; i++) {
            int id = list[i];
            if (objects.mark(id) == epoch) {
                liveBytes += objects.size(id);
                list[i] = list[live];
                list[live++] = id;
            } else {
                deadBytes += objects.size(id);
            }
        }
        snapshot[tile] = kept;
        snapshotLive[tile] = live;
        long scanned = forgetRemembered(tile);
        long unit = gc.hardwareMinorCycles(live, liveBytes, scanned);
        long stop = gc.hardwarePauseCycles();
        inFlight[tile] = true;
        flightStart[tile] = start;
        flightDone[tile] = start + stop + unit;
        int index = heaps.log().add(tile, start, stop, stop + unit, live, liveBytes, kept - live, deadBytes);
        countMinor(tile, index, stop, live, liveBytes, scanned);
    }

    /** Completes a hardware minor collection over by {@code now} (or begun in a task's future, as {@link TileHeaps} does). */
    private void finishIfDone(int tile, long now) {
        if (inFlight[tile] && (now >= flightDone[tile] || now < flightStart[tile])) {
            finishMinor(tile, now, true);
        }
    }

    /**
     * Promotes what the snapshot found live and frees the rest; objects allocated since stay young.
     * Then, if {@code thenMajor}, a major collection if the old space is over its share.
     */
    private void finishMinor(int tile, long now, boolean thenMajor) {
        int[] list = young[tile];
        int taken = snapshot[tile];
        long promoted = 0;
        promotedCount = 0;
        for (int i = 0; i < taken; i++) {
            int id = list[i];
            if (!isYoungOn(id, tile)) {
                continue;
            }
            if (i < snapshotLive[tile]) {
                promoted += objects.size(id);
                promote(id, tile);
            } else {
                heaps.release(id);
                objects.free(id);
            }
        }
        System.arraycopy(list, taken, list, 0, youngCount[tile] - taken);
        youngCount[tile] -= taken;
        inFlight[tile] = false;
        if (thenMajor) {
            afterPromotion(tile, now, promoted);
        }
    }

    private void promote(int id, int tile) {
        state[id] &= ~YOUNG;
        youngBytes[tile] -= objects.size(id);
        promotedNow = push(promotedNow, promotedCount++, id);
    }

    /** Forgets the tile's remembered old objects; how many of them the collection scanned. */
    private long forgetRemembered(int tile) {
        long scanned = 0;
        int[] list = remembered[tile];
        for (int i = 0; i < rememberedCount[tile]; i++) {
            int id = list[i];
            state[id] &= ~REMEMBERED;
            if (objects.isResident(id) && objects.home(id) == tile) {
                scanned++;
            }
        }
        rememberedCount[tile] = 0;
        return scanned;
    }

    private void countMinor(int tile, int logIndex, long stop, long liveObjects, long liveBytes, long scanned) {
        if (logIndex >= 0) {
            minorLog.set(logIndex);
        }
        heaps.logIndex = logIndex;
        heaps.count(tile, stop);
        minorCollections++;
        minorPauseCycles += stop;
        promotedObjects += liveObjects;
        promotedBytes += liveBytes;
        rememberedScanned += scanned;
    }

    /**
     * If promotion left the old space over its share: a major collection, and if that cannot bring it
     * back, the latest survivors move to the nearest tile with room (as allocations spill), so that the
     * nursery stays free for new objects.
     */
    private void afterPromotion(int tile, long now, long promoted) {
        if (oldBytes(tile) > oldCapacity) {
            major(tile, now, promoted);
            while (oldBytes(tile) > oldCapacity && promotedCount > 0) {
                int id = promotedNow[--promotedCount];
                if (objects.isResident(id) && objects.home(id) == tile && !objects.has(id, ObjectStore.FREED) && !heaps.spillPlaced(id, tile)) {
                    break;
                }
            }
        }
        promotedCount = 0;
    }

    /**
     * Collects the whole tile unless it is backing off (then {@code bytes} more count against the
     * back-off); whether it collected. A running hardware minor collection is waited for first.
     */
    private boolean major(int tile, long now, long bytesWanted) {
        if (heaps.backoff[tile] > 0) {
            heaps.backoff[tile] -= bytesWanted;
            return false;
        }
        if (inFlight[tile]) {
            waitForUnit(tile, now);
            finishMinor(tile, now, false);
        }
        long pauseBefore = heaps.pause;
        long freed = heaps.collectWhole(tile, now);
        majorCollections++;
        majorPauseCycles += heaps.pause - pauseBefore;
        if (freed < capacity / 8) {
            heaps.backoff[tile] = capacity / 4;
        }
        return true;
    }
}
