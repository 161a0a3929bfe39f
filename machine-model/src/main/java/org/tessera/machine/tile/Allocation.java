package org.tessera.machine.tile;

/**
 * The outcome of asking a tile's heap for memory. Running out is an ordinary outcome the caller
 * must handle (by collecting garbage, or placing the object elsewhere), so it is a value here rather
 * than an exception.
 */
public sealed interface Allocation permits Allocation.Allocated, Allocation.OutOfMemory {
    /** The tile whose heap was asked. */
    int tile();

    /**
     * The block {@code [address, address + bytes)} of {@code tile}'s SRAM. {@code bytes} is the
     * request rounded up to {@code memory.alignment_bytes} (at least one alignment unit, so that
     * every live object has its own address), which is what the heap accounts as used.
     */
    record Allocated(int tile, long address, long bytes) implements Allocation {
    }

    /**
     * No free block of {@code requested} bytes (already aligned) was left. {@code free} is the
     * total free space and {@code largestFree} the biggest single block: {@code free ≥ requested}
     * means the heap is fragmented rather than full.
     */
    record OutOfMemory(int tile, long requested, long free, long largestFree) implements Allocation {
    }
}
