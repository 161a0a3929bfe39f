package org.tessera.machine.program;

import java.util.Arrays;

/**
 * Every tracked object, struct of arrays indexed by its dense id: its home tile, its block in that
 * tile's SRAM, a few flags, and the mark of the last collection that found it live. Per tile, the
 * ids of the objects resident there, so a collection sweeps one tile without looking at the rest.
 */
final class ObjectStore {
    /** Collected: its block is free again. */
    static final byte FREED = 1;
    /** First-touch placement: not yet accessed, so its home may still move. */
    static final byte UNTOUCHED = 2;
    /** No tile had room: it has a home for its accesses but no SRAM. */
    static final byte NO_SRAM = 4;
    /** Homed in off-chip DRAM ({@link MemoryModel}): its home is its controller's tile, and it has no SRAM. */
    static final byte OFF_CHIP = 8;

    private int count;
    private int[] home = new int[1024];
    private long[] address = new long[1024];
    private int[] size = new int[1024];
    private byte[] flags = new byte[1024];
    private int[] mark = new int[1024];
    private int[] residentIndex = new int[1024];
    private final int[][] resident;
    private final int[] residentCount;
    private long liveObjects;

    ObjectStore(int tiles) {
        resident = new int[tiles][];
        residentCount = new int[tiles];
    }

    /** A new object with no home yet; its id. */
    int add(long bytes, byte initialFlags) {
        if (count == home.length) {
            int capacity = Math.multiplyExact(count, 2);
            home = Arrays.copyOf(home, capacity);
            address = Arrays.copyOf(address, capacity);
            size = Arrays.copyOf(size, capacity);
            flags = Arrays.copyOf(flags, capacity);
            mark = Arrays.copyOf(mark, capacity);
            residentIndex = Arrays.copyOf(residentIndex, capacity);
        }
        int id = count++;
        size[id] = (int) Math.min(Integer.MAX_VALUE, bytes);
        flags[id] = initialFlags;
        residentIndex[id] = -1;
        liveObjects++;
        return id;
    }

    int count() {
        return count;
    }

    int home(int id) {
        return home[id];
    }

    void setHome(int id, int tile) {
        home[id] = tile;
    }

    long address(int id) {
        return address[id];
    }

    /** The block's size: the request rounded up to the alignment once placed. */
    int size(int id) {
        return size[id];
    }

    byte flags(int id) {
        return flags[id];
    }

    boolean has(int id, byte flag) {
        return (flags[id] & flag) != 0;
    }

    void set(int id, byte flag) {
        flags[id] |= flag;
    }

    void clear(int id, byte flag) {
        flags[id] &= (byte) ~flag;
    }

    int mark(int id) {
        return mark[id];
    }

    void setMark(int id, int epoch) {
        mark[id] = epoch;
    }

    /** Objects allocated and not collected. */
    long liveObjects() {
        return liveObjects;
    }

    /** Records that the object holds the block [address, address + bytes) of {@code tile}'s SRAM. */
    void place(int id, int tile, long blockAddress, long bytes) {
        home[id] = tile;
        address[id] = blockAddress;
        size[id] = (int) bytes;
        int[] list = resident[tile];
        if (list == null) {
            list = resident[tile] = new int[16];
        } else if (residentCount[tile] == list.length) {
            list = resident[tile] = Arrays.copyOf(list, list.length * 2);
        }
        residentIndex[id] = residentCount[tile];
        list[residentCount[tile]++] = id;
    }

    /** Takes the object off its tile's resident list (its block is freed by the caller). */
    void unplace(int id) {
        int tile = home[id];
        int at = residentIndex[id];
        int last = resident[tile][--residentCount[tile]];
        resident[tile][at] = last;
        residentIndex[last] = at;
        residentIndex[id] = -1;
    }

    boolean isResident(int id) {
        return residentIndex[id] >= 0;
    }

    /** Marks it collected. */
    void free(int id) {
        flags[id] |= FREED;
        liveObjects--;
    }

    int residents(int tile) {
        return residentCount[tile];
    }

    /** The i-th resident of {@code tile} (order changes as objects leave). */
    int resident(int tile, int i) {
        return resident[tile][i];
    }
}
