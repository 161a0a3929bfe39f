package org.tessera.machine.program;

import java.util.Arrays;

/**
 * Every collection, in the order they began (struct of arrays; at most {@link #CAPACITY} kept,
 * the rest only counted): the tile, when it began, how long the core stopped, how long the
 * collection took in all (the same for software; the unit's time for hardware), and what it
 * found.
 */
final class GcLog {
    static final int CAPACITY = 100_000;

    private int size;
    private long dropped;
    private int[] tile = new int[64];
    private long[] start = new long[64];
    private long[] pause = new long[64];
    private long[] duration = new long[64];
    private long[] liveObjects = new long[64];
    private long[] liveBytes = new long[64];
    private long[] freedObjects = new long[64];
    private long[] freedBytes = new long[64];

    /** Adds a collection; its index, or -1 if the log is full. */
    int add(int onTile, long startCycle, long pauseCycles, long durationCycles, long live, long liveByteCount, long freed, long freedByteCount) {
        if (size == CAPACITY) {
            dropped++;
            return -1;
        }
        if (size == tile.length) {
            int capacity = Math.min(CAPACITY, size * 2);
            tile = Arrays.copyOf(tile, capacity);
            start = Arrays.copyOf(start, capacity);
            pause = Arrays.copyOf(pause, capacity);
            duration = Arrays.copyOf(duration, capacity);
            liveObjects = Arrays.copyOf(liveObjects, capacity);
            liveBytes = Arrays.copyOf(liveBytes, capacity);
            freedObjects = Arrays.copyOf(freedObjects, capacity);
            freedBytes = Arrays.copyOf(freedBytes, capacity);
        }
        int i = size++;
        tile[i] = onTile;
        start[i] = startCycle;
        pause[i] = pauseCycles;
        duration[i] = durationCycles;
        liveObjects[i] = live;
        liveBytes[i] = liveByteCount;
        freedObjects[i] = freed;
        freedBytes[i] = freedByteCount;
        return i;
    }

    /** A collection inside a parallel region learns its real start when the region is replayed. */
    void moveStart(int i, long startCycle) {
        if (i >= 0) {
            start[i] = startCycle;
        }
    }

    int size() {
        return size;
    }

    /** Collections not kept because the log was full. */
    long dropped() {
        return dropped;
    }

    int tile(int i) {
        return tile[i];
    }

    long start(int i) {
        return start[i];
    }

    long pause(int i) {
        return pause[i];
    }

    long duration(int i) {
        return duration[i];
    }

    long liveObjects(int i) {
        return liveObjects[i];
    }

    long liveBytes(int i) {
        return liveBytes[i];
    }

    long freedObjects(int i) {
        return freedObjects[i];
    }

    long freedBytes(int i) {
        return freedBytes[i];
    }
}
