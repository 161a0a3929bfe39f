package org.tessera.machine.tile;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * One tile's SRAM heap: a first-fit allocator over an address-ordered free list whose neighbouring
 * blocks are merged on free (Knuth, TAOCP vol. 1 §2.5). Sizes reaching it are already aligned and
 * the capacity is a multiple of the alignment, so every address stays aligned.
 */
final class Heap {
    /** {@link #allocate} found no block. */
    static final long NO_BLOCK = -1;

    private final long capacity;
    /** Free blocks: start address → size. */
    private final TreeMap<Long, Long> free = new TreeMap<>();
    /** Live blocks: start address → size, so a free of a wrong address is caught. */
    private final Map<Long, Long> live = new HashMap<>();
    private long used;
    private long peak;

    Heap(long capacity) {
        this.capacity = capacity;
        if (capacity > 0) {
            free.put(0L, capacity);
        }
    }

    /** The address of a new block of {@code size} bytes, or {@link #NO_BLOCK}. */
    long allocate(long size) {
        Iterator<Map.Entry<Long, Long>> blocks = free.entrySet().iterator();
        while (blocks.hasNext()) {
            Map.Entry<Long, Long> block = blocks.next();
            long address = block.getKey();
            long blockSize = block.getValue();
            if (blockSize >= size) {
                blocks.remove();
                if (blockSize > size) {
                    free.put(address + size, blockSize - size);
                }
                live.put(address, size);
                used += size;
                peak = Math.max(peak, used);
                return address;
            }
        }
        return NO_BLOCK;
    }

    /** Returns the block at {@code address} of {@code size} bytes to the free list. */
    void free(long address, long size) {
        Long liveSize = live.get(address);
        if (liveSize == null || liveSize != size) {
            throw new IllegalArgumentException("no live block of " + size + " bytes at address " + address);
        }
        live.remove(address);
        used -= size;
        long start = address;
        long length = size;
        Map.Entry<Long, Long> before = free.floorEntry(address);
        if (before != null && before.getKey() + before.getValue() == address) {
            start = before.getKey();
            length += before.getValue();
            free.remove(start);
        }
        Long afterSize = free.get(address + size);
        if (afterSize != null) {
            free.remove(address + size);
            length += afterSize;
        }
        free.put(start, length);
    }

    long used() {
        return used;
    }

    long peak() {
        return peak;
    }

    long freeBytes() {
        return capacity - used;
    }

    long largestFree() {
        long largest = 0;
        for (long size : free.values()) {
            largest = Math.max(largest, size);
        }
        return largest;
    }
}
